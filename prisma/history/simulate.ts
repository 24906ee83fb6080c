// One dossier's life, walked through the engine (lib/dossiers/transition-core.ts) exactly as the
// commands walk it: the same checks, plans, rows and hash-chained events. Only the choices are
// the generator's: who acts, when, and which turn of events the dossier takes. An action the
// engine refuses (an apology too late, a supplement after the 3-day window) is simply not taken,
// as an officer would be stopped by the same rule; no rule is bypassed. Actions after `end`
// (today) have not happened yet: the dossier stays where it is, in progress or overdue.
import {
  addWorkingMinutes,
  closingMinute,
  fromLocal,
  localDateOf,
  previousWorkingDay,
  workingMinutesBetween,
  workingMinutesPerDay,
  type CalendarContext,
  type TimeLimit,
} from "../../lib/calendar/index.ts";
import { mentionOf, type DelegationRule } from "../../lib/delegation/rules.ts";
import type { Actor } from "../../lib/dossiers/actor.ts";
import { buildDraft, type ApplicantType } from "../../lib/dossiers/draft.ts";
import type { Directory } from "../../lib/dossiers/effects.ts";
import type { ActionRequest, ResultDocument } from "../../lib/dossiers/requests.ts";
import type { Channel, DossierRow, DossierState, PaperCount, PlanStep } from "../../lib/dossiers/state.ts";
import { takeActionInMemory, type TransitionOutcome } from "../../lib/dossiers/transition-core.ts";
import { supplementWindowEnd } from "../../lib/dossiers/workflow.ts";
import type { EventRow } from "../../lib/dossiers/trail.ts";
import { isAppError } from "../../lib/errors.ts";
import { makePerson, type Person } from "./people.ts";
import { unitOf, type Random } from "./random.ts";
import { DIGITISATION, SHARES } from "./volumes.ts";
import type { AgencyInfo, OfficerRole, ProcedureInfo, World } from "./world.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** What the generator decides about a dossier before walking it. */
export type DossierBrief = {
  procedure: ProcedureInfo;
  agency: AgencyInfo;
  /** Where it was handed in, when not at the competent agency (the city's service centre). */
  receiving: AgencyInfo | null;
  channel: Channel;
  /** When the desk receives it (or would have): dossiers are generated in this order. */
  anchor: Date;
  applicant: { userId: string | null; organizationId: string | null; person: Person; type: ApplicantType };
  /** Turns of events, drawn from SHARES unless forced (the demo accounts' dossiers). */
  turns: Turns;
  /** A demo dossier's real, stamped result file (demo-results.ts); others get a result without a file. */
  issuedResult?: ResultDocument;
  /** The delegation its agency handles it under (filed with a ward for a department's procedure), and the unit it names. */
  delegation: { rule: DelegationRule; unitCode: string | null } | null;
};

export type Turns = {
  refusedAtReceipt: boolean;
  supplementAtDesk: "none" | "completed" | "withdrawn";
  supplementAfterReceipt: "none" | "completed" | "withdrawn" | "stopped";
  payment: boolean;
  consultation: boolean;
  bounce: boolean;
  late: boolean;
  apology: boolean;
  refuseToResolve: boolean;
  stop: boolean;
  withdraw: boolean;
  /** How fast the officers work, as a share of each leg's planned time. */
  pace: number;
  /** The demo accounts' dossiers: where the walk stops, waiting (for the desk or the applicant). */
  holdAt?: "RECEIPT" | "SUPPLEMENT" | "PAYMENT";
  /** Whether the applicant rates the returned result (drawn from SHARES unless forced). */
  rated?: boolean;
};

export type SimulatedDossier = {
  draft: ReturnType<typeof buildDraft>["dossier"];
  state: DossierState;
  events: EventRow[];
  outcomes: TransitionOutcome[];
  /** Refusals by the engine, by error code (expected: apologies or supplements out of time). */
  refusals: string[];
};

export type SimulationContext = {
  world: World;
  random: Random;
  end: Date;
  directory: Omit<Directory, "assignedCode">;
  nextCode: (agencyId: string, now: Date) => string;
};

