// The inputs of the delegation commands, one zod schema each, shared by the future form (hints)
// and the server (always re-parses). Messages are keys of the DelegationErrors texts
// (lib/i18n/messages/delegation.{vi,en}.json), shown in the administrator's language at their field.
// Pure: what needs the database or today's date is checked by the commands.
import { z } from "zod";
import { parseDay } from "@/lib/statistics/period";

export { parseDay };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const text = (min: number, max: number, key: string) =>
  z.string({ message: key }).transform((value) => value.trim().replace(/\s+/g, " ")).pipe(z.string().min(min, { message: key }).max(max, { message: key }));
const day = (key: string) => z.string({ message: key }).trim().transform((value, context) => {
  const parsed = parseDay(value);
  if (!parsed) context.addIssue({ code: "custom", message: key });
  return parsed ?? "";
});
const optionalDay = (key: string) =>
  z.string().trim().optional().transform((value, context) => {
    if (!value) return null;
    const parsed = parseDay(value);
    if (!parsed) context.addIssue({ code: "custom", message: key });
    return parsed;
  });

/** The decision's number as printed: digits, the year for some, then the issuer's symbol ("123/QĐ-UBND", "05/2025/QĐ-UBND"). */
export const DECISION_NUMBER = /^\d{1,6}(\/\d{4})?\/[\p{L}\p{N}.\-]{2,40}$/u;

export const ZRecordDelegation = z
  .object({
    delegatorId: z.string({ message: "delegator" }).regex(UUID, { message: "delegator" }),
    delegateKind: z.enum(["AGENCY", "GROUP"], { message: "delegateKind" }),
    delegateAgencyId: z.string().optional(),
    delegateGroup: z.string().optional(),
    scopeKind: z.enum(["PROCEDURE", "FIELD"], { message: "scopeKind" }),
    procedureCode: z.string().trim().optional(),
    fieldCode: z.string().trim().optional(),
    delegateUnitCode: z.string().trim().toUpperCase().optional().transform((value) => value || null)
      .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,15}$/, { message: "unitCode" }).nullable()),
    decisionNumber: text(3, 60, "decisionNumber").pipe(z.string().regex(DECISION_NUMBER, { message: "decisionNumber" })),
    decisionDate: day("decisionDate"),
    decisionSigner: text(5, 200, "decisionSigner"),
    validFrom: day("validFrom"),
    validUntil: optionalDay("validUntil"),
    delegatorKeepsFiledBefore: z.boolean({ message: "keepsFiledBefore" }),
  })
  .superRefine((input, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (input.delegateKind === "AGENCY" && !UUID.test(input.delegateAgencyId ?? "")) issue("delegateAgencyId", "delegateAgency");
    if (input.delegateKind === "GROUP" && input.delegateGroup !== "COMMUNES") issue("delegateGroup", "delegateGroup");
    if (input.scopeKind === "PROCEDURE" && !/^\d\.\d{6}$/.test(input.procedureCode ?? "")) issue("procedureCode", "procedure");
    if (input.scopeKind === "FIELD" && !/^[\p{L}\p{N}_-]{1,60}$/u.test(input.fieldCode ?? "")) issue("fieldCode", "field");
    if (input.decisionDate && input.validFrom && input.validFrom < input.decisionDate) issue("validFrom", "validFromBeforeDecision");
    if (input.validUntil && input.validFrom && input.validUntil < input.validFrom) issue("validUntil", "validUntilBeforeFrom");
  });

export type TRecordDelegation = z.input<typeof ZRecordDelegation>;
export type TRecordDelegationParsed = z.output<typeof ZRecordDelegation>;

export const ZEndDelegation = z.object({
  delegationId: z.string({ message: "delegation" }).regex(UUID, { message: "delegation" }),
  validUntil: day("validUntil"),
});
export type TEndDelegation = z.input<typeof ZEndDelegation>;

export const ZRevokeDelegation = z.object({
  delegationId: z.string({ message: "delegation" }).regex(UUID, { message: "delegation" }),
  reason: text(5, 500, "revocationReason"),
});
export type TRevokeDelegation = z.input<typeof ZRevokeDelegation>;

/** Field → message key, the first problem of each field (the form shows one message per field). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}
