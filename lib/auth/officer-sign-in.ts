import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { hash, verify as verifyPassword } from "@node-rs/argon2";
import { generate as generateTotp, generateSecret, generateURI, verify as verifyTotp } from "otplib";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { authSecret, usesLocalIdentityProvider } from "@/lib/env";
import { withinRateLimit } from "./rate-limit";
import { seal, unseal } from "./sealed";

// Officers and administrators sign in with a password (argon2) and a second factor: a TOTP code
// from an authenticator app, or one of ten single-use recovery codes. Between the two steps the
// browser holds a ticket (signed, five minutes) that proves the password, never the password.
// Failures of either step count together: five in a row lock the account for fifteen minutes.

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;
export const TICKET_SECONDS = 5 * 60;
const GRANT_SECONDS = 60;
export const RECOVERY_CODE_COUNT = 10;
const TOTP_ISSUER = "Một Cửa Hà Nội";
const TOTP_PURPOSE = "totp-secret";
const WINDOW_SECONDS = 15 * 60;

type TicketStage = "verify" | "enrol" | "grant";
type Ticket = { uid: string; sv: number; exp: number; stage: TicketStage };

const mac = (body: string): string => createHmac("sha256", authSecret()).update(`officer-ticket|${body}`).digest("base64url");

function issueTicket(ticket: Ticket): string {
  const body = Buffer.from(JSON.stringify(ticket)).toString("base64url");
  return `${body}.${mac(body)}`;
}

