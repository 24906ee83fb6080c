// The national index's weights as data: the migration writes the code's defaults, the system
// administrator changes them group by group (each group's points must still add up to its official
// total), every change is audited, and nobody else can.
import { describe, expect, it } from "vitest";
import { AdminFieldErrors } from "@/lib/admin/field-errors";
import { DEFAULT_INDICATORS } from "@/lib/national-index/scoring";
import { loadIndicatorSettings, saveIndicatorSettings } from "@/lib/national-index/settings";
import { makeAgency, makeUser } from "../../factories";
import { testDb } from "../../support/db";

const NOW = new Date("2026-11-29T03:00:00Z");

async function systemAdmin() {
  const user = await makeUser({ role: "ADMIN" });
  return { userId: user.id, agencyId: null };
}

const online = (points: [string, string], thresholds: [string, string] = ["50", "80"], enabled: [boolean, boolean] = [true, true]) => [
  { key: "ONLINE_DOSSIERS", maxPoints: points[0], fullAtPercent: thresholds[0], enabled: enabled[0] },
  { key: "ONLINE_PAYMENT", maxPoints: points[1], fullAtPercent: thresholds[1], enabled: enabled[1] },
];

async function refusal(promise: Promise<unknown>): Promise<AdminFieldErrors> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AdminFieldErrors);
  return error as AdminFieldErrors;
}

describe("the index's weights", () => {
  it("are the code's defaults where the table has no row (the migration writes the same, see the unit test)", async () => {
    expect(await loadIndicatorSettings()).toEqual(DEFAULT_INDICATORS);
  });

  it("are changed by the system administrator, a group at a time, with the change audited", async () => {
    const actor = await systemAdmin();
    await saveIndicatorSettings({ actor, now: NOW, inputs: online(["14", "8"], ["60", "75,5"]) });
    const settings = await loadIndicatorSettings();
    expect(settings.find((s) => s.key === "ONLINE_DOSSIERS")).toMatchObject({ maxPoints: 14, fullAt: 0.6 });
    expect(settings.find((s) => s.key === "ONLINE_PAYMENT")).toMatchObject({ maxPoints: 8, fullAt: 0.755 });
    const audit = await testDb.adminAudit.findMany({ where: { action: "INDEX_INDICATOR_UPDATED" }, orderBy: { targetId: "asc" } });
    expect(audit.map((row) => [row.targetId, row.actorId, row.agencyId])).toEqual([
      ["ONLINE_DOSSIERS", actor.userId, null],
      ["ONLINE_PAYMENT", actor.userId, null],
    ]);
    expect(audit[0]!.detail).toMatchObject({ maxPointsBefore: 12, maxPoints: 14, fullAtBefore: 0.5, fullAt: 0.6 });
    // Saving the same values again changes and audits nothing.
    await saveIndicatorSettings({ actor, now: NOW, inputs: online(["14", "8"], ["60", "75,5"]) });
    expect(await testDb.adminAudit.count({ where: { action: "INDEX_INDICATOR_UPDATED" } })).toBe(2);
  });

  it("refuse a group whose points no longer add up to its official total, saving nothing", async () => {
    const actor = await systemAdmin();
    const before = await loadIndicatorSettings();
    const error = await refusal(saveIndicatorSettings({ actor, now: NOW, inputs: online(["14", "9"]) }));
    expect(error.fields).toEqual({ form: "indexGroupTotal" });
    expect(error.values).toMatchObject({ total: "23", official: 22 });
    // Leaving one out is the same: the points of those that count must still make 22.
    await refusal(saveIndicatorSettings({ actor, now: NOW, inputs: online(["14", "8"], ["60", "80"], [true, false]) }));
    expect(await loadIndicatorSettings()).toEqual(before);
  });

  it("say each wrong value at its field", async () => {
    const actor = await systemAdmin();
    const error = await refusal(saveIndicatorSettings({ actor, now: NOW, inputs: online(["mười", "101"], ["0", "120"]) }));
    expect(error.fields).toEqual({
      "points-ONLINE_DOSSIERS": "indexPoints", "points-ONLINE_PAYMENT": "indexPoints",
      "fullAt-ONLINE_DOSSIERS": "indexThreshold", "fullAt-ONLINE_PAYMENT": "indexThreshold",
    });
  });

  it("are not found for an agency's administrator", async () => {
    const agency = await makeAgency();
    const user = await makeUser({ role: "ADMIN", agencyId: agency.id });
    await expect(saveIndicatorSettings({ actor: { userId: user.id, agencyId: agency.id }, now: NOW, inputs: online(["12", "10"]) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
