import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { newIdAt } from "@/lib/ids";
import { enqueueMail } from "@/lib/mail/enqueue";
import { withinRateLimit } from "./rate-limit";

export const CODE_TTL_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;
const WINDOW_SECONDS = 15 * 60;

const hashCode = (requestId: string, code: string): string =>
  createHmac("sha256", authSecret()).update(`${requestId}|${code}`).digest("base64url");

export type CodeRequestResult = { ok: true; requestId: string } | { ok: false; reason: "RATE_LIMITED" };

/**
 * Sends a 6-digit code to the address (through the outbox, after commit). The answer is the same
 * whether or not the address has an account, so the form tells nobody who is registered. Officers
 * never sign in this way: their address gets no code, and the answer is the same.
 */
export async function requestSignInCode(args: { email: string; clientKey: string; now: Date }): Promise<CodeRequestResult> {
  const email = args.email.trim().toLowerCase();
  const allowed =
    (await withinRateLimit({ scope: "code-email", subject: email, limit: 5, windowSeconds: WINDOW_SECONDS, now: args.now })) &&
    (await withinRateLimit({ scope: "code-client", subject: args.clientKey, limit: 20, windowSeconds: WINDOW_SECONDS, now: args.now }));
  if (!allowed) return { ok: false, reason: "RATE_LIMITED" };
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const requestId = await db.$transaction(async (tx) => {
    const id = newIdAt(args.now);
    await tx.signInCode.create({
      data: { id, email, codeHash: hashCode(id, code), expiresAt: new Date(args.now.getTime() + CODE_TTL_MINUTES * 60_000) },
    });
    const holder = await tx.user.findUnique({ where: { email }, select: { role: true } });
    if (!holder || holder.role === "RESIDENT") {
      await enqueueMail(tx, {
        to: email,
        subject: `Mã đăng nhập Một Cửa: ${code}`,
        body: [
          `Mã đăng nhập của bạn là: ${code}`,
          `Mã có hiệu lực trong ${CODE_TTL_MINUTES} phút và chỉ dùng được một lần.`,
          "Nếu bạn không yêu cầu mã này, hãy bỏ qua thư.",
          "",
          `Your sign-in code is ${code}. It is valid for ${CODE_TTL_MINUTES} minutes, once.`,
        ].join("\n"),
      });
    }
    return id;
  });
  return { ok: true, requestId };
}

/**
 * Checks a code. Wrong codes count against the request (5 tries) and the client (rate limit); the
 * right one is used up at once (an update that only one of two concurrent tries wins). Returns the
 * resident's account, made on first use with just the address.
 */
export async function verifySignInCode(args: { requestId: string; code: string; clientKey: string; now: Date }): Promise<{ id: string; sessionVersion: number } | null> {
  if (!/^[0-9a-f-]{36}$/.test(args.requestId) || !/^\d{6}$/.test(args.code)) return null;
  if (!(await withinRateLimit({ scope: "code-verify", subject: args.clientKey, limit: 30, windowSeconds: WINDOW_SECONDS, now: args.now }))) return null;
  const row = await db.signInCode.findUnique({ where: { id: args.requestId } });
  if (!row || row.consumedAt || row.expiresAt <= args.now || row.attempts >= CODE_MAX_ATTEMPTS) return null;
  const expected = Buffer.from(row.codeHash);
  const given = Buffer.from(hashCode(row.id, args.code));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    await db.signInCode.update({ where: { id: row.id }, data: { attempts: { increment: 1 } } });
    return null;
  }
  const used = await db.signInCode.updateMany({
    where: { id: row.id, consumedAt: null, attempts: { lt: CODE_MAX_ATTEMPTS } },
    data: { consumedAt: args.now },
  });
  if (used.count !== 1) return null;
  const existing = await db.user.findUnique({ where: { email: row.email }, select: { id: true, role: true, isActive: true, sessionVersion: true } });
  if (existing) {
    if (existing.role !== "RESIDENT" || !existing.isActive) return null;
    await db.user.update({ where: { id: existing.id }, data: { lastSignInAt: args.now } });
    return { id: existing.id, sessionVersion: existing.sessionVersion };
  }
  return db.user.create({
    data: { role: "RESIDENT", email: row.email, fullName: "", lastSignInAt: args.now },
    select: { id: true, sessionVersion: true },
  });
}