/** The ticket if it is ours, unexpired and of the stage asked for. */
export function readTicket(value: string | undefined | null, stages: readonly TicketStage[], now: Date): Ticket | null {
  const [body, signature] = (value ?? "").split(".");
  if (!body || !signature) return null;
  const expected = Buffer.from(mac(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const ticket = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Ticket;
    return ticket.exp > now.getTime() && stages.includes(ticket.stage) ? ticket : null;
  } catch {
    return null;
  }
}

const STAFF = { role: { in: ["OFFICER", "ADMIN"] as ("OFFICER" | "ADMIN")[] } };
// A hash of a random password, checked when the address is unknown, so that both answers take as long.
let decoy: Promise<string> | undefined;

async function recordFailure(userId: string, now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "user" SET
      failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= ${MAX_FAILED_SIGN_INS} THEN 0 ELSE failed_sign_ins + 1 END,
      locked_until = CASE WHEN failed_sign_ins + 1 >= ${MAX_FAILED_SIGN_INS} THEN ${new Date(now.getTime() + LOCK_MINUTES * 60_000)} ELSE locked_until END
    WHERE id = ${userId}::uuid`;
}

export type PasswordResult =
  | { ok: true; ticket: string; stage: "verify" | "enrol" }
  | { ok: false; reason: "INVALID" | "LOCKED" | "RATE_LIMITED" };

/** Step one: the address and password. An unknown address and a wrong password answer alike. */
export async function checkOfficerPassword(args: { email: string; password: string; clientKey: string; now: Date }): Promise<PasswordResult> {
  const email = args.email.trim().toLowerCase();
  const allowed =
    (await withinRateLimit({ scope: "officer-client", subject: args.clientKey, limit: 30, windowSeconds: WINDOW_SECONDS, now: args.now })) &&
    (await withinRateLimit({ scope: "officer-email", subject: email, limit: 15, windowSeconds: WINDOW_SECONDS, now: args.now }));
  if (!allowed) return { ok: false, reason: "RATE_LIMITED" };
  const user = await db.user.findFirst({
    where: { email, isActive: true, ...STAFF },
    select: { id: true, passwordHash: true, sessionVersion: true, lockedUntil: true, totpEnabledAt: true },
  });
  if (!user?.passwordHash) {
    decoy ??= hash(randomBytes(16).toString("hex"));
    await verifyPassword(await decoy, args.password).catch(() => false);
    return { ok: false, reason: "INVALID" };
  }
  if (user.lockedUntil && user.lockedUntil > args.now) return { ok: false, reason: "LOCKED" };
  if (!(await verifyPassword(user.passwordHash, args.password).catch(() => false))) {
    await recordFailure(user.id, args.now);
    return { ok: false, reason: "INVALID" };
  }
  const stage = user.totpEnabledAt ? "verify" : "enrol";
  return { ok: true, stage, ticket: issueTicket({ uid: user.id, sv: user.sessionVersion, exp: args.now.getTime() + TICKET_SECONDS * 1000, stage }) };
}

export type Enrolment = { secret: string; uri: string; qrSvg: string; email: string };

/**
 * The second factor to set up, for an officer who has none (first sign-in, or after the
 * administrator reset it). The same secret is offered until it is confirmed, so reloading the page
 * does not invalidate a QR code already scanned.
 */
export async function officerEnrolment(ticketValue: string | undefined, now: Date): Promise<Enrolment | null> {
  const ticket = readTicket(ticketValue, ["enrol"], now);
  if (!ticket) return null;
  const user = await db.user.findFirst({
    where: { id: ticket.uid, isActive: true, totpEnabledAt: null, sessionVersion: ticket.sv, ...STAFF },
    select: { email: true, totpSecret: true },
  });
  if (!user?.email) return null;
  let secret = user.totpSecret ? unseal(TOTP_PURPOSE, user.totpSecret) : null;
  if (!secret) {
    secret = generateSecret();
    await db.user.update({ where: { id: ticket.uid }, data: { totpSecret: seal(TOTP_PURPOSE, secret) } });
  }
  const uri = generateURI({ issuer: TOTP_ISSUER, label: user.email, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg, email: user.email };
}

const recoveryHash = (userId: string, code: string): string =>
  createHmac("sha256", authSecret()).update(`recovery|${userId}|${code.replace(/[^0-9A-Z]/gi, "").toUpperCase()}`).digest("base64url");

/** Ten codes like 7KQ4-M2XD, from an alphabet without look-alikes. */
function newRecoveryCodes(): string[] {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}

export type SecondFactorResult =
  | { ok: true; userId: string; grant: string; enrolled: boolean; usedRecoveryCode: boolean }
  | { ok: false; reason: "EXPIRED" | "INVALID" | "LOCKED" | "RATE_LIMITED" };

/**
 * Step two: a TOTP code (each time step accepted once) or, once enrolled, a recovery code (each
 * used once). On the enrolment stage the first right code turns the factor on (the officer then
 * makes their recovery codes, lib/auth/officer-sign-in.ts newRecoveryCodesFor). Success gives a
 * grant the officer provider of next-auth turns into a session within a minute.
 */
export async function checkOfficerSecondFactor(args: { ticket: string | undefined; code: string; clientKey: string; now: Date }): Promise<SecondFactorResult> {
  const ticket = readTicket(args.ticket, ["verify", "enrol"], args.now);
  if (!ticket) return { ok: false, reason: "EXPIRED" };
  if (!(await withinRateLimit({ scope: "officer-code", subject: args.clientKey, limit: 30, windowSeconds: WINDOW_SECONDS, now: args.now }))) {
    return { ok: false, reason: "RATE_LIMITED" };
  }
  const user = await db.user.findFirst({
    where: { id: ticket.uid, isActive: true, sessionVersion: ticket.sv, ...STAFF },
    select: { id: true, sessionVersion: true, lockedUntil: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user || (ticket.stage === "enrol") !== (user.totpEnabledAt === null)) return { ok: false, reason: "EXPIRED" };
  if (user.lockedUntil && user.lockedUntil > args.now) return { ok: false, reason: "LOCKED" };
  const code = args.code.replace(/\s/g, "");
  let accepted = false;
  let usedRecoveryCode = false;
  const secret = user.totpSecret ? unseal(TOTP_PURPOSE, user.totpSecret) : null;
  if (/^\d{6}$/.test(code) && secret) {
    const epoch = Math.floor(args.now.getTime() / 1000);
    const result = await verifyTotp({ secret, token: code, epochTolerance: 30, epoch });
    if (result.valid) {
      const timeStep = "timeStep" in result ? (result.timeStep as number) : Math.floor(epoch / 30) + result.delta;
      // Conditional on the last step: of two requests with the same code, one wins.
      const claimed = await db.user.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: timeStep } }] },
        data: { totpLastStep: timeStep },
      });
      accepted = claimed.count === 1;
    }
  } else if (ticket.stage === "verify" && /^[0-9A-Z]{4}-?[0-9A-Z]{4}$/i.test(code)) {
    const used = await db.recoveryCode.updateMany({ where: { userId: user.id, codeHash: recoveryHash(user.id, code), usedAt: null }, data: { usedAt: args.now } });
    accepted = used.count === 1;
    usedRecoveryCode = accepted;
  }
  if (!accepted) {
    await recordFailure(user.id, args.now);
    return { ok: false, reason: "INVALID" };
  }
  await db.user.update({
    where: { id: user.id },
    data: {
      failedSignIns: 0, lockedUntil: null, lastSignInAt: args.now, lastSeenAt: args.now,
      ...(ticket.stage === "enrol" ? { totpEnabledAt: args.now } : {}),
    },
  });
  const grant = issueTicket({ uid: user.id, sv: user.sessionVersion, exp: args.now.getTime() + GRANT_SECONDS * 1000, stage: "grant" });
  return { ok: true, userId: user.id, grant, enrolled: ticket.stage === "enrol", usedRecoveryCode };
}

/** The officer provider's check: a grant issued by step two within the last minute. */
export async function officerFromGrant(grant: string | undefined, now: Date): Promise<{ id: string; sessionVersion: number } | null> {
  const ticket = readTicket(grant, ["grant"], now);
  if (!ticket) return null;
  const user = await db.user.findFirst({
    where: { id: ticket.uid, isActive: true, sessionVersion: ticket.sv, totpEnabledAt: { not: null }, ...STAFF },
    select: { id: true, sessionVersion: true },
  });
  return user;
}

/** Ten new recovery codes for a signed-in officer, replacing any earlier ones; shown once. */
export async function newRecoveryCodesFor(userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: recoveryHash(userId, code) })) }),
  ]);
  return codes;
}

/** How many unused recovery codes the officer has left (shown on the account page). */
export function remainingRecoveryCodes(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}

/**
 * Development setups only (the embedded database, where the local stand-in for VNeID already lets
 * anyone in): the code the officer's authenticator app would show now, printed on the sign-in page
 * so the demo officers can be tried without a phone. Never in a deployment.
 */
export async function demoCodeFor(ticketValue: string | undefined, now: Date): Promise<string | null> {
  if (!usesLocalIdentityProvider) return null;
  const ticket = readTicket(ticketValue, ["verify", "enrol"], now);
  if (!ticket) return null;
  const user = await db.user.findUnique({ where: { id: ticket.uid }, select: { totpSecret: true } });
  const secret = user?.totpSecret ? unseal(TOTP_PURPOSE, user.totpSecret) : null;
  return secret ? generateTotp({ secret, epoch: Math.floor(now.getTime() / 1000) }) : null;
}
