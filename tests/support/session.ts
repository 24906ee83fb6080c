// A resident's session cookie minted with the test secret, for clients that are not a browser (the
// crash test, the benchmark): the same signed token next-auth issues after a sign-in; the app still
// checks the account and its session version on every request.
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "@/lib/db-client";
import { TEST_AUTH_SECRET } from "./app-server.ts";

export async function sessionCookieFor(db: PrismaClient, email: string): Promise<{ userId: string; cookie: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const token = await encode({ token: { sub: user.id, uid: user.id, sv: user.sessionVersion, via: "oidc" }, secret: TEST_AUTH_SECRET });
  return { userId: user.id, cookie: `next-auth.session-token=${token}` };
}

/** Birth registration's two required papers and the Bạch Mai ward that takes it, for API clients. */
export async function birthRegistrationTarget(db: PrismaClient) {
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: "1.001193" },
    select: { requiredDocuments: { where: { isRequired: true }, select: { id: true } }, agencies: { where: { agency: { name: "UBND Phường Bạch Mai" } }, select: { agencyId: true } } },
  });
  return { slots: procedure.requiredDocuments.map((slot) => slot.id), agencyId: procedure.agencies[0]!.agencyId };
}

/**
 * An officer's (or administrator's) session cookie, as after the password and the second factor:
 * marks the second factor as set up and the session as just used (the idle timeout), then mints
 * the token the officer provider issues. The real sign-in is tested in officer-sign-in.spec.ts.
 */
export async function officerCookieFor(db: PrismaClient, email: string): Promise<{ userId: string; cookie: string; value: string }> {
  const now = new Date();
  const user = await db.user.update({
    where: { email },
    data: { lastSeenAt: now },
    select: { id: true, sessionVersion: true, role: true },
  });
  if (user.role === "RESIDENT") throw new Error(`${email} is not an officer`);
  const value = await encode({ token: { sub: user.id, uid: user.id, sv: user.sessionVersion, via: "officer" }, secret: TEST_AUTH_SECRET });
  return { userId: user.id, cookie: `next-auth.session-token=${value}`, value };
}