export function drawTurns(random: Random, procedure: ProcedureInfo): Turns {
  const late = random.chance(SHARES.late);
  const supplementAtDesk = random.chance(SHARES.supplementAtDesk) ? (random.chance(SHARES.withdrawAfterDeskSupplement) ? "withdrawn" : "completed") : "none";
  const afterRoll = random.next();
  const supplementAfterReceipt = random.chance(SHARES.supplementAfterReceipt)
    ? afterRoll < SHARES.withdrawAfterSupplement ? "withdrawn" : afterRoll < SHARES.withdrawAfterSupplement + SHARES.stopAfterSupplement ? "stopped" : "completed"
    : "none";
  return {
    refusedAtReceipt: random.chance(SHARES.refusedAtReceipt),
    supplementAtDesk,
    supplementAfterReceipt,
    payment: random.chance(procedure.volume.payment ?? 0),
    // Consulting another agency takes days: never for a same-day or a few-hours procedure.
    consultation: random.chance(procedure.volume.consultation ?? (procedure.limit.unit === "WORKING_DAYS" && procedure.limit.value >= 5 ? SHARES.consultation : 0)),
    bounce: random.chance(SHARES.bounce),
    late,
    apology: late && random.chance(SHARES.apologyWhenLate),
    refuseToResolve: random.chance(SHARES.refuseToResolve),
    stop: random.chance(SHARES.stop),
    withdraw: random.chance(SHARES.withdraw),
    pace: late ? random.between(1.15, 1.9) : random.chance(0.85) ? random.between(0.15, 0.75) : random.between(0.75, 0.95),
  };
}

/** Stops a walk at `end`: what comes later has not happened yet. */
class NotYet extends Error {}
/** The engine refused a step the walk cannot go on without. */
class Stuck extends Error {}

const REASONS = {
  refuse: ["Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan", "Người nộp không đủ điều kiện theo quy định", "Yêu cầu không thuộc phạm vi thủ tục hành chính"],
  supplement: ["Thiếu giấy tờ theo quy định", "Bản sao chưa được chứng thực", "Tờ khai chưa đầy đủ thông tin", "Giấy tờ hết hiệu lực"],
  items: ["Tờ khai theo mẫu", "Bản sao giấy tờ tùy thân", "Giấy ủy quyền", "Bản chính giấy tờ để đối chiếu", "Giấy tờ chứng minh nơi cư trú"],
  sendBack: ["Cần bổ sung ý kiến thẩm định", "Dự thảo kết quả chưa đúng thể thức", "Chưa đối chiếu dữ liệu dân cư"],
  refuseToResolve: ["Không đủ điều kiện giải quyết theo quy định", "Thông tin kê khai không đúng với dữ liệu quốc gia"],
  stop: ["Theo đề nghị của cơ quan có thẩm quyền", "Người nộp không bổ sung hồ sơ theo yêu cầu"],
  apology: ["Chờ kết quả xác minh của cơ quan liên quan", "Hồ sơ phức tạp cần thêm thời gian thẩm định", "Hệ thống liên thông gián đoạn"],
  consult: ["Đề nghị xác minh thông tin cư trú", "Đề nghị cho ý kiến về hồ sơ", "Đề nghị xác nhận nghĩa vụ tài chính"],
  reply: ["Thông tin chính xác, thống nhất", "Đồng ý, không có ý kiến khác", "Đã xác minh, đề nghị giải quyết theo quy định"],
  payment: ["Lệ phí theo quy định", "Nghĩa vụ tài chính theo thông báo của cơ quan thuế"],
};

