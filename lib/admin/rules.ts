// The administrator's rules, pure: which role fits which kind of unit, the officers' password
// policy, a processing plan's checks against the procedure's legal time limit, and what an edit of a
// day of the working calendar may set. No database, no clock (docs/domain/administration.md).
import { z } from "zod";

export type OfficerRoleName = "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER";
export type UnitKindName = "ONE_STOP_DESK" | "PROCESSING" | "LEADERSHIP";
export type TimeUnitName = "WORKING_DAYS" | "CALENDAR_DAYS" | "HOURS";
export type DayKindName = "WORKDAY" | "WEEKEND" | "HOLIDAY" | "COMPENSATORY_DAY_OFF" | "MAKEUP_WORKDAY";

export const OFFICER_ROLES: readonly OfficerRoleName[] = ["DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "AGENCY_LEADER"];
export const UNIT_KINDS: readonly UnitKindName[] = ["ONE_STOP_DESK", "PROCESSING", "LEADERSHIP"];
export const TIME_UNITS: readonly TimeUnitName[] = ["WORKING_DAYS", "CALENDAR_DAYS", "HOURS"];

/** Where each role works: the desk at the one-stop desk, specialists and heads in a processing unit, leaders in the leadership. */
export const UNIT_KIND_OF_ROLE: Record<OfficerRoleName, UnitKindName> = {
  DESK_OFFICER: "ONE_STOP_DESK",
  SPECIALIST: "PROCESSING",
  UNIT_HEAD: "PROCESSING",
  AGENCY_LEADER: "LEADERSHIP",
};

export const isOfficerRole = (value: unknown): value is OfficerRoleName => OFFICER_ROLES.includes(value as OfficerRoleName);
export const isUnitKind = (value: unknown): value is UnitKindName => UNIT_KINDS.includes(value as UnitKindName);
export const isTimeUnit = (value: unknown): value is TimeUnitName => TIME_UNITS.includes(value as TimeUnitName);

// ───────────── Officers' passwords ─────────────

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** The password an invited officer sets. Messages are keys of the Admin texts (shown at the field). */
export const ZStaffPassword = z
  .object({
    password: z.string().min(MIN_PASSWORD_LENGTH, { message: "passwordShort" }).max(MAX_PASSWORD_LENGTH, { message: "passwordLong" }),
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { path: ["confirm"], message: "passwordMismatch" });

export type TStaffPassword = z.infer<typeof ZStaffPassword>;

/** Field → message key, the first problem of each field. */
export function passwordErrors(input: { password: string; confirm: string }): Record<string, string> {
  const parsed = ZStaffPassword.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "password");
    errors[field] ??= issue.message;
  }
  return errors;
}

// ───────────── Units ─────────────

/** Unit codes are short, upper-case, as processing plans name them (MC, VHXH, LD). */
export const UNIT_CODE = /^[A-Z0-9][A-Z0-9_-]{0,15}$/;

// ───────────── Processing plans ─────────────

export type PlanStepInput = {
  name: string;
  unitCode: string;
  role: string;
  durationValue: number | null;
  durationUnit: string | null;
};

export type TimeLimit = { value: number; unit: TimeUnitName };

/** A working day of the default hours (08:00–12:00, 13:00–17:00), to add hours to days. */
export const HOURS_PER_WORKING_DAY = 8;
export const MAX_PLAN_STEPS = 12;

export type PlanProblem =
  | "tooFewSteps" | "tooManySteps" | "firstNotDesk" | "lastNotDesk" | "overLimit";
export type StepProblem =
  | "nameRequired" | "nameLong" | "unitUnknown" | "roleInvalid" | "roleUnit" | "durationRequired" | "durationInvalid" | "durationUnit";

export type PlanCheck = {
  /** Problems of the plan as a whole. */
  problems: PlanProblem[];
  /** Problems per step (index in the list) and field. */
  stepProblems: Record<number, Partial<Record<"name" | "unitCode" | "role" | "durationValue" | "durationUnit", StepProblem>>>;
  /** Sum of the step times in the unit of each limit, where it can be added up. */
  totals: { unit: TimeUnitName; total: number; limit: number }[];
};

/** A step's time in the unit of a limit; null when the two cannot be added (calendar days and hours). */
export function durationIn(value: number, unit: TimeUnitName, limitUnit: TimeUnitName): number | null {
  if (unit === limitUnit) return value;
  if (unit === "HOURS" && limitUnit === "WORKING_DAYS") return value / HOURS_PER_WORKING_DAY;
  return null;
}

/**
 * Checks a plan: its first and last steps are the one-stop desk's (under the one-stop mechanism the
 * desk receives the dossier and returns the result), each step names a unit the agencies have and a role that works there,
 * and, where the procedure states legal time limits, every step has a time and together they fit
 * within each limit (the control slip then shows which leg made a dossier late).
 */
