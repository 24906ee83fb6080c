// The steps of a random walk through the real commands, shared by the walks of
// random-walk.test.ts and tests/integration/statistics/: each takes the world, the dossier, the
// moment and a number that picks the actor or the variant.
import type { Actor } from "@/lib/dossiers/actor";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { completeStep } from "@/lib/dossiers/complete-step";
import { consultAgency } from "@/lib/dossiers/consult-agency";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { issueApology } from "@/lib/dossiers/issue-apology";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { rateDossier } from "@/lib/dossiers/rate-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { recordConsultationReply } from "@/lib/dossiers/record-consultation-reply";
import { recordPayment } from "@/lib/dossiers/record-payment";
import { refuseAtReceipt } from "@/lib/dossiers/refuse-at-receipt";
import { refuseToResolve } from "@/lib/dossiers/refuse-to-resolve";
import { requestPayment } from "@/lib/dossiers/request-payment";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { returnResult } from "@/lib/dossiers/return-result";
import { sendBack } from "@/lib/dossiers/send-back";
import { stopProcessing } from "@/lib/dossiers/stop-processing";
import { supplementDossier } from "@/lib/dossiers/supplement-dossier";
import { withdrawDossier } from "@/lib/dossiers/withdraw-dossier";
import { testDb } from "../../support/db";
import type { World } from "./world";

export type Step = (world: World, dossierId: string, now: Date, pick: number) => Promise<unknown>;
export const officers = (world: World): Actor[] => [world.desk, world.specialist, world.head, world.leader];

export const steps: Record<string, Step> = {
  receive: (w, dossierId, now) => receiveDossier({ dossierId, actor: w.desk, now }),
  refuse: (w, dossierId, now) => refuseAtReceipt({ dossierId, actor: w.desk, now, reason: "Không thuộc thẩm quyền" }),
  supplementRequest: (w, dossierId, now, pick) =>
    requestSupplement({ dossierId, actor: pick % 2 ? w.desk : w.specialist, now, reason: "Thiếu giấy tờ", items: [{ name: "Tờ khai" }] }),
  supplement: (w, dossierId, now) => supplementDossier({ dossierId, actor: w.resident, now }),
  forward: (w, dossierId, now, pick) => forwardDossier({ dossierId, actor: officers(w)[pick % 4]!, now }),
  complete: (w, dossierId, now) => completeStep({ dossierId, actor: w.specialist, now }),
  sendBack: (w, dossierId, now) => sendBack({ dossierId, actor: w.head, now, reason: "Chưa đủ căn cứ" }),
  consult: (w, dossierId, now) =>
    consultAgency({ dossierId, actor: w.specialist, now, agencyId: w.otherAgency.id, question: "Xác minh", dueAt: new Date(now.getTime() + 2 * 86_400_000) }),
  reply: async (w, dossierId, now) => {
    const open = await testDb.consultation.findFirst({ where: { dossierId, repliedAt: null }, select: { id: true } });
    return recordConsultationReply({ dossierId, actor: w.outsideSpecialist, now, consultationId: open?.id ?? "00000000-0000-0000-0000-000000000000", reply: "Đồng ý" });
  },
  requestPayment: (w, dossierId, now) => requestPayment({ dossierId, actor: w.specialist, now, amountVnd: 50_000, reason: "Lệ phí" }),
  pay: (w, dossierId, now, pick) =>
    pick % 2
      ? recordPayment({ dossierId, actor: { kind: "SYSTEM" }, now, method: "ONLINE", reference: `PAY-${now.getTime()}` })
      : recordPayment({ dossierId, actor: w.desk, now, method: "CASH" }),
  approve: (w, dossierId, now) => approveDossier({ dossierId, actor: w.leader, now }),
  refuseToResolve: (w, dossierId, now) => refuseToResolve({ dossierId, actor: w.leader, now, reason: "Không đủ điều kiện" }),
  resultReady: (w, dossierId, now) =>
    markResultReady({
      dossierId, actor: w.desk, now,
      resultDocument: { name: "ket-qua.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "b".repeat(64), storageKey: `r/${dossierId}/${now.getTime()}` },
    }),
  returnResult: (w, dossierId, now) => returnResult({ dossierId, actor: w.desk, now }),
  withdraw: (w, dossierId, now) => withdrawDossier({ dossierId, actor: w.resident, now }),
  stop: (w, dossierId, now) => stopProcessing({ dossierId, actor: w.leader, now, reason: "Theo đề nghị của cơ quan điều tra" }),
  apology: async (w, dossierId, now) => {
    const { dueAt } = await testDb.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { dueAt: true } });
    const newDueAt = new Date((dueAt ?? now).getTime() + 7 * 86_400_000);
    return issueApology({ dossierId, actor: w.leader, now, reason: "Chờ liên thông", newDueAt });
  },
  rate: (w, dossierId, now) => rateDossier({ dossierId, actor: w.resident, now, rating: { overall: "SATISFIED" } }),
};

// The common path is drawn more often, so that most walks get deep into processing.
export const weighted = [...Object.keys(steps), "receive", "receive", "forward", "forward", "forward", "approve", "resultReady", "returnResult"];
