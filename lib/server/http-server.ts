// The web server of `npm start` / `npm run dev`: Next.js behind a plain Node HTTP server, so that
// every request gets one structured log line (method, path without query string, status, time).
import http from "node:http";
import { loggedPath } from "@/lib/server/logged-path";
import next from "next";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { env, usesLocalIdentityProvider } from "@/lib/env";
import { createLocalIdentityProvider, type LocalIdentityProvider } from "@/lib/idp/local-provider";
import { logger } from "@/lib/log";
import { startJobQueue, type JobQueue } from "@/lib/jobs/job-queue";
import { startOutboxWorker, type OutboxWorker } from "@/lib/outbox/worker";

export type RunningServer = { close: () => Promise<void> };

export async function startHttpServer(options: {
  dir: string;
  dev: boolean;
  port: number;
  hostname: string;
  /** The session secret when it was made after this process read its environment (npm start). */
  authSecret?: string;
  databaseUrl?: string;
}): Promise<RunningServer> {
  // Next.js writes 127.0.0.1 and ::1 as "localhost" in the proxy's view of the address, but not in its
  // own: a rewrite by proxy.ts would then look like one to another origin. It is told "localhost".
  const nextHostname = options.hostname === "127.0.0.1" || options.hostname === "::1" ? "localhost" : options.hostname;
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: nextHostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The local stand-in for VNeID (no OIDC_ISSUER configured) and the outbox's delivery: both need
  // the database, which `next build` alone does not have.
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  const authSecret = options.authSecret ?? env.AUTH_SECRET;
  const identityProvider: LocalIdentityProvider | null =
    usesLocalIdentityProvider && databaseUrl && authSecret
      ? createLocalIdentityProvider({ publicUrl: env.PUBLIC_URL, authSecret, databaseUrl })
      : null;
  // The background work runs here unless a worker process does it (JOBS_IN_WEB=false, `npm run worker`).
  const runsJobs = databaseUrl !== undefined && env.JOBS_IN_WEB;
  const outbox: OutboxWorker | null = runsJobs ? startOutboxWorker({ databaseUrl, smtpUrl: env.SMTP_URL, mailFrom: env.MAIL_FROM, publicUrl: env.PUBLIC_URL }) : null;
  const jobs: JobQueue | null = runsJobs ? await startJobQueue({ databaseUrl }) : null;
  const server = http.createServer((request, response) => {
    // The address this server saw, for rate limits; a value sent by the client is dropped.
    request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
    const startedAt = process.hrtime.bigint();
    response.on("finish", () => {
      const path = loggedPath(request.url ?? "/");
      if (path.startsWith("/_next/")) return;
      logger.info({
        event: "http.request",
        method: request.method,
        path,
        status: response.statusCode,
        ms: Number((process.hrtime.bigint() - startedAt) / 1000n) / 1000,
      });
    });
    const served = identityProvider ? identityProvider.handle(request, response) : Promise.resolve(false);
    served.then((done) => (done ? undefined : handle(request, response))).catch((error: unknown) => {
      logger.error({ event: "http.unhandled", err: error instanceof Error ? error.stack : String(error) });
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  return {
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await outbox?.stop();
      await jobs?.stop();
      await identityProvider?.close();
    },
  };
}