export function simulateDossier(context: SimulationContext, brief: DossierBrief): SimulatedDossier {
  const { world, random, end } = context;
  const calendar: CalendarContext = world.calendar;
  const { procedure, agency, receiving, channel, applicant, turns, delegation } = brief;
  // A delegate without a unit the plan names takes those steps in the unit its delegation names,
  // as the commands do (lib/dossiers/execute-transition.ts).
  const unitCodeAt = (at: AgencyInfo, code: string) => (delegation?.unitCode && at.id === agency.id && !at.units.has(code) ? delegation.unitCode : code);
  const directory: Omit<Directory, "assignedCode"> = delegation?.unitCode
    ? { ...context.directory, unitId: (agencyId, code) => context.directory.unitId(agencyId, agencyId === agency.id && !agency.units.has(code) ? delegation.unitCode! : code) }
    : context.directory;
  const deskAgency = receiving ?? agency;
  const isOnline = channel === "ONLINE";
  const limit: TimeLimit = isOnline ? procedure.onlineLimit : procedure.limit;
  const digitisation = digitisationOf(brief);
  const resident: Actor | null = applicant.userId
    ? { kind: "RESIDENT", userId: applicant.userId, organizationIds: applicant.organizationId ? [applicant.organizationId] : [], isVneid: isOnline && digitisation.isVneid }
    : null;
  const officer = (at: AgencyInfo, planCode: string, role: OfficerRole): Actor => {
    const unitCode = unitCodeAt(at, planCode);
    const ids = at.officers.get(`${unitCode}:${role}`);
    if (!ids?.length) throw new Stuck(`no ${role} in ${at.slug}/${unitCode}`);
    return { kind: "OFFICER", userId: random.pick(ids), agencyId: at.id, unitId: at.units.get(unitCode) ?? null, officerRole: role };
  };
  const deskOf = (at: AgencyInfo) => officer(at, "MC", "DESK_OFFICER");
  const leaderOf = (at: AgencyInfo) => officer(at, "LD", "AGENCY_LEADER");
  const planStep = (position: number): PlanStep => procedure.plan[position - 1]!;
  const holderOf = (position: number): Actor => {
    const step = planStep(position);
    const role = step.unitCode === "MC" ? "DESK_OFFICER" : step.unitCode === "LD" ? "AGENCY_LEADER" : position === 2 ? "SPECIALIST" : "UNIT_HEAD";
    return officer(position === 1 ? deskAgency : agency, step.unitCode, role);
  };

  // The draft: online by the resident, at the counter (or from the post) by the desk. A dossier
  // handled under a delegation was filed while it applied: not before 00:00 of its first day.
  const firstInstant = delegation ? fromLocal(delegation.rule.validFrom, 0).getTime() : -Infinity;
  const createdAt = new Date(Math.max(firstInstant, (
    turns.holdAt === "RECEIPT"
      ? new Date(end.getTime() - random.between(30 * MINUTE, 6 * 60 * MINUTE))
      : isOnline
        ? new Date(brief.anchor.getTime() - random.between(20 * MINUTE, turns.supplementAtDesk === "none" ? 2 * DAY : 12 * DAY))
        : new Date(brief.anchor.getTime() - (turns.supplementAtDesk === "none" ? random.between(3, 12) * MINUTE : random.between(2, 10) * DAY))
  ).getTime()));
  const creator: Actor = isOnline && resident ? resident : deskOf(deskAgency);
  const { dossier: draft, event: created } = buildDraft({
    id: directory.newId(createdAt), eventId: directory.newId(createdAt), actor: creator, now: createdAt, procedureId: procedure.id,
    agencyId: agency.id, receivingAgencyId: receiving?.id ?? null, applicantId: applicant.userId, organizationId: applicant.organizationId,
    applicantType: applicant.type, channel, isVneidAuthenticated: isOnline && resident !== null && digitisation.isVneid,
    applicantSnapshot: snapshotOf(applicant.person), formData: formDataFor(procedure, random), feeVnd: procedure.feeVnd,
  });
  let state = initialState(draft, procedure, limit, digitisation.papers);
  const events: EventRow[] = [created];
  const outcomes: TransitionOutcome[] = [];
  const refusals: string[] = [];
  let now = createdAt;

  /** An apology the leaders will send when its moment comes in the walk. */
  let pendingApology: { at: Date; newDueAt: Date } | null = null;

  /** Takes an action at `at` (never before the last one); false when the engine refuses it. */
  const act = (actor: Actor, request: ActionRequest, at: Date): boolean => {
    const when = new Date(Math.max(at.getTime(), now.getTime() + MINUTE));
    if (pendingApology && pendingApology.at.getTime() <= when.getTime()) {
      const apology = pendingApology;
      pendingApology = null;
      if (apology.at.getTime() <= end.getTime()) {
        act(leaderOf(agency), { action: "ISSUE_APOLOGY", reason: random.pick(REASONS.apology), newDueAt: apology.newDueAt }, apology.at);
      }
    }
    if (when.getTime() > end.getTime()) throw new NotYet();
    try {
      const taken = takeActionInMemory({ state, request, actor, now: when, calendar, directory, nextCode: context.nextCode });
      state = taken.state;
      events.push(taken.outcome.event);
      outcomes.push(taken.outcome);
      now = when;
      return true;
    } catch (error) {
      if (!isAppError(error)) throw error;
      refusals.push(`${request.action}:${error.code}`);
      return false;
    }
  };
  const must = (actor: Actor, request: ActionRequest, at: Date) => {
    if (!act(actor, request, at)) throw new Stuck(`${request.action} refused`);
  };
  /** `minutes` of working time after `from`. */
  const after = (from: Date, minutes: number) => addWorkingMinutes(from, Math.max(1, minutes), calendar);
  const applicantActor = () => resident ?? deskOf(deskAgency);
  /** A moment on a working day some calendar days later (the applicant's own pace). */
  const daysLater = (from: Date, min: number, max: number) => after(new Date(from.getTime() + random.between(min, max) * DAY), random.int(5, 240));
  const plannedMinutes = (position: number) => {
    const step = planStep(position);
    return step.durationValue === null ? workingMinutesPerDay(calendar.hours) : step.durationUnit === "HOURS" ? step.durationValue * 60 : step.durationValue * workingMinutesPerDay(calendar.hours);
  };
  // The working time the officers have until the date they are judged by, shared between the legs
  // up to the decision as the internal plan shares it: at pace 1 the decision lands on the date.
  let budget = 0;
  const setBudget = () => {
    const { referenceDueAt } = state.dossier;
    budget = referenceDueAt ? Math.max(30, workingMinutesBetween(now, referenceDueAt, calendar)) : workingMinutesPerDay(calendar.hours);
  };
  const legMinutes = (position: number) => {
    const decision = Math.max(2, procedure.plan.length - 1);
    let total = 0;
    for (let index = 1; index <= decision; index++) total += plannedMinutes(index);
    return (plannedMinutes(position) / total) * budget * turns.pace * random.between(0.85, 1.05);
  };

  try {
    // Filed under the delegation: the event names it (the trail, receipt and result say "as authorised by").
    const routing = delegation ? { routing: { agencyId: agency.id, delegation: mentionOf(delegation.rule) } } : {};
    must(creator, { action: "SUBMIT", ...routing }, new Date(createdAt.getTime() + random.between(1, 30) * MINUTE));
    if (turns.supplementAtDesk !== "none") {
      must(deskOf(deskAgency), { action: "REQUEST_SUPPLEMENT", reason: random.pick(REASONS.supplement), items: [{ name: random.pick(REASONS.items) }] }, after(now, random.int(10, 300)));
      if (turns.supplementAtDesk === "withdrawn") {
        must(applicantActor(), { action: "WITHDRAW" }, daysLater(now, 2, 20));
        return finish();
      }
      must(applicantActor(), { action: "SUPPLEMENT" }, new Date(brief.anchor.getTime() - random.between(5, 60) * MINUTE));
    }
    if (turns.holdAt === "RECEIPT") return finish();
    if (turns.refusedAtReceipt) {
      must(deskOf(deskAgency), { action: "REFUSE_AT_RECEIPT", reason: random.pick(REASONS.refuse) }, brief.anchor);
      return finish();
    }
    const receiver = deskOf(deskAgency);
    must(receiver, { action: "RECEIVE" }, brief.anchor);
    processFromReceipt(now, receiver);
  } catch (error) {
    if (!(error instanceof NotYet) && !(error instanceof Stuck)) throw error;
    if (error instanceof Stuck) refusals.push(`STUCK:${error.message}`);
  }
  return finish();

  function finish(): SimulatedDossier {
    return { draft, state, events, outcomes, refusals };
  }

  /** From the receipt to the result returned (and rated). */
  function processFromReceipt(receivedAt: Date, receiver: Actor): void {
    const last = procedure.plan.length;
    const approval = last - 1;
    const hasReview = approval >= 4;
    setBudget();
    let position = 1;
    // Who holds the leg in hand: the desk officer who received it, then each assigned handler.
    let holder = receiver;
    // A leg's end: its planned time at the dossier's pace from its start.
    let legEnd = after(receivedAt, legMinutes(1));
    const forward = (to: number) => {
      const handler = holderOf(to);
      must(holder, { action: "FORWARD", handlerId: handler.kind === "OFFICER" ? handler.userId : null }, legEnd);
      position = to;
      holder = handler;
      legEnd = after(now, legMinutes(to));
    };

    if (turns.apology) scheduleApology(receivedAt);
    forward(2);
    // During the appraisal: a supplement (within 3 working days of receipt), a payment, a consultation.
    if (turns.supplementAfterReceipt !== "none") {
      const askAt = new Date(Math.min(after(now, random.int(30, 600)).getTime(), supplementWindowEnd(receivedAt, calendar).getTime() - 10 * MINUTE));
      if (act(holder, { action: "REQUEST_SUPPLEMENT", reason: random.pick(REASONS.supplement), items: [{ name: random.pick(REASONS.items) }, ...(random.chance(0.3) ? [{ name: random.pick(REASONS.items) }] : [])] }, askAt)) {
        if (turns.holdAt === "SUPPLEMENT") return;
        const answerAt = daysLater(now, 1, 12);
        if (turns.supplementAfterReceipt === "withdrawn") return void must(applicantActor(), { action: "WITHDRAW" }, daysLater(now, 5, 25));
        if (turns.supplementAfterReceipt === "stopped") return void must(leaderOf(agency), { action: "STOP", reason: REASONS.stop[1]! }, daysLater(now, 20, 35));
        must(applicantActor(), { action: "SUPPLEMENT" }, answerAt);
        // The clock restarted from zero: the appraisal goes on from the complete papers.
        setBudget();
        legEnd = after(now, legMinutes(2));
      }
    }
    if (turns.payment) {
      must(holder, { action: "REQUEST_PAYMENT", amountVnd: paymentAmount(), reason: random.pick(REASONS.payment) }, after(now, random.int(30, 400)));
      if (turns.holdAt === "PAYMENT") return;
      const paidAt = daysLater(now, 0.5, 6);
      if (isOnline && random.chance(SHARES.paidOnline)) must({ kind: "SYSTEM" }, { action: "RECORD_PAYMENT", method: "ONLINE", reference: `PAYGOV-${random.hex(12).toUpperCase()}` }, paidAt);
      else must(deskOf(deskAgency), { action: "RECORD_PAYMENT", method: random.chance(0.7) ? "CASH" : "BANK_TRANSFER" }, paidAt);
      legEnd = new Date(Math.max(legEnd.getTime(), after(now, random.int(30, 240)).getTime()));
    }
    if (turns.consultation) consult(holder);
    if (turns.withdraw) return void must(applicantActor(), { action: "WITHDRAW" }, new Date(Math.min(legEnd.getTime(), daysLater(now, 1, 5).getTime())));
    if (turns.stop) return void must(leaderOf(agency), { action: "STOP", reason: REASONS.stop[0]! }, legEnd);
    if (hasReview) {
      forward(3);
      if (turns.bounce) {
        const appraiser = holderOf(2);
        must(holder, { action: "SEND_BACK", reason: random.pick(REASONS.sendBack), handlerId: appraiser.kind === "OFFICER" ? appraiser.userId : null }, new Date(Math.min(legEnd.getTime(), after(now, random.int(20, 240)).getTime())));
        position = 2;
        holder = appraiser;
        legEnd = after(now, legMinutes(2) * 0.4);
        forward(3);
      }
    }
    for (let next = position + 1; next <= approval; next++) forward(next);
    // The leaders decide, then the desk of the competent agency has the result.
    const decision: ActionRequest = turns.refuseToResolve ? { action: "REFUSE_TO_RESOLVE", reason: random.pick(REASONS.refuseToResolve) } : { action: "APPROVE" };
    must(leaderOf(agency), decision, legEnd);
    must(deskOf(agency), { action: "MARK_RESULT_READY", resultDocument: resultDocument(state.dossier) }, after(now, limit.unit === "HOURS" ? 1 : random.int(2, 20)));
    // The applicant collects it (or it is sent online or by post).
    const method = isOnline ? (random.chance(0.8) ? "ONLINE" : "POST") : channel === "POST" ? "POST" : "AT_DESK";
    // At the counter the applicant comes on the appointment, or a little before when told the result
    // is ready; a few come later.
    const appointment = state.dossier.dueAt ?? now;
    const returnedAt =
      method !== "AT_DESK" ? after(now, random.int(5, 120))
      : random.chance(0.95) ? after(new Date(now.getTime() + random.next() * Math.max(0, appointment.getTime() - now.getTime() - 60 * MINUTE)), random.int(1, 30))
      : daysLater(appointment, 0.5, 5);
    must(deskOf(deskAgency), { action: "RETURN_RESULT", method }, returnedAt);
    rate();
  }

  function consult(asker: Actor): void {
    let consulted = random.pick(world.consultable);
    if (consulted.id === agency.id) consulted = world.consultable[(world.consultable.indexOf(consulted) + 1) % world.consultable.length]!;
    // The lead unit gives the consulted agency part of the time it has left.
    const left = state.dossier.referenceDueAt ? workingMinutesBetween(now, state.dossier.referenceDueAt, calendar) : workingMinutesPerDay(calendar.hours);
    const dueAt = after(now, Math.max(120, Math.min(random.int(2, 5) * workingMinutesPerDay(calendar.hours), left * random.between(0.3, 0.6))));
    if (!act(asker, { action: "CONSULT", agencyId: consulted.id, question: random.pick(REASONS.consult), dueAt }, after(now, random.int(30, 300)))) return;
    const consultationId = state.openConsultations[state.openConsultations.length - 1]!.id;
    const unitCode = [...consulted.units.keys()].find((code) => consulted.officers.has(`${code}:SPECIALIST`)) ?? "LD";
    const replier = officer(consulted, unitCode, unitCode === "LD" ? "AGENCY_LEADER" : "SPECIALIST");
    const replyAt = random.chance(0.9) ? after(now, random.between(0.2, 0.95) * (dueAt.getTime() - now.getTime()) / MINUTE / 3) : after(dueAt, random.int(60, 960));
    must(replier, { action: "RECORD_CONSULTATION_REPLY", consultationId, reply: random.pick(REASONS.reply) }, replyAt);
  }

  /** The leaders see the delay coming and apologise, at least a working day before the date. */
  function scheduleApology(receivedAt: Date): void {
    const { dueAt } = state.dossier;
    if (!dueAt) return;
    const lastDay = previousWorkingDay(localDateOf(dueAt), calendar);
    const latest = fromLocal(lastDay, closingMinute(calendar.hours) - 30);
    const span = Math.max(1, latest.getTime() - receivedAt.getTime());
    const at = new Date(receivedAt.getTime() + span * random.between(0.4, 0.95));
    if (at.getTime() <= now.getTime() || at.getTime() > latest.getTime()) return;
    const extra = Math.ceil(Math.max(turns.pace - 1, 0.2) * (limit.unit === "HOURS" ? 1 : limit.value)) + random.int(1, 4);
    let newDate = addWorkingMinutes(dueAt, extra * workingMinutesPerDay(calendar.hours), calendar);
    newDate = fromLocal(localDateOf(newDate), closingMinute(calendar.hours));
    // The apology comes from the leaders while the dossier is in processing; taken at its moment.
    pendingApology = { at, newDueAt: newDate };
  }

  function rate(): void {
    const rated = turns.rated ?? (resident ? random.chance(SHARES.ratedOnline) : random.chance(SHARES.ratedAtDesk));
    if (!rated) return;
    const isLate = state.dossier.timeliness === "LATE";
    const roll = random.next();
    const overall = isLate ? (roll < 0.35 ? "NOT_SATISFIED" : roll < 0.8 ? "SATISFIED" : "VERY_SATISFIED") : roll < 0.02 ? "NOT_SATISFIED" : roll < 0.3 ? "SATISFIED" : "VERY_SATISFIED";
    const time = state.dossier.timeliness === "EARLY" ? 2 : state.dossier.timeliness === "ON_TIME" ? 1 : 0;
    must(resident ?? { kind: "SYSTEM" }, { action: "RATE", rating: { overall, scores: { time, contacts: random.chance(0.9) ? 2 : 1, attitude: overall === "NOT_SATISFIED" ? 0 : 2 } } }, after(now, random.int(1, 600)));
  }

  function paymentAmount(): number {
    return procedure.feeVnd && procedure.feeVnd > 0 ? procedure.feeVnd : random.pick([50_000, 100_000, 200_000, 500_000, 1_500_000, 12_500_000]);
  }

  function resultDocument(dossier: DossierRow): ResultDocument {
    if (brief.issuedResult) return { ...brief.issuedResult };
    const sha256 = random.hex(64);
    // A signed file is issued as uploaded; any other gets the QR stamp, which changes its bytes.
    const originalSha256 = digitisation.isSignedResult ? sha256 : unitHex(`${sha256}|upload`);
    return {
      name: `ket-qua-${dossier.code ?? dossier.id}.pdf`, mimeType: "application/pdf", sizeBytes: random.int(40_000, 600_000), sha256,
      storageKey: `history/${dossier.id}/ket-qua.pdf`, originalSha256, isSigned: digitisation.isSignedResult,
    };
  }
}

