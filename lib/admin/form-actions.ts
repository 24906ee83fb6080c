import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { parseFormDate } from "@/lib/filing/form-fields";
import { AppError, ERRORS } from "@/lib/errors";
import { addCalendarYear, publishYear, setCalendarDays } from "./edit-calendar";
import { savePlan } from "./edit-plan";
import { AdminFieldErrors } from "./field-errors";
import { acceptInvitation, inviteOfficer, revokeInvitation } from "./invite-officer";
import { moveOfficer, resetSecondFactor, setOfficerActive } from "./manage-officer";
import { createUnit, renameUnit, setUnitActive } from "./manage-units";
import { isDelegationIntent, runDelegationIntent } from "@/lib/delegation/form-intents";
import { isIndicatorKey, saveIndicatorSettings } from "@/lib/national-index/settings";
import { DAY_EDIT_KINDS, type DayEditKind, type PlanStepInput } from "./rules";
import { currentAdminActor, type AdminActor } from "./scope";

// The administrator's forms: read from the form (ids are hidden fields, lookup keys only; who acts
// comes from the session), one command, and either where to go next or the form again with each
// error, in the administrator's language, at its field and what they typed kept. Out of scope: 404.

export type AdminFormState = {
  intent?: string;
  formError?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed, given back so that nothing is lost when the form is shown again (never a password). */
  values?: Record<string, string>;
};

export type AdminOutcome = { redirectTo: string } | { state: AdminFormState };

const text = (formData: FormData, name: string, max = 500): string => String(formData.get(name) ?? "").trim().slice(0, max);
const SECRET_FIELDS = new Set(["password", "confirm", "token"]);

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$") || SECRET_FIELDS.has(name)) continue;
    values[name] = value.slice(0, 500);
  }
  return values;
}

async function failure(intent: string, error: unknown, formData: FormData): Promise<AdminOutcome> {
  const values = typedValues(formData);
  if (error instanceof AdminFieldErrors) {
    // Keys come from the commands (lib/admin, lib/delegation); each namespace has its own.
    const t = (await getTranslations(error.namespace)) as unknown as (key: string, values: Record<string, string | number>) => string;
    const translate = (key: string) => t(key, error.values);
    const fieldErrors: Record<string, string> = {};
    let formError: string | undefined;
    for (const [field, key] of Object.entries(error.fields)) {
      if (field === "form") formError = translate(key);
      else fieldErrors[field] = translate(key);
    }
    return { state: { intent, fieldErrors, formError, values } };
  }
  if (error instanceof AppError && error.code !== "NOT_FOUND") {
    return { state: { intent, formError: ERRORS[error.code][(await getLocale()) === "en" ? "en" : "vi"], values } };
  }
  throw error;
}

const agencyQuery = (actor: AdminActor, agencyId: string) => (actor.agencyId ? "" : `?co-quan=${encodeURIComponent(agencyId)}`);
const withDone = (path: string, done: string, extra = "") => `${path}${path.includes("?") ? "&" : "?"}xong=${done}${extra}`;

/** "0,5" or "0.5" → 0.5; empty → null; anything else NaN (the rule then says so at the field). */
function decimal(raw: string): number | null {
  if (!raw) return null;
  return /^\d{1,4}([.,]\d{1,2})?$/.test(raw) ? Number(raw.replace(",", ".")) : Number.NaN;
}

function planRows(formData: FormData): { steps: PlanStepInput[]; rows: number[] } {
  const count = Math.min(Number(formData.get("rows")) || 0, 20);
  const steps: PlanStepInput[] = [];
  const rows: number[] = [];
  for (let row = 0; row < count; row++) {
    const field = (name: string) => text(formData, `step-${row}-${name}`, 200);
    // A row left without a name and a unit is not a step (how a step is removed, or a spare row left empty).
    if (!field("name") && !field("unitCode")) continue;
    steps.push({ name: field("name"), unitCode: field("unitCode"), role: field("role"), durationValue: decimal(field("durationValue")), durationUnit: field("durationUnit") || null });
    rows.push(row);
  }
  return { steps, rows };
}

