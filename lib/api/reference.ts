// The reference page's content, read from the OpenAPI document itself (no second copy to drift):
// each operation with its parameters, body and response fields flattened into rows, and an
// example request built from the document's examples. Pure.
import type { TJsonSchema, TOpenApiDocument, TOperationObject, TResponseObject } from "./openapi";

export type TLocale = "vi" | "en";

export type TFieldRow = { name: string; type: string; required: boolean; nullable: boolean; description: string | null; depth: number };

export type TParameterRow = { name: string; in: "path" | "query" | "header"; type: string; required: boolean; description: string | null; example: string | null };

export type TReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  isPublic: boolean;
  cacheControl: string;
  parameters: TParameterRow[];
  body: { mediaType: string; fields: TFieldRow[] } | null;
  responses: { status: string; description: string; fields: TFieldRow[] }[];
  example: string;
};

const MAX_DEPTH = 4;

type TDescribed = { description?: string; "x-description-en"?: string };

function textOf(item: TDescribed, locale: TLocale): string | null {
  return (locale === "en" ? (item["x-description-en"] ?? item.description) : item.description) ?? null;
}

/** The schema without its `null` alternative, and whether it had one. */
function unwrapNull(schema: TJsonSchema): { schema: TJsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((type) => type !== "null");
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  const others = schema.anyOf?.filter((option) => option.type !== "null");
  if (schema.anyOf && others && others.length === 1 && others.length < schema.anyOf.length) {
    return { schema: { ...others[0], ...pickDescriptions(schema) }, nullable: true };
  }
  return { schema, nullable: false };
}

function pickDescriptions(schema: TJsonSchema): TDescribed {
  return { ...(schema.description ? { description: schema.description } : {}), ...(schema["x-description-en"] ? { "x-description-en": schema["x-description-en"] } : {}) };
}

/** A short, readable type: `string (date-time)`, `"a" | "b"`, `integer[]`, `file`. */
export function typeLabel(input: TJsonSchema): string {
  const { schema } = unwrapNull(input);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.format === "binary") return "file";
  if (schema.type === "array") return `${schema.items ? typeLabel(schema.items) : "any"}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object") return `object<string, ${typeLabel(schema.additionalProperties)}>`;
  return schema.format ? `${type} (${schema.format})` : type;
}

/** Every field of an object schema, nested fields after their parent (`items[].code`). */
export function fieldRows(schema: TJsonSchema, locale: TLocale, prefix = "", depth = 0): TFieldRow[] {
  const rows: TFieldRow[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const { schema: property, nullable } = unwrapNull(raw);
    const path = `${prefix}${name}`;
    rows.push({ name: path, type: typeLabel(raw), required: (schema.required ?? []).includes(name), nullable, description: textOf(property, locale), depth });
    if (depth + 1 >= MAX_DEPTH) continue;
    if (property.properties) rows.push(...fieldRows(property, locale, `${path}.`, depth + 1));
    const items = property.type === "array" && property.items ? unwrapNull(property.items).schema : null;
    if (items?.properties) rows.push(...fieldRows(items, locale, `${path}[].`, depth + 1));
  }
  if (typeof schema.additionalProperties === "object" && schema.properties) {
    const extra = schema.additionalProperties;
    rows.push({ name: `${prefix}*`, type: typeLabel(extra), required: false, nullable: false, description: textOf(extra, locale), depth });
  }
  return rows;
}

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A curl command for the operation, from the examples its document gives. */
export function exampleRequest(serverUrl: string, path: string, method: string, operation: TOperationObject): string {
  let url = path;
  const query = new URLSearchParams();
  const lines: string[] = [];
  for (const parameter of operation.parameters) {
    const example = parameter.example === undefined ? null : String(parameter.example);
    if (parameter.in === "path") url = url.replace(`{${parameter.name}}`, encodeURIComponent(example ?? parameter.name));
    else if (parameter.in === "query" && example !== null && (parameter.required || parameter.name !== "page")) query.set(parameter.name, example);
    else if (parameter.in === "header") lines.push(`-H ${shellQuote(`${parameter.name}: ${example ?? "…"}`)}`);
  }
  if (operation.security.length > 0) lines.push(`-b ${shellQuote("next-auth.session-token=…")}`);
  for (const [mediaType, content] of Object.entries(operation.requestBody?.content ?? {})) {
    if (mediaType === "application/json") lines.push(`-H 'Content-Type: application/json'`, `-d ${shellQuote(JSON.stringify(content.example ?? {}))}`);
    else {
      for (const [name, value] of Object.entries(content.example ?? {})) {
        const property = content.schema.properties?.[name];
        const additional = typeof content.schema.additionalProperties === "object" ? content.schema.additionalProperties : undefined;
        const isFile = (property ?? (property === undefined ? additional : undefined))?.format === "binary";
        lines.push(`-F ${shellQuote(`${name}=${isFile ? "@" : ""}${String(value)}`)}`);
      }
    }
  }
  const search = query.toString();
  const target = `${serverUrl}${url}${search ? `?${search}` : ""}`;
  const verb = method.toUpperCase() === "GET" ? [] : [`-X ${method.toUpperCase()}`];
  return ["curl -i", ...verb, ...lines, shellQuote(target)].join(" \\\n  ");
}

function resolveResponse(document: TOpenApiDocument, response: TResponseObject | { $ref: string }): TResponseObject {
  if (!("$ref" in response)) return response;
  const name = response.$ref.split("/").pop()!;
  return document.components.responses[name]!;
}

export function referenceOperations(document: TOpenApiDocument, locale: TLocale): TReferenceOperation[] {
  const serverUrl = document.servers[0]?.url ?? "";
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const body = Object.entries(operation.requestBody?.content ?? {})[0];
      return {
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        summary: locale === "en" ? operation["x-summary-en"] : operation.summary,
        description: textOf(operation, locale),
        isPublic: operation.security.length === 0,
        cacheControl: operation["x-cache-control"],
        parameters: operation.parameters.map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          type: typeLabel(parameter.schema),
          required: parameter.required,
          description: textOf(parameter, locale),
          example: parameter.example === undefined ? null : String(parameter.example),
        })),
        body: body ? { mediaType: body[0], fields: fieldRows(body[1].schema, locale) } : null,
        responses: Object.entries(operation.responses).map(([status, raw]) => {
          const response = resolveResponse(document, raw);
          const schema = response.content?.["application/json"]?.schema;
          const isError = Number(status) >= 400;
          return { status, description: textOf(response, locale) ?? "", fields: schema && !isError && schema.properties ? fieldRows(schema, locale) : [] };
        }),
        example: exampleRequest(serverUrl, path, method, operation),
      };
    }),
  );
}