/**
 * How digitised a dossier is: whether its result is signed digitally, how many of its required
 * papers are files at receipt, whether an online one is sent with VNeID. Drawn from the agency's
 * shares (DIGITISATION) by hashes of the brief, not from the seeded stream, so the rest of the
 * history is the same as without these draws.
 */
function digitisationOf(brief: DossierBrief): { isSignedResult: boolean; isVneid: boolean; papers: PaperCount } {
  const agencyShare = (range: readonly [number, number], what: string) => range[0] + (range[1] - range[0]) * unitOf(`${brief.agency.code}|${what}`);
  const draw = (what: string) => unitOf(`${brief.anchor.getTime()}|${brief.procedure.code}|${brief.agency.code}|${what}`);
  const required = brief.procedure.requiredPapers;
  // Online, the wizard takes every required paper; at the desk, one is left unscanned now and then.
  const isScanned = brief.channel === "ONLINE" || draw("papers") < agencyShare(DIGITISATION.scannedAtDesk, "papers");
  return {
    isSignedResult: draw("result") < agencyShare(DIGITISATION.signedResults, "result"),
    isVneid: draw("vneid") < agencyShare(DIGITISATION.vneid, "vneid"),
    papers: { required, electronic: isScanned ? required : Math.max(0, required - 1) },
  };
}

