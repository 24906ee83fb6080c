// Random sequences of actions through the real commands: whatever is allowed or refused, the
// dossier stays valid, its trail verifies, and the rollups agree with a recount.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadCalendarContext } from "@/lib/calendar/load";
import { replayDeadline } from "@/lib/dossiers/deadline-replay";
import { recountRollups } from "@/lib/dossiers/recount-rollups";
import { verifyDossierTrail } from "@/lib/dossiers/verify-dossier-trail";
import { isAppError } from "@/lib/errors";
import { testDb } from "../../support/db";
import { steps, weighted } from "./walk-steps";
import { hanoi, makeWorld, submittedDossier } from "./world";

const reached = new Set<string>();

describe("random sequences of actions through the commands", () => {
  it("keep the dossier valid, its trail verifiable and the rollups recountable", async () => {
    const world = await makeWorld();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ step: fc.constantFrom(...weighted), pick: fc.nat(7), minutes: fc.integer({ min: 5, max: 2 * 24 * 60 }) }), { minLength: 3, maxLength: 25 }),
        async (sequence) => {
          let now = hanoi("2026-03-02 08:00");
          const dossierId = await submittedDossier(world, now);
          for (const { step, pick, minutes } of sequence) {
            now = new Date(now.getTime() + minutes * 60_000);
            await steps[step]!(world, dossierId, now, pick).catch((error: unknown) => {
              // Refusals are expected; a CONFLICT cannot happen in a walk with one actor at a time.
              if (!isAppError(error) || error.code === "CONFLICT") throw error;
            });
          }
          const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id: dossierId } });
          reached.add(dossier.status);
          const events = await testDb.dossierEvent.count({ where: { dossierId } });
          expect(events).toBe(dossier.version + 1);
          expect(await verifyDossierTrail(dossierId)).toEqual({ isValid: true, events });
          if (["RECEIVED", "IN_PROCESSING", "AWAITING_PAYMENT", "RESOLVED", "RETURNED"].includes(dossier.status)) {
            expect(dossier.code && dossier.receivedAt && dossier.dueAt).toBeTruthy();
          }
          if (["RESOLVED", "RETURNED"].includes(dossier.status)) expect(dossier.resolution && dossier.timeliness).toBeTruthy();
          // The dates the commands kept are those a replay of the trail gives.
          const trail = await testDb.dossierEvent.findMany({ where: { dossierId }, orderBy: { sequence: "asc" } });
          const replayed = replayDeadline(trail, await loadCalendarContext(testDb));
          if (dossier.receivedAt) expect([replayed?.dueAt, replayed?.referenceDueAt]).toEqual([dossier.dueAt, dossier.referenceDueAt]);
        },
      ),
      { numRuns: Number(process.env.WALK_RUNS ?? 25) },
    );
    expect(reached.size).toBeGreaterThanOrEqual(4);
    const read = () =>
      Promise.all([
        testDb.statDaily.findMany({ orderBy: [{ day: "asc" }, { channel: "asc" }] }),
        testDb.statStatus.findMany({ where: { count: { not: 0 } }, orderBy: [{ status: "asc" }, { channel: "asc" }] }),
      ]);
    const before = await read();
    await recountRollups();
    expect(await read()).toEqual(before);
    const counted = before[1].reduce((sum, row) => sum + row.count, 0);
    // Every dossier but drafts and those withdrawn before they were ever received.
    const uncounted = { OR: [{ status: "DRAFT" as const }, { status: "WITHDRAWN" as const, receivedAt: null }] };
    expect(counted).toBe(await testDb.dossier.count({ where: { agencyId: world.agency.id, NOT: uncounted } }));
  }, 120_000);
});
