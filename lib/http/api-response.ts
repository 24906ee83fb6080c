import "server-only";
import { randomUUID } from "node:crypto";
import { ERRORS, isAppError, type ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { TApiLanguage } from "./accept-language";
import { matchesIfNoneMatch, strongEtag } from "./etag";

// The answers of the public API (docs/api.md): JSON bodies with a strong ETag and the endpoint's
// Cache-Control, 304 for a client that already holds the same body, and one shape for every error.

/** The body of every error: a message in the client's language and, for bad input, one per field. */
export type TApiErrorBody = { code: ErrorCode; message: string; errors?: Record<string, string>; reference?: string };

const JSON_TYPE = "application/json; charset=utf-8";

export function apiError(
  code: ErrorCode,
  options: { language: TApiLanguage; errors?: Record<string, string>; reference?: string; headers?: Record<string, string> },
): Response {
  const entry = ERRORS[code];
  const body: TApiErrorBody = { code, message: entry[options.language] };
  if (options.errors && Object.keys(options.errors).length > 0) body.errors = options.errors;
  if (options.reference) body.reference = options.reference;
  // An error is about this request only: never kept by a cache.
  return new Response(JSON.stringify(body), {
    status: entry.status,
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store", ...options.headers },
  });
}

/** Expected errors answer with their catalogue entry; anything else is logged with a reference. */
export function apiFailure(error: unknown, route: string, language: TApiLanguage, headers?: Record<string, string>): Response {
  if (isAppError(error)) return apiError(error.code, { language, errors: error.fields, headers });
  const reference = randomUUID();
  // The message may quote the input (Prisma prints a call's arguments): log where, not what.
  const stack = error instanceof Error ? (error.stack ?? "").split("\n").slice(1, 8).join("\n") : undefined;
  logger.error({ event: "api.unexpected_error", route, reference, errorName: error instanceof Error ? error.name : typeof error, stack });
  return apiError("INTERNAL", { language, reference, headers });
}

/**
 * A JSON answer. With `etag`, the body's hash goes in the ETag header and a request whose
 * If-None-Match names it gets 304 with the same validators and no body (RFC 9110 §15.4.5).
 */
export function jsonResponse(
  request: Request,
  body: unknown,
  options: { status?: number; cacheControl: string; etag: boolean; headers?: Record<string, string> },
): Response {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { "Content-Type": JSON_TYPE, "Cache-Control": options.cacheControl, ...options.headers };
  if (!options.etag) return new Response(text, { status: options.status ?? 200, headers });
  const etag = strongEtag(text);
  headers.ETag = etag;
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    const { "Content-Type": _type, ...validators } = headers;
    return new Response(null, { status: 304, headers: validators });
  }
  return new Response(text, { status: options.status ?? 200, headers });
}