/** 64 hexadecimal digits fixed by a text (a made-up hash for a file the history does not keep). */
function unitHex(text: string): string {
  let hex = "";
  for (let index = 0; hex.length < 64; index++) hex += Math.floor(unitOf(`${text}|${index}`) * 0x100000000).toString(16).padStart(8, "0");
  return hex;
}

export function snapshotOf(person: Person) {
  return { fullName: person.fullName, nationalId: person.nationalId, address: person.address, phone: person.phone };
}

function initialState(draft: ReturnType<typeof buildDraft>["dossier"], procedure: ProcedureInfo, limit: TimeLimit, papers: PaperCount): DossierState {
  const dossier: DossierRow = {
    id: draft.id, code: null, status: "DRAFT", version: 0, channel: draft.channel, agencyId: draft.agencyId, receivingAgencyId: draft.receivingAgencyId,
    procedureId: draft.procedureId, applicantId: draft.applicantId, organizationId: draft.organizationId, submittedAt: null, receivedAt: null,
    clockStartedAt: null, dueAt: null, referenceDueAt: null, deadlinePrecision: null, isDueProvisional: false, pausedAt: null, pausedSeconds: 0, clockPausedSeconds: 0,
    supplementCount: 0, bounceCount: 0, hasApology: false, resolution: null, timeliness: null, finishedAt: null, returnedAt: null,
    returnMethod: "AT_DESK", closedAt: null, isPaidOnline: false, isVneidAuthenticated: draft.isVneidAuthenticated, hasElectronicPapers: false,
    currentStepId: null, currentUnitId: null, currentHandlerId: null, trailHash: draft.trailHash,
  };
  return {
    dossier,
    procedure: { timeLimit: limit, hasSameDayCutoff: procedure.hasSameDayCutoff, plan: procedure.plan },
    papers,
    steps: [], openSupplementRequests: [], openConsultations: [], openPaymentIds: [], isRated: false,
  };
}

/** Answers to the procedure's own form, made up by field type. */
function formDataFor(procedure: ProcedureInfo, random: Random): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of procedure.formFields) {
    if (!field.required && random.chance(0.5)) continue;
    if (field.options?.length) data[field.name] = random.pick(field.options).value;
    else if (field.type === "number") data[field.name] = random.int(1, 5);
    else if (field.type === "date") data[field.name] = `20${random.int(10, 25)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
    else data[field.name] = field.name.toLowerCase().includes("name") ? makePerson(random, 0).fullName : "Theo giấy tờ kèm theo";
  }
  return data;
}
