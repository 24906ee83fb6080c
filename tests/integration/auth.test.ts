// Sign-in pieces against a real PostgreSQL: one-time codes (sent through the outbox, used once,
// five tries), rate limits shared by every process, and the identity provider's profile mapped
// onto the account (linked by the ID number, never onto an officer).
import { describe, expect, it } from "vitest";
import { requestSignInCode, verifySignInCode } from "@/lib/auth/codes";
import { withinRateLimit } from "@/lib/auth/rate-limit";
import { residentFromIdentityProvider } from "@/lib/auth/residents";
import { makeUser } from "../factories";
import { testDb } from "../support/db";

const now = new Date("2026-03-02T02:00:00Z");

/** The code from the mail the outbox holds (the subject carries it). */
async function codeSentTo(email: string): Promise<string> {
  const message = await testDb.outboxMessage.findFirst({ where: { topic: "mail.send" }, orderBy: { id: "desc" } });
  const payload = message?.payload as { to: string; subject: string };
  expect(payload.to).toBe(email);
  return /(\d{6})/.exec(payload.subject)![1]!;
}

describe("one-time codes by email", () => {
  it("sends a code through the outbox; the right code signs in once and makes the account", async () => {
    const request = await requestSignInCode({ email: "Moi.Nguoi@Example.com", clientKey: "1.2.3.4", now });
    expect(request.ok).toBe(true);
    const requestId = (request as { requestId: string }).requestId;
    const code = await codeSentTo("moi.nguoi@example.com");
    const stored = await testDb.signInCode.findUniqueOrThrow({ where: { id: requestId } });
    expect(stored.codeHash).not.toContain(code);
    const account = await verifySignInCode({ requestId, code, clientKey: "1.2.3.4", now });
    expect(account).not.toBeNull();
    expect(await testDb.user.findUniqueOrThrow({ where: { id: account!.id } })).toMatchObject({ role: "RESIDENT", email: "moi.nguoi@example.com", oidcSubject: null });
    expect(await verifySignInCode({ requestId, code, clientKey: "1.2.3.4", now })).toBeNull();
  });

  it("dies after five wrong tries, and after its expiry", async () => {
    const request = (await requestSignInCode({ email: "a@example.com", clientKey: "k", now })) as { requestId: string };
    const code = await codeSentTo("a@example.com");
    const wrong = code === "000000" ? "111111" : "000000";
    for (let attempt = 0; attempt < 5; attempt++) expect(await verifySignInCode({ requestId: request.requestId, code: wrong, clientKey: "k", now })).toBeNull();
    expect(await verifySignInCode({ requestId: request.requestId, code, clientKey: "k", now })).toBeNull();

    const late = (await requestSignInCode({ email: "b@example.com", clientKey: "k2", now })) as { requestId: string };
    const lateCode = await codeSentTo("b@example.com");
    expect(await verifySignInCode({ requestId: late.requestId, code: lateCode, clientKey: "k2", now: new Date(now.getTime() + 11 * 60_000) })).toBeNull();
  });

  it("an officer's address gets no code (and the answer is the same)", async () => {
    await makeUser({ role: "OFFICER", email: "canbo@example.gov.vn" });
    const before = await testDb.outboxMessage.count();
    expect((await requestSignInCode({ email: "canbo@example.gov.vn", clientKey: "k3", now })).ok).toBe(true);
    expect(await testDb.outboxMessage.count()).toBe(before);
  });

  it("limits codes per address: the sixth request in 15 minutes is refused", async () => {
    for (let index = 0; index < 5; index++) expect((await requestSignInCode({ email: "c@example.com", clientKey: `k-${index}`, now })).ok).toBe(true);
    expect(await requestSignInCode({ email: "c@example.com", clientKey: "k-6", now })).toEqual({ ok: false, reason: "RATE_LIMITED" });
  });
});

describe("rate limits", () => {
  it("count every attempt of a window exactly, also at once, and never store the subject", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => withinRateLimit({ scope: "t", subject: "203.0.113.9", limit: 20, windowSeconds: 60, now })));
    expect(results.filter(Boolean)).toHaveLength(20);
    const rows = await testDb.rateLimitHit.findMany({ where: { key: { startsWith: "t:" } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hits).toBe(30);
    expect(rows[0]!.key).not.toContain("203.0.113.9");
    expect(await withinRateLimit({ scope: "t", subject: "203.0.113.9", limit: 20, windowSeconds: 60, now: new Date(now.getTime() + 60_000) })).toBe(true);
  });
});

describe("accounts from the identity provider", () => {
  const profile = { subject: "vneid:001090099999", fullName: "Phạm Minh Đức", nationalId: "001090099999", dateOfBirth: "1990-01-02", email: "duc@example.com", phone: "0911111111" };

  it("links an existing account by the ID number, and takes the provider's name and birth date", async () => {
    const existing = await makeUser({ role: "RESIDENT", nationalId: "001090099999", fullName: "Pham Minh Duc", email: "khac@example.com", phone: null });
    const account = await residentFromIdentityProvider(profile, now);
    expect(account?.id).toBe(existing.id);
    expect(await testDb.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      oidcSubject: "vneid:001090099999", fullName: "Phạm Minh Đức", email: "khac@example.com", phone: "0911111111", identityLevel: 2,
    });
    expect((await residentFromIdentityProvider(profile, now))?.id).toBe(existing.id);
  });

  it("never signs an officer in as a resident", async () => {
    await makeUser({ role: "OFFICER", nationalId: "001090088888" });
    expect(await residentFromIdentityProvider({ ...profile, subject: "vneid:001090088888", nationalId: "001090088888" }, now)).toBeNull();
  });
});
