// The routing rule of delegations (lib/delegation/rules.ts): a table of cases around the first
// day's boundary in Hà Nội's time (15:00 the day before and on the day), revocation, the last
// day, groups and the dossiers filed or received before the start; then properties that must hold
// for every instant and every dossier (fast-check).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, fromLocal, localDateOf, type DateKey } from "@/lib/calendar/local-time";
import {
  competenceOf,
  delegationOf,
  isInForce,
  routeDossier,
  routeNewDossier,
  type AgencyFacts,
  type DelegationRule,
  type ProcedureFacts,
  type Route,
  type RoutedDossier,
} from "@/lib/delegation/rules";

const department: AgencyFacts = { id: "dept", level: "PROVINCE", kind: "DEPARTMENT", validFrom: null, validTo: null };
const otherDepartment: AgencyFacts = { id: "dept-2", level: "PROVINCE", kind: "DEPARTMENT", validFrom: null, validTo: null };
const ward = (id: string, validFrom: DateKey | null = "2025-07-01", validTo: DateKey | null = null): AgencyFacts => ({ id, level: "COMMUNE", kind: "PEOPLES_COMMITTEE", validFrom, validTo });
const bachMai = ward("bach-mai");
const hoanKiem = ward("hoan-kiem");
const oldWard = ward("old-ward", null, "2025-06-30");
const newWard = ward("new-ward", "2026-03-01");
const managementBoard: AgencyFacts = { id: "board", level: "PROVINCE", kind: "OTHER", validFrom: null, validTo: null };
const wardPolice: AgencyFacts = { id: "police", level: "COMMUNE", kind: "POLICE", validFrom: "2025-07-01", validTo: null };

const transportLicence: ProcedureFacts = { id: "p-transport", fieldId: "f-transport", implementerIds: ["dept", "dept-2"] };
const otherOfField: ProcedureFacts = { id: "p-other", fieldId: "f-transport", implementerIds: ["dept"] };

const START: DateKey = "2026-01-15";
const toWards: DelegationRule = {
  id: "d-1", delegatorId: "dept", delegate: { group: "COMMUNES" }, scope: { procedureId: "p-transport" },
  validFrom: START, validUntil: null, revokedAt: null, delegatorKeepsFiledBefore: true,
  decision: { number: "12/QĐ-SXD", date: "2026-01-05" },
};
const at = (date: DateKey, clock = "15:00") => fromLocal(date, Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)));
const dayBefore = addDays(START, -1);

type Outcome = { kind: Route["kind"]; agencyId?: string; delegationId?: string | null };
const routed = (agencyId: string, delegationId: string | null): Outcome => ({ kind: "ROUTED", agencyId, delegationId });
/** What a route says, without the delegation's other fields. */
const outcomeOf = (route: Route): Outcome =>
  route.kind === "ROUTED" ? { kind: route.kind, agencyId: route.agencyId, delegationId: route.delegation?.id ?? null } : { kind: route.kind };

