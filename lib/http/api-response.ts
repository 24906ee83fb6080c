import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { ERRORS, isAppError, type ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/log";

/** JSON error body of the public API: code, messages in Vietnamese and English, field errors. */
export function apiError(code: ErrorCode, fields?: Record<string, string>, reference?: string): Response {
  const entry = ERRORS[code];
  return Response.json(
    { error: { code, message: entry.vi, messageEn: entry.en, ...(fields ? { fields } : {}), ...(reference ? { reference } : {}) } },
    { status: entry.status, headers: { "cache-control": "no-store" } },
  );
}

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Expected errors answer with their catalogue entry; anything else is logged with a reference. */
export function apiFailure(error: unknown, route: string): Response {
  if (isAppError(error)) return apiError(error.code, error.fields);
  const reference = randomUUID();
  // The message may quote the input (Prisma prints a call's arguments): log where, not what.
  const stack = error instanceof Error ? (error.stack ?? "").split("\n").slice(1, 8).join("\n") : undefined;
  logger.error({ event: "api.unexpected_error", route, reference, errorName: error instanceof Error ? error.name : typeof error, stack });
  return apiError("INTERNAL", undefined, reference);
}
