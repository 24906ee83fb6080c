import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env, hasIdentityProvider, usesLocalIdentityProvider } from "@/lib/env";
import { LOCAL_IDP_CLIENT_ID, OIDC_PROVIDER_ID, localClientSecret, localIssuer } from "@/lib/idp/config";
import { profileFromClaims } from "./claims";
import { verifySignInCode } from "./codes";
import { officerFromGrant } from "./officer-sign-in";
import { residentFromIdentityProvider } from "./residents";

export const EMAIL_CODE_PROVIDER_ID = "email-code";
/** Officers and administrators: password and second factor checked by lib/auth/officer-sign-in.ts. */
export const OFFICER_PROVIDER_ID = "officer";
export const SIGN_IN_PATH = "/dang-nhap";

/** The identity provider: the configured one (VNeID), or the local stand-in under /idp. */
function identityProvider() {
  const issuer = env.OIDC_ISSUER ?? localIssuer(env.PUBLIC_URL);
  const clientId = usesLocalIdentityProvider ? LOCAL_IDP_CLIENT_ID : env.OIDC_CLIENT_ID;
  const clientSecret = usesLocalIdentityProvider ? localClientSecret(authSecret()) : (env.OIDC_CLIENT_SECRET ?? "");
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth" as const,
    wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    authorization: { params: { scope: "openid profile email phone national_id" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"] as ("pkce" | "state" | "nonce")[],
    // Mapped again (and stored) in the jwt callback; here only what next-auth needs to go on.
    profile: (claims: Record<string, unknown>) => ({ id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : null }),
  };
}

let cached: NextAuthOptions | undefined;

/**
 * The one next-auth configuration: residents by OpenID Connect or a one-time email code, officers
 * by password and second factor (a grant from lib/auth/officer-sign-in.ts); sessions
 * are signed cookies (JWT) that expire after SESSION_IDLE_MINUTES and carry the account's session
 * version, which "sign out everywhere" raises (lib/auth/session.ts checks it on every request).
 */
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: env.SESSION_IDLE_MINUTES * 60, updateAge: 5 * 60 },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH, verifyRequest: SIGN_IN_PATH },
    providers: [
      ...(hasIdentityProvider ? [identityProvider()] : []),
      CredentialsProvider({
        id: EMAIL_CODE_PROVIDER_ID,
        name: "Email",
        credentials: { requestId: { type: "text" }, code: { type: "text" }, clientKey: { type: "text" } },
        authorize: async (credentials) => {
          const account = await verifySignInCode({
            requestId: credentials?.requestId ?? "",
            code: (credentials?.code ?? "").replace(/\s/g, ""),
            clientKey: credentials?.clientKey ?? "",
            now: new Date(),
          });
          return account ? { id: account.id, sessionVersion: account.sessionVersion } : null;
        },
      }),
      CredentialsProvider({
        id: OFFICER_PROVIDER_ID,
        name: "Officer",
        credentials: { grant: { type: "text" } },
        authorize: async (credentials) => {
          const officer = await officerFromGrant(credentials?.grant, new Date());
          return officer ? { id: officer.id, sessionVersion: officer.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      jwt: async ({ token, user, account, profile }) => {
        if (account?.provider === OIDC_PROVIDER_ID) {
          const mapped = profile ? profileFromClaims(profile as Record<string, unknown>) : null;
          const resident = mapped ? await residentFromIdentityProvider(mapped, new Date()) : null;
          if (!resident) throw new Error("The identity provider's claims do not make a resident account.");
          return { sub: resident.id, uid: resident.id, sv: resident.sessionVersion, via: "oidc" };
        }
        if (account?.provider === EMAIL_CODE_PROVIDER_ID && user) {
          return { sub: user.id, uid: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0, via: "email" };
        }
        if (account?.provider === OFFICER_PROVIDER_ID && user) {
          return { sub: user.id, uid: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0, via: "officer" };
        }
        return token;
      },
      session: ({ session, token }) => ({ ...session, user: undefined, uid: token.uid, sv: token.sv, via: token.via }) as typeof session,
      redirect: ({ url, baseUrl }) => (url.startsWith("/") && !url.startsWith("//") ? `${baseUrl}${url}` : url.startsWith(baseUrl) ? url : baseUrl),
    },
    logger: {
      // next-auth's own messages can hold a profile; only their codes go to the log.
      error: (code) => void import("@/lib/log").then(({ logger }) => logger.warn({ event: "auth.error", code })),
      warn: (code) => void import("@/lib/log").then(({ logger }) => logger.warn({ event: "auth.warn", code })),
      debug: () => {},
    },
  };
  return cached;
}
