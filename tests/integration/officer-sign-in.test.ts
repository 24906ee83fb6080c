// Officers' sign-in against a real PostgreSQL: the password, the TOTP second factor (enrolment,
// each time step once), recovery codes (each once), lock-out after five failures, the grant the
// next-auth provider turns into a session, and residents kept out.
import { hash } from "@node-rs/argon2";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import {
  checkOfficerPassword, checkOfficerSecondFactor, MAX_FAILED_SIGN_INS, newRecoveryCodesFor, officerEnrolment, officerFromGrant, readTicket,
} from "@/lib/auth/officer-sign-in";
import { makeAgency, makeUser } from "../factories";
import { testDb } from "../support/db";

const PASSWORD = "Mat-khau-thu-2026!";
const now = new Date("2026-03-02T02:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

async function officer() {
  const agency = await makeAgency();
  return makeUser({ role: "OFFICER", agencyId: agency.id, officerRole: "DESK_OFFICER", passwordHash: await hash(PASSWORD) });
}

async function enrolled(at = now) {
  const user = await officer();
  const first = await checkOfficerPassword({ email: user.email!, password: PASSWORD, clientKey: `c-${user.id}`, now: at });
  if (!first.ok) throw new Error("password refused");
  const enrolment = (await officerEnrolment(first.ticket, at))!;
  const done = await checkOfficerSecondFactor({ ticket: first.ticket, code: await generate({ secret: enrolment.secret, epoch: at.getTime() / 1000 }), clientKey: `c-${user.id}`, now: at });
  expect(done).toMatchObject({ ok: true, enrolled: true });
  return { user, secret: enrolment.secret };
}

describe("an officer's sign-in", () => {
  it("first sign-in: the password gives an enrolment ticket; the secret is stored sealed; the first right code turns the factor on", async () => {
    const { user, secret } = await enrolled();
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.totpSecret).not.toContain(secret);
    const again = await checkOfficerPassword({ email: user.email!, password: PASSWORD, clientKey: "c", now: later(60) });
    expect(again).toMatchObject({ ok: true, stage: "verify" });
  });

  it("a TOTP code is accepted once: the same time step again is refused", async () => {
    const { user, secret } = await enrolled();
    const at = later(120);
    const code = await generate({ secret, epoch: at.getTime() / 1000 });
    const sign = async () => {
      const step = await checkOfficerPassword({ email: user.email!, password: PASSWORD, clientKey: "c", now: at });
      return checkOfficerSecondFactor({ ticket: step.ok ? step.ticket : "", code, clientKey: "c", now: at });
    };
    const [first, second] = await Promise.all([sign(), sign()]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
  });

  it("a recovery code works once", async () => {
    const { user } = await enrolled();
    const [code] = await newRecoveryCodesFor(user.id);
    const attempt = async () => {
      const step = await checkOfficerPassword({ email: user.email!, password: PASSWORD, clientKey: "c", now: later(200) });
      return checkOfficerSecondFactor({ ticket: step.ok ? step.ticket : "", code: code!.toLowerCase(), clientKey: "c", now: later(200) });
    };
    expect(await attempt()).toMatchObject({ ok: true, usedRecoveryCode: true });
    expect(await attempt()).toMatchObject({ ok: false, reason: "INVALID" });
  });

  it(`${MAX_FAILED_SIGN_INS} failures in a row lock the account, even for the right password, for 15 minutes`, async () => {
    const user = await officer();
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await checkOfficerPassword({ email: user.email!, password: "sai", clientKey: `k${attempt}`, now })).toMatchObject({ ok: false, reason: "INVALID" });
    }
    expect(await checkOfficerPassword({ email: user.email!, password: PASSWORD, clientKey: "k", now: later(60) })).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(await checkOfficerPassword({ email: user.email!, password: PASSWORD, clientKey: "k", now: later(16 * 60) })).toMatchObject({ ok: true });
  });

  it("an unknown address and a resident's account get the same answer as a wrong password", async () => {
    const resident = await makeUser({ passwordHash: await hash(PASSWORD) });
    expect(await checkOfficerPassword({ email: resident.email!, password: PASSWORD, clientKey: "r", now })).toEqual({ ok: false, reason: "INVALID" });
    expect(await checkOfficerPassword({ email: "khong.co@test.motcua.invalid", password: PASSWORD, clientKey: "r", now })).toEqual({ ok: false, reason: "INVALID" });
  });

  it("the grant opens a session within a minute, not after; a deactivated officer gets none", async () => {
    const { user, secret } = await enrolled();
    const at = later(300);
    const step = await checkOfficerPassword({ email: user.email!, password: PASSWORD, clientKey: "g", now: at });
    const result = await checkOfficerSecondFactor({ ticket: step.ok ? step.ticket : "", code: await generate({ secret, epoch: at.getTime() / 1000 }), clientKey: "g", now: at });
    if (!result.ok) throw new Error("second factor refused");
    expect(readTicket(result.grant, ["verify", "enrol"], at)).toBeNull();
    expect(await officerFromGrant(result.grant, later(330))).toMatchObject({ id: user.id });
    expect(await officerFromGrant(result.grant, later(400))).toBeNull();
    await testDb.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await officerFromGrant(result.grant, later(330))).toBeNull();
  });
});