export function checkPlan(steps: PlanStepInput[], units: ReadonlyMap<string, UnitKindName>, limits: TimeLimit[]): PlanCheck {
  const problems: PlanProblem[] = [];
  const stepProblems: PlanCheck["stepProblems"] = {};
  const flag = (index: number, field: keyof PlanCheck["stepProblems"][number], problem: StepProblem) => {
    (stepProblems[index] ??= {})[field] ??= problem;
  };
  if (steps.length < 3) problems.push("tooFewSteps");
  if (steps.length > MAX_PLAN_STEPS) problems.push("tooManySteps");
  steps.forEach((step, index) => {
    if (!step.name.trim()) flag(index, "name", "nameRequired");
    else if (step.name.length > 200) flag(index, "name", "nameLong");
    const kind = units.get(step.unitCode);
    if (!kind) flag(index, "unitCode", "unitUnknown");
    if (!isOfficerRole(step.role)) flag(index, "role", "roleInvalid");
    else if (kind && UNIT_KIND_OF_ROLE[step.role] !== kind) flag(index, "role", "roleUnit");
    if (step.durationValue === null) {
      if (limits.length > 0) flag(index, "durationValue", "durationRequired");
    } else if (!Number.isFinite(step.durationValue) || step.durationValue <= 0 || step.durationValue > 9999 || Math.round(step.durationValue * 100) !== step.durationValue * 100) {
      flag(index, "durationValue", "durationInvalid");
    }
    if (step.durationValue !== null && !isTimeUnit(step.durationUnit)) flag(index, "durationUnit", "durationUnit");
    else if (step.durationValue !== null && isTimeUnit(step.durationUnit) && limits.some((limit) => durationIn(1, step.durationUnit as TimeUnitName, limit.unit) === null)) {
      flag(index, "durationUnit", "durationUnit");
    }
  });
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (first && (units.get(first.unitCode) !== "ONE_STOP_DESK" || first.role !== "DESK_OFFICER")) problems.push("firstNotDesk");
  if (last && steps.length > 1 && (units.get(last.unitCode) !== "ONE_STOP_DESK" || last.role !== "DESK_OFFICER")) problems.push("lastNotDesk");
  const totals: PlanCheck["totals"] = [];
  for (const limit of limits) {
    let total = 0;
    let isComplete = true;
    for (const step of steps) {
      const value = step.durationValue !== null && isTimeUnit(step.durationUnit) ? durationIn(step.durationValue, step.durationUnit, limit.unit) : null;
      if (value === null) isComplete = false;
      else total += value;
    }
    if (!isComplete) continue;
    // Hundredths: 0.25 + 0.5 + … must compare exactly with the limit.
    total = Math.round(total * 10_000) / 10_000;
    totals.push({ unit: limit.unit, total, limit: limit.value });
    if (total > limit.value) problems.push("overLimit");
  }
  return { problems: [...new Set(problems)], stepProblems, totals };
}

export const isPlanValid = (check: PlanCheck): boolean => check.problems.length === 0 && Object.keys(check.stepProblems).length === 0;

/**
 * Plan steps keep their ids by position (a dossier's open leg points at its step), so an edit may
 * not remove a position a running dossier stands on, nor, when the number of steps changes, turn
 * the step under a dossier into the return step (the last position) or the other way round.
 * Returns the positions that block the change.
 */
export function blockedPositions(oldCount: number, newCount: number, openPositions: readonly number[]): number[] {
  return [...new Set(openPositions)]
    .filter((position) => position > newCount || (newCount !== oldCount && (position === oldCount || position === newCount)))
    .sort((a, b) => a - b);
}

// ───────────── Working calendar ─────────────

/** What an administrator may set a day to; NORMAL puts the weekday or weekend back. */
export const DAY_EDIT_KINDS = ["HOLIDAY", "COMPENSATORY_DAY_OFF", "MAKEUP_WORKDAY", "NORMAL"] as const;
export type DayEditKind = (typeof DAY_EDIT_KINDS)[number];
export const MAX_DAYS_PER_EDIT = 31;

export type DayRow = { date: string; isWorkingDay: boolean; kind: DayKindName; name: string | null };
export type DayEditProblem = "makeupWeekday" | "compensatoryWeekend" | "nameRequired" | "nameLong";

const isWeekendDate = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The row a day becomes: a holiday or a compensatory day off is not worked (Labour Code 2019 art.
 * 112–113); a make-up working day is a Saturday or Sunday worked in exchange for a day off, as the
 * Prime Minister's and the Ministry of Home Affairs' notices set each year.
 */
export function editedDay(date: string, kind: DayEditKind, name: string): { ok: true; row: DayRow } | { ok: false; problem: DayEditProblem } {
  const weekend = isWeekendDate(date);
  const trimmed = name.trim();
  if (kind === "NORMAL") return { ok: true, row: { date, isWorkingDay: !weekend, kind: weekend ? "WEEKEND" : "WORKDAY", name: null } };
  if (kind === "MAKEUP_WORKDAY" && !weekend) return { ok: false, problem: "makeupWeekday" };
  if (kind === "COMPENSATORY_DAY_OFF" && weekend) return { ok: false, problem: "compensatoryWeekend" };
  if (!trimmed) return { ok: false, problem: "nameRequired" };
  if (trimmed.length > 120) return { ok: false, problem: "nameLong" };
  return { ok: true, row: { date, isWorkingDay: kind === "MAKEUP_WORKDAY", kind, name: trimmed } };
}

/** The dates from `from` to `to` inclusive (yyyy-mm-dd), or null if backwards, too long or across years. */
export function dateRange(from: string, to: string): string[] | null {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start || from.slice(0, 4) !== to.slice(0, 4)) return null;
  const dates: string[] = [];
  for (let time = start; time <= end; time += 86_400_000) dates.push(new Date(time).toISOString().slice(0, 10));
  return dates.length <= MAX_DAYS_PER_EDIT ? dates : null;
}

/** Every date of a year as weekdays worked and weekends off: a new year before its notice is out. */
export function defaultYear(year: number): DayRow[] {
  const rows: DayRow[] = [];
  for (let time = Date.UTC(year, 0, 1); time < Date.UTC(year + 1, 0, 1); time += 86_400_000) {
    const date = new Date(time).toISOString().slice(0, 10);
    const weekend = isWeekendDate(date);
    rows.push({ date, isWorkingDay: !weekend, kind: weekend ? "WEEKEND" : "WORKDAY", name: null });
  }
  return rows;
}