describe("the first day's boundary, in Hà Nội's time", () => {
  const cases: { name: string; addressedTo: AgencyFacts; chosen?: AgencyFacts; when: Date; expected: Outcome }[] = [
    { name: "15:00 the day before, at the department: the department", addressedTo: department, when: at(dayBefore), expected: routed("dept", null) },
    { name: "23:59 the day before, at the department: the department", addressedTo: department, when: at(dayBefore, "23:59"), expected: routed("dept", null) },
    { name: "15:00 the day before, at a ward: not competent yet", addressedTo: bachMai, when: at(dayBefore), expected: { kind: "NOT_COMPETENT" as const } },
    { name: "00:00 on the day, at a ward: the ward, under the delegation", addressedTo: bachMai, when: at(START, "00:00"), expected: routed("bach-mai", "d-1") },
    { name: "15:00 on the day, at a ward: the ward, under the delegation", addressedTo: bachMai, when: at(START), expected: routed("bach-mai", "d-1") },
    { name: "15:00 on the day, at another ward: that ward", addressedTo: hoanKiem, when: at(START), expected: routed("hoan-kiem", "d-1") },
    { name: "15:00 on the day, at the department, ward named: the ward", addressedTo: department, chosen: hoanKiem, when: at(START), expected: routed("hoan-kiem", "d-1") },
    { name: "15:00 on the day, at the department, no ward named: ask for it", addressedTo: department, when: at(START), expected: { kind: "CHOOSE_DELEGATE" as const } },
    { name: "15:00 on the day, at the department, a ward police named: ask again", addressedTo: department, chosen: wardPolice, when: at(START), expected: { kind: "CHOOSE_DELEGATE" as const } },
    { name: "15:00 on the day, at a ward police: not competent", addressedTo: wardPolice, when: at(START), expected: { kind: "NOT_COMPETENT" as const } },
    { name: "15:00 on the day, at a ward merged away before: not competent", addressedTo: oldWard, when: at(START), expected: { kind: "NOT_COMPETENT" as const } },
    { name: "15:00 on the day, the other department keeps its own", addressedTo: otherDepartment, when: at(START), expected: routed("dept-2", null) },
  ];
  it.each(cases)("$name", ({ addressedTo, chosen, when, expected }) => {
    const route = routeNewDossier({ procedure: transportLicence, addressedTo, chosen, delegations: [toWards], at: when });
    expect(outcomeOf(route)).toEqual(expected);
  });

  it("17:00 UTC the day before is 00:00 in Hà Nội on the day: the delegation applies", () => {
    const instant = new Date(`${dayBefore}T17:00:00.000Z`);
    expect(localDateOf(instant)).toBe(START);
    expect(isInForce(toWards, instant)).toBe(true);
    expect(isInForce(toWards, new Date(instant.getTime() - 1))).toBe(false);
  });
});

describe("the last day, revocation, a new ward", () => {
  const ended: DelegationRule = { ...toWards, validUntil: "2026-06-30" };
  const revoked: DelegationRule = { ...toWards, revokedAt: at("2026-03-10", "10:30") };
  it.each([
    { name: "the last day, 23:59: still the ward", delegation: ended, when: at("2026-06-30", "23:59"), addressedTo: bachMai, expected: routed("bach-mai", "d-1") },
    { name: "the day after the last: the department again", delegation: ended, when: at("2026-07-01", "00:00"), addressedTo: department, expected: routed("dept", null) },
    { name: "the day after the last, at a ward: not competent", delegation: ended, when: at("2026-07-01", "00:00"), addressedTo: bachMai, expected: { kind: "NOT_COMPETENT" as const } },
    { name: "a minute before revocation: the ward", delegation: revoked, when: at("2026-03-10", "10:29"), addressedTo: bachMai, expected: routed("bach-mai", "d-1") },
    { name: "at the revocation: the department", delegation: revoked, when: at("2026-03-10", "10:30"), addressedTo: department, expected: routed("dept", null) },
    { name: "a ward created after the decision, from its first day", delegation: toWards, when: at("2026-03-01", "08:00"), addressedTo: newWard, expected: routed("new-ward", "d-1") },
    { name: "that ward the day before it exists", delegation: toWards, when: at("2026-02-28", "08:00"), addressedTo: newWard, expected: { kind: "NOT_COMPETENT" as const } },
  ])("$name", ({ delegation, when, addressedTo, expected }) => {
    const route = routeNewDossier({ procedure: transportLicence, addressedTo, delegations: [delegation], at: when });
    expect(outcomeOf(route)).toEqual(expected);
  });
});

