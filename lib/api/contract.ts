// The contract of an endpoint of the public API: what it accepts and what it answers, as zod
// schemas. The route handler parses its input with exactly these schemas (lib/api/handler.ts) and
// the OpenAPI document is generated from them (lib/api/openapi.ts), so the two cannot drift.
// Pure: no server code, so the reference page and the unit tests read it as it is.
import type { z } from "zod";

export type TText = { vi: string; en: string };

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type THttpMethod = (typeof HTTP_METHODS)[number];

/** Errors an endpoint may answer besides 400 (bad input) and 500, which any of them may. */
export type TDocumentedError = 401 | 403 | 404 | 409 | 429;

export type TSuccessResponse = { description: TText; schema: z.ZodType };

export type TEndpoint = {
  method: THttpMethod;
  /** OpenAPI style: `/api/v1/procedures/{code}` for the folder `app/api/v1/procedures/[code]`. */
  path: `/api/v1/${string}`;
  operationId: string;
  /** Groups the endpoints of one subject (procedures, dossiers…). */
  tag: string;
  summary: TText;
  description?: TText;
  /** Anyone, or a resident signed in to the portal (the session cookie). */
  access: "public" | "resident";
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Request headers, by their usual spelling (`Idempotency-Key`); read case-insensitively. */
  headers?: z.ZodObject;
  /** `example` goes into the document (and the reference page's example request): a value per part. */
  body?: { mediaType: "multipart/form-data" | "application/json"; schema: z.ZodObject; example?: Record<string, unknown> };
  /** Cache-Control of the successful answers; errors are always `no-store`. */
  cacheControl: string;
  responses: { 200?: TSuccessResponse; 201?: TSuccessResponse };
  errors: readonly TDocumentedError[];
};

/** Keeps the literal types of a contract (its statuses, its schemas) for the handler's typing. */
export function defineEndpoint<const E extends TEndpoint>(endpoint: E): E {
  return endpoint;
}

/**
 * Metadata of a parameter or a field, in both languages, with an example: the OpenAPI document
 * carries the Vietnamese as `description` and the English as `x-description-en`.
 */
export function described(vi: string, en: string, example?: unknown): Record<string, unknown> {
  return { description: vi, "x-description-en": en, ...(example === undefined ? {} : { examples: [example] }) };
}