async function run(intent: string, formData: FormData, actor: AdminActor, now: Date): Promise<string> {
  const base = "/can-bo/quan-tri";
  const agencyId = text(formData, "agencyId", 40);
  switch (intent) {
    case "INVITE": {
      await inviteOfficer({ actor, now, input: { agencyId, email: text(formData, "email", 254), fullName: text(formData, "fullName", 120), unitId: text(formData, "unitId", 40), officerRole: text(formData, "officerRole", 20) } });
      return withDone(`${base}/can-bo${agencyQuery(actor, agencyId)}`, "moi");
    }
    case "REVOKE_INVITATION":
      await revokeInvitation({ actor, now, invitationId: text(formData, "invitationId", 40) });
      return withDone(`${base}/can-bo${agencyQuery(actor, agencyId)}`, "thu-hoi");
    case "DEACTIVATE_OFFICER":
    case "REACTIVATE_OFFICER": {
      const officerId = text(formData, "officerId", 40);
      const { heldDossiers } = await setOfficerActive({ actor, now, officerId, isActive: intent === "REACTIVATE_OFFICER" });
      return withDone(`${base}/can-bo/${officerId}`, intent === "DEACTIVATE_OFFICER" ? "khoa" : "mo-khoa", heldDossiers > 0 ? `&dang-giu=${heldDossiers}` : "");
    }
    case "MOVE_OFFICER": {
      const officerId = text(formData, "officerId", 40);
      await moveOfficer({ actor, now, officerId, unitId: text(formData, "unitId", 40), officerRole: text(formData, "officerRole", 20) });
      return withDone(`${base}/can-bo/${officerId}`, "chuyen");
    }
    case "RESET_SECOND_FACTOR": {
      const officerId = text(formData, "officerId", 40);
      await resetSecondFactor({ actor, now, officerId });
      return withDone(`${base}/can-bo/${officerId}`, "dat-lai-2fa");
    }
    case "CREATE_UNIT": {
      const id = await createUnit({ actor, now, agencyId, code: text(formData, "code", 20), name: text(formData, "name", 200), kind: text(formData, "kind", 20) });
      return withDone(`${base}/don-vi/${id}`, "tao");
    }
    case "RENAME_UNIT": {
      const unitId = text(formData, "unitId", 40);
      await renameUnit({ actor, now, unitId, name: text(formData, "name", 200) });
      return withDone(`${base}/don-vi/${unitId}`, "doi-ten");
    }
    case "DEACTIVATE_UNIT":
    case "REACTIVATE_UNIT": {
      const unitId = text(formData, "unitId", 40);
      await setUnitActive({ actor, now, unitId, isActive: intent === "REACTIVATE_UNIT" });
      return withDone(`${base}/don-vi/${unitId}`, intent === "DEACTIVATE_UNIT" ? "ngung" : "mo-lai");
    }
    case "SAVE_PLAN": {
      const code = text(formData, "procedureCode", 10);
      const { steps, rows } = planRows(formData);
      await savePlan({ actor, now, procedureCode: code, steps, rowOf: (index) => rows[index] ?? index });
      return withDone(`${base}/quy-trinh/${code}`, "luu");
    }
    case "ADD_YEAR": {
      const year = Number(text(formData, "year", 4));
      await addCalendarYear({ actor, now, year });
      return withDone(`${base}/lich/${year}`, "them-nam");
    }
    case "SET_DAYS": {
      const year = Number(text(formData, "year", 4));
      const from = parseFormDate(text(formData, "from", 20));
      const rawTo = text(formData, "to", 20);
      const to = rawTo ? parseFormDate(rawTo) : from;
      const kind = text(formData, "kind", 30);
      const errors: Record<string, string> = {};
      if (!from) errors.from = "date";
      if (!to) errors.to = "date";
      if (!(DAY_EDIT_KINDS as readonly string[]).includes(kind)) errors.kind = "dayKind";
      if (Object.keys(errors).length > 0) throw new AdminFieldErrors(errors);
      await setCalendarDays({ actor, now, year, from: from!, to: to!, kind: kind as DayEditKind, name: text(formData, "name", 200) });
      return withDone(`${base}/lich/${year}`, "ngay");
    }
    case "PUBLISH_YEAR": {
      const year = Number(text(formData, "year", 4));
      const rawDate = text(formData, "noticeDate", 20);
      const noticeDate = rawDate ? parseFormDate(rawDate) : null;
      if (rawDate && !noticeDate) throw new AdminFieldErrors({ noticeDate: "date" });
      const summary = await publishYear({ actor, now, year, noticeNumber: text(formData, "noticeNumber", 120), noticeDate });
      return withDone(`${base}/lich/${year}`, "cong-bo", `&xet=${summary.checked}&tinh-lai=${summary.recomputed}&con=${summary.stillProvisional}`);
    }
    case "SAVE_INDEX_GROUP": {
      // One group of the national index: each of its sub-indicators' points, threshold and whether it counts.
      const keys = text(formData, "keys", 400).split(",").filter(isIndicatorKey);
      await saveIndicatorSettings({
        actor, now,
        inputs: keys.map((key) => ({ key, maxPoints: text(formData, `points-${key}`, 10), fullAtPercent: text(formData, `fullAt-${key}`, 10), enabled: text(formData, `enabled-${key}`, 5) !== "no" })),
      });
      return withDone(`${base}/chi-so`, "luu");
    }
    default:
      // The delegations' forms (quan-tri/uy-quyen): their own reading and commands.
      if (isDelegationIntent(intent)) return runDelegationIntent(intent, formData, actor, now);
      throw new AppError("NOT_FOUND");
  }
}

/** Runs the administrator's form the intent names. */
export async function runAdminForm(formData: FormData): Promise<AdminOutcome> {
  const intent = text(formData, "intent", 40);
  const actor = await currentAdminActor();
  try {
    return { redirectTo: await run(intent, formData, actor, new Date()) };
  } catch (error) {
    return failure(intent, error, formData);
  }
}

/** The invited officer sets their password (no session: the link is the proof). */
export async function runAcceptInvitation(formData: FormData): Promise<AdminOutcome> {
  try {
    await acceptInvitation({ token: text(formData, "token", 200), password: String(formData.get("password") ?? ""), confirm: String(formData.get("confirm") ?? ""), now: new Date() });
    return { redirectTo: "/can-bo/kich-hoat/da-kich-hoat" };
  } catch (error) {
    return failure("ACCEPT", error, formData);
  }
}