describe("scope: a procedure, a field, and what the delegator does not implement", () => {
  const wholeField: DelegationRule = { ...toWards, id: "d-field", scope: { fieldId: "f-transport" } };
  const toOneAgency: DelegationRule = { ...toWards, id: "d-one", delegate: { agencyId: "board" } };
  it("a field covers every procedure of it that the delegator implements", () => {
    expect(delegationOf(otherOfField, "dept", [wholeField], at(START))?.id).toBe("d-field");
    expect(delegationOf({ ...otherOfField, implementerIds: ["dept-2"] }, "dept", [wholeField], at(START))).toBeNull();
  });
  it("the procedure's own delegation wins over the field's", () => {
    const own: DelegationRule = { ...toOneAgency, validFrom: "2026-01-01" };
    expect(delegationOf(transportLicence, "dept", [own, wholeField], at(START))?.id).toBe("d-one");
    expect(delegationOf(transportLicence, "dept", [wholeField, own], at(START))?.id).toBe("d-one");
  });
  it("to one agency: the department's dossiers go to it, whoever asks", () => {
    expect(outcomeOf(routeNewDossier({ procedure: transportLicence, addressedTo: department, delegations: [toOneAgency], at: at(START) }))).toEqual(routed("board", "d-one"));
  });
  it("to an agency that implements the procedure itself: it takes the dossier in its own name", () => {
    const toImplementer: DelegationRule = { ...toOneAgency, delegate: { agencyId: "dept-2" } };
    expect(outcomeOf(routeNewDossier({ procedure: transportLicence, addressedTo: department, delegations: [toImplementer], at: at(START) }))).toEqual(routed("dept-2", null));
  });
  it("a ward that implements the procedure in its own right needs no delegation", () => {
    const wardProcedure: ProcedureFacts = { ...transportLicence, implementerIds: ["dept", "bach-mai"] };
    expect(competenceOf(bachMai, wardProcedure, [toWards], at(START))).toEqual({ ok: true, delegation: null });
    expect(competenceOf(hoanKiem, wardProcedure, [toWards], at(START))).toEqual({ ok: true, delegation: toWards });
  });
});

describe("dossiers filed or received before the start", () => {
  const handsOver: DelegationRule = { ...toWards, delegatorKeepsFiledBefore: false };
  const filedBefore: RoutedDossier = { agencyId: "dept", filedAt: at(dayBefore, "15:00"), receivedAt: null, delegationId: null };
  const receivedBefore: RoutedDossier = { ...filedBefore, receivedAt: at(dayBefore, "16:00") };
  const draft: RoutedDossier = { agencyId: "dept", filedAt: null, receivedAt: null, delegationId: null };
  const route = (dossier: RoutedDossier, delegation: DelegationRule, when: Date, chosen?: AgencyFacts) =>
    routeDossier({ procedure: transportLicence, dossier, agency: department, chosen, delegations: [delegation], at: when });

  it.each([
    { name: "received the day before, decided on the day: the department", dossier: receivedBefore, delegation: toWards, when: at(START), expected: { kind: "STAYS" as const } },
    { name: "received the day before, decided a month later, even if the decision hands over what was filed", dossier: receivedBefore, delegation: handsOver, when: at("2026-02-15"), expected: { kind: "STAYS" as const } },
    { name: "filed the day before, received on the day, the delegator keeps it: the department", dossier: filedBefore, delegation: toWards, when: at(START), expected: { kind: "STAYS" as const } },
    { name: "filed the day before, received on the day, handed over: the ward named at the desk", dossier: filedBefore, delegation: handsOver, when: at(START), chosen: bachMai, expected: routed("bach-mai", "d-1") },
    { name: "filed the day before, handed over, no ward named: ask for it", dossier: filedBefore, delegation: handsOver, when: at(START), expected: { kind: "CHOOSE_DELEGATE" as const } },
    { name: "filed the day before, received the day before: the department", dossier: filedBefore, delegation: handsOver, when: at(dayBefore, "16:00"), expected: { kind: "STAYS" as const } },
    { name: "a draft started the day before, sent on the day, ward named: the ward", dossier: draft, delegation: toWards, when: at(START), chosen: hoanKiem, expected: routed("hoan-kiem", "d-1") },
    { name: "a draft started the day before, sent on the day, no ward: ask for it", dossier: draft, delegation: toWards, when: at(START), expected: { kind: "CHOOSE_DELEGATE" as const } },
    { name: "a draft sent at 15:00 the day before: the department", dossier: draft, delegation: toWards, when: at(dayBefore), expected: routed("dept", null) },
  ])("$name", ({ dossier, delegation, when, chosen, expected }) => {
    expect(outcomeOf(route(dossier, delegation, when, chosen))).toEqual(expected);
  });

  it("a dossier already routed under a delegation stays with its delegate", () => {
    const atWard = { agencyId: "bach-mai", filedAt: at(START), receivedAt: null, delegationId: "d-1" };
    expect(routeDossier({ procedure: transportLicence, dossier: atWard, agency: bachMai, delegations: [{ ...handsOver, validUntil: START }], at: at("2026-02-01") })).toEqual({ kind: "STAYS" });
  });
});

