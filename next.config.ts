import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Forms post to our own origin; signing in through a real identity provider redirects there. */
function formActionSources(): string {
  const issuer = process.env.OIDC_ISSUER;
  try {
    return issuer ? `'self' ${new URL(issuer).origin}` : "'self'";
  } catch {
    return "'self'";
  }
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages that must not be bundled (native bindings, wasm, pg).
  serverExternalPackages: ["pino", "pg", "@node-rs/argon2", "@prisma/adapter-pg", "pdfkit"],
  typedRoutes: false,
  // The cached public pages and data (docs/architecture.md, "Caching") live in this process's
  // memory: they are rendered against the database this server reads, and a restart (a new
  // database, a new build) starts them afresh. Several instances each keep their own.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // Server actions carry uploads (a result, the desk's scanned papers, a delegation's decision):
    // up to a dossier's papers, not Next's default of 1 MB. Each file is still checked against
    // UPLOAD_MAX_FILE_MB, and the dossier against UPLOAD_MAX_DOSSIER_MB (lib/filing/uploads.ts).
    serverActions: { bodySizeLimit: `${Number(process.env.UPLOAD_MAX_DOSSIER_MB ?? 50) + 1}mb` },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // No nonce needed for these; a script-src policy comes with the first pages that need one.
          {
            key: "Content-Security-Policy",
            value: `frame-ancestors 'none'; base-uri 'self'; form-action ${formActionSources()}; object-src 'none'`,
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          // Browsers only honour it over HTTPS, which is how the portal is served in production.
          { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
