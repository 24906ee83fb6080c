// The back office's queues on real PostgreSQL: each dossier lands in the queues its state says,
// every count equals its queue's total, and nothing of another agency ever shows, whatever the
// queue (the queries carry the agency's own index range; see lib/back-office/queues.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { OfficerActor } from "@/lib/auth/staff";
import { queueCounts, queuePage } from "@/lib/back-office/queues";
import { QUEUE_KEYS, type QueueKey } from "@/lib/back-office/queue-rules";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { installCalendar } from "../../support/calendar";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier, type World } from "../dossiers/world";

let world: World;
let outside: World;
const ids: Record<string, string> = {};
const NOW = hanoi("2026-03-04 10:00");
const officer = (actor: World["desk"]) => actor as OfficerActor;

async function queueIds(actor: OfficerActor, key: QueueKey): Promise<string[]> {
  const page = await queuePage(actor, key, 1, NOW);
  return page.rows.map((row) => row.id).sort();
}

beforeAll(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true } });
  world = await makeWorld();
  outside = await makeWorld();
  // In this agency: one awaiting receipt, one received and held by the unit, one waiting for the
  // applicant, one decided by the leader. The other agency has the same, and none may show here.
  for (const [w, prefix] of [[world, "own"], [outside, "other"]] as const) {
    ids[`${prefix}.submitted`] = await submittedDossier(w, hanoi("2026-03-02 08:00"));
    const held = await submittedDossier(w, hanoi("2026-03-02 08:10"));
    await receiveDossier({ dossierId: held, actor: w.desk, now: hanoi("2026-03-02 09:00") });
    await forwardDossier({ dossierId: held, actor: w.desk, handlerId: officer(w.specialist).userId, now: hanoi("2026-03-02 09:10") });
    ids[`${prefix}.held`] = held;
    const waiting = await submittedDossier(w, hanoi("2026-03-02 08:20"));
    await receiveDossier({ dossierId: waiting, actor: w.desk, now: hanoi("2026-03-02 09:20") });
    await forwardDossier({ dossierId: waiting, actor: w.desk, now: hanoi("2026-03-02 09:30") });
    await requestSupplement({ dossierId: waiting, actor: w.specialist, now: hanoi("2026-03-03 10:00"), reason: "Thiếu bản chính", items: [{ name: "Giấy chứng sinh", note: "bản chính" }] });
    ids[`${prefix}.waiting`] = waiting;
    const decided = await submittedDossier(w, hanoi("2026-03-02 08:30"));
    await receiveDossier({ dossierId: decided, actor: w.desk, now: hanoi("2026-03-02 09:40") });
    await forwardDossier({ dossierId: decided, actor: w.desk, now: hanoi("2026-03-02 09:50") });
    await forwardDossier({ dossierId: decided, actor: w.specialist, now: hanoi("2026-03-02 14:00") });
    await forwardDossier({ dossierId: decided, actor: w.head, now: hanoi("2026-03-02 15:00") });
    await approveDossier({ dossierId: decided, actor: w.leader, now: hanoi("2026-03-03 09:00") });
    ids[`${prefix}.decided`] = decided;
  }
});

describe("the queues of one agency", () => {
  it("put each dossier where its state says", async () => {
    expect(await queueIds(officer(world.desk), "cho-tiep-nhan")).toEqual([ids["own.submitted"]]);
    expect(await queueIds(officer(world.desk), "cho-cong-dan")).toEqual([ids["own.waiting"]]);
    expect(await queueIds(officer(world.desk), "co-quyet-dinh")).toEqual([ids["own.decided"]]);
    expect(await queueIds(officer(world.specialist), "cua-toi")).toEqual([ids["own.held"]]);
    expect(await queueIds(officer(world.head), "don-vi")).toEqual([ids["own.held"]]);
  });

  it("count exactly what each queue lists, for every role", async () => {
    for (const actor of [world.desk, world.specialist, world.head, world.leader].map(officer)) {
      for (const { key, count } of await queueCounts(actor, NOW)) {
        expect({ key, count }).toEqual({ key, count: (await queuePage(actor, key, 1, NOW)).total });
      }
    }
  });

  it("never show another agency's dossier, in any queue", async () => {
    const foreign = new Set(Object.entries(ids).filter(([name]) => name.startsWith("other.")).map(([, id]) => id));
    for (const actor of [world.desk, world.specialist, world.head, world.leader].map(officer)) {
      for (const key of QUEUE_KEYS) {
        expect((await queueIds(actor, key)).filter((id) => foreign.has(id))).toEqual([]);
      }
    }
  });
});
