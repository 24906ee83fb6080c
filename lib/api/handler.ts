import "server-only";
import type { z } from "zod";
import { env } from "@/lib/env";
import type { ErrorCode } from "@/lib/errors";
import { preferredLanguage, type TApiLanguage } from "@/lib/http/accept-language";
import { apiError, apiFailure, jsonResponse } from "@/lib/http/api-response";
import { HTTP_METHODS, type TEndpoint, type THttpMethod } from "./contract";
import { fieldErrors, parseWithMessages } from "./field-errors";

// The one wrapper of every route handler under /api/v1: parse the path, the query and the headers
// with the contract's schemas (400 with a message per field), run the endpoint, answer JSON with
// the contract's Cache-Control and an ETag, and turn any failure into the API's error body.

type TParsed<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;
type TBodyOf<E> = E extends { body: { schema: infer B } } ? TParsed<B> : never;

export type TEndpointInput<E extends TEndpoint> = {
  request: Request;
  language: TApiLanguage;
  params: TParsed<E["params"]>;
  query: TParsed<E["query"]>;
  headers: TParsed<E["headers"]>;
  /** Reads and parses the body with the contract's schema (400 when it does not fit); called when the
   *  endpoint is ready for it, after its cheaper checks, so that a refused client uploads nothing. */
  readBody: () => Promise<TBodyOf<E>>;
  /** An error answer of the catalogue, with this endpoint's headers (and any given here). */
  fail: (code: ErrorCode, options?: { errors?: Record<string, string>; headers?: Record<string, string> }) => Response;
};

/** What a handler answers: one of its contract's statuses with a body its schema accepts. */
export type TEndpointResult<E extends TEndpoint> = {
  [S in keyof E["responses"] & number]: { status: S; body: E["responses"][S] extends { schema: infer B extends z.ZodType } ? z.input<B> : never; headers?: Record<string, string> };
}[keyof E["responses"] & number];

/** `return ok(body)`: 200 with a body the contract's schema describes (checked by the compiler). */
export function ok<B>(body: B, headers?: Record<string, string>): { status: 200; body: B; headers?: Record<string, string> } {
  return { status: 200, body, headers };
}

/** `return created(body)`: 201, for an endpoint whose contract lists it. */
export function created<B>(body: B, headers?: Record<string, string>): { status: 201; body: B; headers?: Record<string, string> } {
  return { status: 201, body, headers };
}

export type TRouteHandler = (request: Request, context?: { params?: Promise<unknown> }) => Promise<Response>;
export type TEndpointHandler = TRouteHandler & { readonly endpoint: TEndpoint };

/** Open data may be read from any website; only the public endpoints say so. */
const PUBLIC_CORS: Record<string, string> = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag, Retry-After" };

class InputRejected extends Error {
  constructor(readonly errors: Record<string, string>) {
    super("input rejected");
  }
}

/** A repeated query parameter (?q=a&q=b) counts with its first value, as on the pages. */
function firstValues(search: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of search) values[name] ??= value;
  return values;
}

function parsePart<S extends z.ZodObject | undefined>(schema: S, input: unknown, language: TApiLanguage, errors: Record<string, string>): TParsed<S> {
  if (!schema) return {} as TParsed<S>;
  const parsed = parseWithMessages(schema, input, language);
  if (parsed.success) return parsed.data as TParsed<S>;
  Object.assign(errors, fieldErrors(parsed.error, language));
  return {} as TParsed<S>;
}

async function rawBody(request: Request, mediaType: NonNullable<TEndpoint["body"]>["mediaType"]): Promise<unknown> {
  // A body that is not what its type says is the client's mistake (400), not the server's.
  // (null, not undefined: the message is then "wrong type", not "required").
  if (mediaType === "application/json") return request.json().catch(() => null);
  const form = await request.formData().catch(() => null);
  if (!form) return null;
  const values: Record<string, FormDataEntryValue> = {};
  for (const [name, value] of form.entries()) values[name] ??= value;
  return values;
}

