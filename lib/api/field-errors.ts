// Per-field messages of a rejected request, in plain words (the error map of the API's parses),
// keyed by the parameter's name: `{ "page": "Tối thiểu là 1." }`.
import { z } from "zod";
import type { TApiLanguage } from "@/lib/http/accept-language";
import { apiMessage, translateMessage } from "./messages";

type TRawIssue = Parameters<z.core.$ZodErrorMap>[0];

const list = (values: readonly unknown[]) => values.map((value) => String(value)).join(", ");

/** The message of one issue; undefined leaves it to zod's own locale (issues we never expect). */
export function issueMessage(issue: TRawIssue, language: TApiLanguage): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return apiMessage(language, "required");
      if (issue.expected === "number") return apiMessage(language, "notANumber");
      if (issue.expected === "int") return apiMessage(language, "notAnInteger");
      return apiMessage(language, "wrongType");
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? apiMessage(language, "empty") : apiMessage(language, "tooShort", { minimum: Number(issue.minimum) });
      if (issue.origin === "number" || issue.origin === "int") return apiMessage(language, "tooSmallNumber", { minimum: Number(issue.minimum) });
      return undefined;
    case "too_big":
      if (issue.origin === "string") return apiMessage(language, "tooLong", { maximum: Number(issue.maximum) });
      if (issue.origin === "number" || issue.origin === "int") return apiMessage(language, "tooBigNumber", { maximum: Number(issue.maximum) });
      return undefined;
    case "invalid_value":
      return apiMessage(language, "oneOf", { values: list(issue.values) });
    case "invalid_format":
      return apiMessage(language, "wrongFormat");
    default:
      return undefined;
  }
}

/** Parses with the API's error map: every issue gets a readable message in `language`. */
export function parseWithMessages<T extends z.ZodType>(schema: T, input: unknown, language: TApiLanguage) {
  const locale = (language === "en" ? z.locales.en : z.locales.vi)().localeError;
  return schema.safeParse(input, { error: (issue) => issueMessage(issue, language) ?? locale(issue) });
}

/** One message per field (the first issue of each), schema keys translated. */
export function fieldErrors(error: z.ZodError, language: TApiLanguage): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_";
    errors[field] ??= translateMessage(language, issue.message);
  }
  return errors;
}