describe("properties", () => {
  const day = fc.integer({ min: -400, max: 400 }).map((offset) => addDays(START, offset));
  const instant = fc.tuple(day, fc.integer({ min: 0, max: 1439 })).map(([date, minute]) => fromLocal(date, minute));
  const wards = [bachMai, hoanKiem, oldWard, newWard];
  const delegation = fc.record({
    from: fc.integer({ min: -200, max: 200 }),
    length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
    revokeAfter: fc.option(fc.integer({ min: 0, max: 400 * 1440 }), { nil: null }),
    keeps: fc.boolean(),
    toOne: fc.boolean(),
  }).map(({ from, length, revokeAfter, keeps, toOne }): DelegationRule => {
    const validFrom = addDays(START, from);
    return {
      ...toWards, validFrom, validUntil: length === null ? null : addDays(validFrom, length),
      revokedAt: revokeAfter === null ? null : new Date(fromLocal(validFrom, 0).getTime() + revokeAfter * 60_000),
      delegatorKeepsFiledBefore: keeps, delegate: toOne ? { agencyId: "board" } : { group: "COMMUNES" },
    };
  });

  it("every routed dossier goes to an agency competent at that instant, under the delegation it names", () => {
    fc.assert(fc.property(delegation, instant, fc.constantFrom(department, otherDepartment, managementBoard, wardPolice, ...wards), fc.constantFrom(undefined, ...wards), (rule, when, addressedTo, chosen) => {
      const route = routeNewDossier({ procedure: transportLicence, addressedTo, chosen, delegations: [rule], at: when });
      if (route.kind !== "ROUTED") return;
      const target = [department, otherDepartment, managementBoard, wardPolice, ...wards].find((agency) => agency.id === route.agencyId)!;
      expect(competenceOf(target, transportLicence, [rule], when)).toEqual({ ok: true, delegation: route.delegation });
    }), { numRuns: 2000 });
  });

  it("the department takes new dossiers exactly when no delegation of it applies", () => {
    fc.assert(fc.property(delegation, instant, (rule, when) => {
      const route = routeNewDossier({ procedure: transportLicence, addressedTo: department, chosen: bachMai, delegations: [rule], at: when });
      const applies = isInForce(rule, when);
      expect(route.kind === "ROUTED" && route.agencyId === "dept").toBe(!applies);
      if (applies) expect(route).toMatchObject({ kind: "ROUTED", delegation: { id: rule.id } });
    }), { numRuns: 2000 });
  });

  it("a received dossier never moves, whatever applies when it is acted on", () => {
    fc.assert(fc.property(delegation, instant, instant, (rule, receivedAt, when) => {
      const dossier = { agencyId: "dept", filedAt: receivedAt, receivedAt, delegationId: null };
      expect(routeDossier({ procedure: transportLicence, dossier, agency: department, chosen: bachMai, delegations: [rule], at: when })).toEqual({ kind: "STAYS" });
    }), { numRuns: 1000 });
  });

  it("a dossier filed before the start moves only to a delegate, and only when the decision hands those over", () => {
    fc.assert(fc.property(delegation, instant, instant, (rule, filedAt, when) => {
      const dossier = { agencyId: "dept", filedAt, receivedAt: null, delegationId: null };
      const route = routeDossier({ procedure: transportLicence, dossier, agency: department, chosen: hoanKiem, delegations: [rule], at: when });
      if (route.kind === "STAYS") return;
      expect(rule.delegatorKeepsFiledBefore).toBe(false);
      expect(isInForce(rule, when)).toBe(true);
      if (route.kind === "CHOOSE_DELEGATE") {
        // The ward named did not exist yet on that day: the desk is asked for a ward of the day.
        expect("group" in rule.delegate && localDateOf(when) < hoanKiem.validFrom!).toBe(true);
        return;
      }
      expect(route).toMatchObject({ kind: "ROUTED", agencyId: "agencyId" in rule.delegate ? "board" : "hoan-kiem" });
    }), { numRuns: 1000 });
  });
});