export function endpointHandler<const E extends TEndpoint>(
  endpoint: E,
  run: (input: TEndpointInput<E>) => Promise<TEndpointResult<E> | Response>,
): TEndpointHandler {
  const cors = endpoint.access === "public" ? PUBLIC_CORS : {};
  const route = `${endpoint.method} ${endpoint.path}`;
  const handler = async (request: Request, context?: { params?: Promise<unknown> }): Promise<Response> => {
    const language = preferredLanguage(request.headers.get("accept-language"));
    try {
      const errors: Record<string, string> = {};
      const params = parsePart(endpoint.params, (await context?.params) ?? {}, language, errors);
      const query = parsePart(endpoint.query, firstValues(new URL(request.url).searchParams), language, errors);
      const rawHeaders = Object.fromEntries(Object.keys(endpoint.headers?.shape ?? {}).map((name) => [name, request.headers.get(name) ?? undefined]));
      const headers = parsePart(endpoint.headers, rawHeaders, language, errors);
      if (Object.keys(errors).length > 0) return apiError("VALIDATION", { language, errors, headers: cors });
      const readBody = async () => {
        if (!endpoint.body) throw new Error(`${route} has no body in its contract`);
        const parsed = parseWithMessages(endpoint.body.schema, await rawBody(request, endpoint.body.mediaType), language);
        if (!parsed.success) throw new InputRejected(fieldErrors(parsed.error, language));
        return parsed.data as TBodyOf<E>;
      };
      const fail: TEndpointInput<E>["fail"] = (code, options) => apiError(code, { language, errors: options?.errors, headers: { ...cors, ...options?.headers } });
      const result = await run({ request, language, params, query, headers, readBody, fail } as TEndpointInput<E>);
      if (result instanceof Response) return result;
      if (env.NODE_ENV !== "production") assertDocumentedBody(endpoint, result.status, result.body);
      return jsonResponse(request, result.body, {
        status: result.status,
        cacheControl: endpoint.cacheControl,
        etag: endpoint.method === "GET",
        headers: { ...cors, ...result.headers },
      });
    } catch (error) {
      if (error instanceof InputRejected) return apiError("VALIDATION", { language, errors: error.errors, headers: cors });
      return apiFailure(error, route, language, cors);
    }
  };
  return Object.assign(handler, { endpoint });
}

/** Paths of `sent` that `documented` (the schema's parse of it) dropped: fields nobody documented. */
function undocumentedPaths(sent: unknown, documented: unknown, path = ""): string[] {
  if (Array.isArray(sent) && Array.isArray(documented)) return sent.flatMap((item, index) => undocumentedPaths(item, documented[index], `${path}[${index}]`));
  if (!sent || typeof sent !== "object" || !documented || typeof documented !== "object") return [];
  return Object.entries(sent).flatMap(([key, value]) =>
    Object.hasOwn(documented, key) ? undocumentedPaths(value, (documented as Record<string, unknown>)[key], `${path}.${key}`) : [`${path}.${key}`],
  );
}

/**
 * Outside production every answer is checked against its documented schema: a body that does not
 * fit, or a field the contract does not list (a select that grew, a spread too many), fails loudly.
 */
function assertDocumentedBody(endpoint: TEndpoint, status: number, body: unknown): void {
  const route = `${endpoint.method} ${endpoint.path}`;
  const schema = endpoint.responses[status as 200 | 201]?.schema;
  if (!schema) throw new Error(`${route} answered ${status}, which its contract does not list`);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${route} answered a body its contract does not describe: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const extra = undocumentedPaths(body, parsed.data);
  if (extra.length > 0) throw new Error(`${route} answered fields its contract does not list: ${extra.slice(0, 5).join(", ")}`);
}

type TRouteExports = Record<THttpMethod | "OPTIONS", TRouteHandler>;

/**
 * The exports of a route.ts: its endpoints, a JSON 405 with `Allow` for every other method (Next.js
 * would answer an empty 405), and OPTIONS (with CORS preflight for public endpoints).
 *
 *     export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: endpointHandler(contract, run) });
 */
export function apiRoute(handlers: Partial<Record<THttpMethod, TEndpointHandler>>): TRouteExports {
  const methods = HTTP_METHODS.filter((method) => handlers[method]);
  for (const method of methods) {
    if (handlers[method]!.endpoint.method !== method) throw new Error(`apiRoute: ${method} is given the contract of ${handlers[method]!.endpoint.method}`);
  }
  const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const isPublic = methods.every((method) => handlers[method]!.endpoint.access === "public");
  const notAllowed = Object.assign(
    async (request: Request) => apiError("METHOD_NOT_ALLOWED", { language: preferredLanguage(request.headers.get("accept-language")), headers: { Allow: allow } }),
    { isMethodNotAllowed: true },
  );
  const options = async () =>
    new Response(null, {
      status: 204,
      headers: {
        Allow: allow,
        ...(isPublic ? { ...PUBLIC_CORS, "Access-Control-Allow-Methods": allow, "Access-Control-Allow-Headers": "If-None-Match, Accept-Language", "Access-Control-Max-Age": "86400" } : {}),
      },
    });
  const exports = Object.fromEntries(HTTP_METHODS.map((method): [THttpMethod, TRouteHandler] => [method, handlers[method] ?? notAllowed])) as Record<THttpMethod, TRouteHandler>;
  return { ...exports, OPTIONS: options };
}
