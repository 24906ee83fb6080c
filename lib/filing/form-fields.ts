// A procedure's request form as data (procedure.form_fields) and its validation, built from that
// data: the same rules give the browser its hints (required, length, type) and the server its
// check, which always runs. Errors are codes; the page says them in the visitor's language.
import { z } from "zod";

export const FIELD_TYPES = ["text", "date", "select", "textarea", "number"] as const;

export const ZFormOption = z.object({ value: z.string().min(1), label: z.string().min(1), labelEn: z.string().min(1) });
export const ZFormField = z.object({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,59}$/),
  label: z.string().min(1),
  labelEn: z.string().min(1),
  type: z.enum(FIELD_TYPES),
  required: z.boolean(),
  options: z.array(ZFormOption).min(1).optional(),
  hint: z.string().optional(),
  hintEn: z.string().optional(),
});
export const ZFormFields = z.array(ZFormField);

export type FormOption = z.infer<typeof ZFormOption>;
export type FormField = z.infer<typeof ZFormField>;
export type FieldErrorCode = "required" | "tooLong" | "date" | "option" | "number";

export const MAX_LENGTH = { text: 300, textarea: 4000 } as const;
const MAX_NUMBER = 1e13;

/** yyyy-MM-dd, or dd/MM/yyyy as residents write it; the real calendar date or null. */
export function parseFormDate(raw: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const local = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : local ? [Number(local[3]), Number(local[2]), Number(local[1])] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "50.000.000", "50 000 000" or "50000000" → 50000000; anything else null. */
export function parseFormNumber(raw: string): number | null {
  const digits = raw.replace(/[\s.]/g, "");
  if (!/^\d{1,14}$/.test(digits)) return null;
  const value = Number(digits);
  return value <= MAX_NUMBER ? value : null;
}

function fieldSchema(field: FormField): z.ZodType<string | number | undefined> {
  const text = z.string().transform((value) => value.trim());
  const optionalEmpty = (value: string) => (value === "" ? undefined : value);
  const required = (value: string, ctx: z.RefinementCtx) => {
    if (value === "" && field.required) ctx.addIssue({ code: "custom", message: "required" });
  };
  switch (field.type) {
    case "text":
    case "textarea":
      return text.superRefine(required).superRefine((value, ctx) => {
        if (value.length > MAX_LENGTH[field.type as "text" | "textarea"]) ctx.addIssue({ code: "custom", message: "tooLong" });
      }).transform(optionalEmpty);
    case "date":
      return text.superRefine(required).superRefine((value, ctx) => {
        if (value !== "" && parseFormDate(value) === null) ctx.addIssue({ code: "custom", message: "date" });
      }).transform((value) => (value === "" ? undefined : (parseFormDate(value) ?? undefined)));
    case "select":
      return text.superRefine(required).superRefine((value, ctx) => {
        if (value !== "" && !(field.options ?? []).some((option) => option.value === value)) ctx.addIssue({ code: "custom", message: "option" });
      }).transform(optionalEmpty);
    case "number":
      return text.superRefine(required).superRefine((value, ctx) => {
        if (value !== "" && parseFormNumber(value) === null) ctx.addIssue({ code: "custom", message: "number" });
      }).transform((value) => (value === "" ? undefined : (parseFormNumber(value) ?? undefined)));
  }
}

/** The zod schema of a procedure's form: one entry per field, unknown inputs dropped. */
export function formSchema(fields: readonly FormField[]) {
  return z.object(Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field)])));
}

export type FormCheck =
  | { ok: true; values: Record<string, string | number> }
  | { ok: false; errors: Record<string, FieldErrorCode>; raw: Record<string, string> };

/** Checks submitted answers (strings from a form) against the procedure's fields. */
export function checkForm(fields: readonly FormField[], input: Record<string, unknown>): FormCheck {
  const raw = Object.fromEntries(fields.map((field) => [field.name, typeof input[field.name] === "string" ? (input[field.name] as string) : ""]));
  const parsed = formSchema(fields).safeParse(raw);
  if (parsed.success) {
    const values = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)) as Record<string, string | number>;
    return { ok: true, values };
  }
  const errors: Record<string, FieldErrorCode> = {};
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0]);
    errors[name] ??= issue.message as FieldErrorCode;
  }
  return { ok: false, errors, raw };
}

/** The stored answers shown back in the form (numbers and dates as the inputs take them). */
export function answersAsInput(fields: readonly FormField[], stored: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.name, stored[field.name] === undefined || stored[field.name] === null ? "" : String(stored[field.name])]));
}
