// The OpenAPI 3.1 document of the public API, generated from the endpoints' contracts with zod's
// own JSON Schema output (z.toJSONSchema, draft 2020-12: the dialect of OpenAPI 3.1's schemas).
// Pure: the same contracts and address always give the same document.
import { z } from "zod";
import { ERRORS } from "@/lib/errors";
import { described, type TDocumentedError, type TEndpoint, type TText } from "./contract";

export type TJsonSchema = {
  type?: string | string[];
  description?: string;
  "x-description-en"?: string;
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  items?: TJsonSchema;
  additionalProperties?: boolean | TJsonSchema;
  anyOf?: TJsonSchema[];
  enum?: unknown[];
  format?: string;
  examples?: unknown[];
  [key: string]: unknown;
};

export type TParameterObject = {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  "x-description-en"?: string;
  schema: TJsonSchema;
  example?: unknown;
};

export type TResponseObject = {
  description: string;
  "x-description-en"?: string;
  headers?: Record<string, { description: string; schema: TJsonSchema }>;
  content?: Record<string, { schema: TJsonSchema }>;
};

export type TOperationObject = {
  operationId: string;
  tags: string[];
  summary: string;
  "x-summary-en": string;
  description?: string;
  "x-description-en"?: string;
  parameters: TParameterObject[];
  requestBody?: { required: true; content: Record<string, { schema: TJsonSchema; example?: Record<string, unknown> }> };
  responses: Record<string, TResponseObject | { $ref: string }>;
  security: Record<string, string[]>[];
  "x-cache-control": string;
};

export type TOpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; "x-description-en": string };
  servers: { url: string }[];
  paths: Record<string, Record<string, TOperationObject>>;
  components: {
    schemas: Record<string, TJsonSchema>;
    responses: Record<string, TResponseObject>;
    securitySchemes: Record<string, Record<string, string>>;
  };
};

/** The body of every error answer (lib/http/api-response.ts). */
export const ZApiErrorBody = z
  .object({
    code: z.enum(Object.keys(ERRORS) as [keyof typeof ERRORS, ...(keyof typeof ERRORS)[]]).meta(described("Mã lỗi, không đổi giữa các phiên bản", "Error code, stable across versions")),
    message: z.string().meta(described("Thông báo cho người dùng (tiếng Việt, hoặc tiếng Anh theo Accept-Language)", "Message for the user (Vietnamese, or English by Accept-Language)")),
    errors: z
      .record(z.string(), z.string())
      .optional()
      .meta(described("Thông báo riêng cho từng tham số sai, theo tên tham số", "A message for each wrong parameter, by its name", { page: "Tối thiểu là 1." })),
    reference: z.string().optional().meta(described("Mã tham chiếu của một lỗi bất ngờ, để báo lại", "Reference of an unexpected error, to quote when reporting it")),
  })
  .meta({ description: "Lỗi", "x-description-en": "Error" });

function toJsonSchema(schema: z.ZodType, io: "input" | "output"): TJsonSchema {
  // Unrepresentable schemas throw here, in the unit test that builds the document, not in a client.
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, target: "draft-2020-12", reused: "inline", unrepresentable: "throw" }) as TJsonSchema;
  return json;
}

function parametersOf(schema: z.ZodObject | undefined, location: TParameterObject["in"]): TParameterObject[] {
  if (!schema) return [];
  const json = toJsonSchema(schema, "input");
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, "x-description-en": descriptionEn, examples: inputExamples, ...rest } = property;
    // zod keeps the examples of a transformed parameter for its output side only: read them back.
    const examples = inputExamples ?? (schema.shape[name]?.meta()?.examples as unknown[] | undefined);
    return {
      name,
      in: location,
      required: location === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      ...(descriptionEn ? { "x-description-en": descriptionEn } : {}),
      schema: rest,
      ...(examples && examples.length > 0 ? { example: examples[0] } : {}),
    };
  });
}

const ERROR_RESPONSES: Record<TDocumentedError | 400 | 500, { name: string; text: TText }> = {
  400: { name: "BadRequest", text: { vi: "Tham số không hợp lệ: errors ghi thông báo cho từng tham số", en: "Invalid parameters: errors holds a message for each" } },
  401: { name: "Unauthorized", text: { vi: "Cần đăng nhập", en: "Sign-in required" } },
  403: { name: "Forbidden", text: { vi: "Không được phép (ví dụ: gửi từ trang web khác)", en: "Not allowed (e.g. sent from another website)" } },
  404: { name: "NotFound", text: { vi: "Không tìm thấy", en: "Not found" } },
  409: { name: "Conflict", text: { vi: "Không thực hiện được ở trạng thái hiện tại", en: "Not possible in the current state" } },
  429: { name: "TooManyRequests", text: { vi: "Quá nhiều lần thử: đợi số giây ghi trong Retry-After", en: "Too many attempts: wait the seconds given in Retry-After" } },
  500: { name: "InternalError", text: { vi: "Lỗi bất ngờ của máy chủ, kèm mã tham chiếu", en: "Unexpected server error, with a reference" } },
};

const errorSchemaRef = { $ref: "#/components/schemas/Error" };

function errorResponse(text: TText, headers?: TResponseObject["headers"]): TResponseObject {
  return { description: text.vi, "x-description-en": text.en, ...(headers ? { headers } : {}), content: { "application/json": { schema: errorSchemaRef } } };
}

function components(): TOpenApiDocument["components"] {
  const responses: Record<string, TResponseObject> = {
    NotModified: {
      description: "Dữ liệu không đổi so với ETag gửi trong If-None-Match; không có nội dung",
      "x-description-en": "Unchanged since the ETag sent in If-None-Match; no body",
    },
  };
  for (const [status, { name, text }] of Object.entries(ERROR_RESPONSES)) {
    const retryAfter = status === "429" ? { "Retry-After": { description: "Số giây cần đợi / Seconds to wait", schema: { type: "integer", minimum: 1 } } } : undefined;
    responses[name] = errorResponse(text, retryAfter);
  }
  return {
    schemas: { Error: toJsonSchema(ZApiErrorBody, "output") },
    responses,
    securitySchemes: {
      residentSession: {
        type: "apiKey",
        in: "cookie",
        name: "next-auth.session-token",
        description: "Phiên đăng nhập của người dân trên Cổng (tên cookie có tiền tố __Secure- khi dùng HTTPS) / The resident's session on the portal (the cookie is prefixed __Secure- over HTTPS)",
      },
    },
  };
}

function requestBodyOf(body: NonNullable<TEndpoint["body"]>): NonNullable<TOperationObject["requestBody"]> {
  return { required: true, content: { [body.mediaType]: { schema: toJsonSchema(body.schema, "input"), ...(body.example ? { example: body.example } : {}) } } };
}

function operationOf(endpoint: TEndpoint): TOperationObject {
  const parameters = [...parametersOf(endpoint.params, "path"), ...parametersOf(endpoint.query, "query"), ...parametersOf(endpoint.headers, "header")];
  const responses: TOperationObject["responses"] = {};
  for (const status of [200, 201] as const) {
    const success = endpoint.responses[status];
    if (!success) continue;
    const headers: NonNullable<TResponseObject["headers"]> = {
      "Cache-Control": { description: endpoint.cacheControl, schema: { type: "string", enum: [endpoint.cacheControl] } },
    };
    if (endpoint.method === "GET") headers.ETag = { description: "Mã băm SHA-256 của nội dung / SHA-256 hash of the body", schema: { type: "string" } };
    responses[String(status)] = {
      description: success.description.vi,
      "x-description-en": success.description.en,
      headers,
      content: { "application/json": { schema: toJsonSchema(success.schema, "output") } },
    };
  }
  if (endpoint.method === "GET") responses["304"] = { $ref: "#/components/responses/NotModified" };
  const hasInput = parameters.length > 0 || endpoint.body !== undefined;
  const errors = [...(hasInput ? [400 as const] : []), ...endpoint.errors, 500 as const].sort((a, b) => a - b);
  for (const status of errors) responses[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary.vi,
    "x-summary-en": endpoint.summary.en,
    ...(endpoint.description ? { description: endpoint.description.vi, "x-description-en": endpoint.description.en } : {}),
    parameters,
    ...(endpoint.body ? { requestBody: requestBodyOf(endpoint.body) } : {}),
    responses,
    security: endpoint.access === "resident" ? [{ residentSession: [] }] : [],
    "x-cache-control": endpoint.cacheControl,
  };
}

export const API_DESCRIPTION: TText = {
  vi: "Dữ liệu công khai của Cổng dịch vụ công Một Cửa (Hà Nội): danh mục thủ tục hành chính, tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu, ngày hẹn trả. Không chứa thông tin cá nhân. Lỗi là JSON {code, message, errors}; thông báo bằng tiếng Việt, hoặc tiếng Anh khi Accept-Language ưu tiên tiếng Anh. Câu trả lời GET có ETag: gửi lại trong If-None-Match để nhận 304 khi dữ liệu không đổi.",
  en: "Public data of the Một Cửa one-stop-shop portal (Hà Nội): the catalogue of administrative procedures, dossier lookup by dossier code and lookup code, appointment dates. No personal data. Errors are JSON {code, message, errors}; messages are in Vietnamese, or in English when Accept-Language prefers it. GET answers carry an ETag: send it back in If-None-Match to get 304 when nothing changed.",
};

export function buildOpenApiDocument(endpoints: readonly TEndpoint[], options: { serverUrl: string; version: string }): TOpenApiDocument {
  const paths: TOpenApiDocument["paths"] = {};
  for (const endpoint of endpoints) {
    const operations = (paths[endpoint.path] ??= {});
    const method = endpoint.method.toLowerCase();
    if (operations[method]) throw new Error(`Two contracts for ${endpoint.method} ${endpoint.path}`);
    operations[method] = operationOf(endpoint);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Một Cửa — API dữ liệu mở / Open data API", version: options.version, description: API_DESCRIPTION.vi, "x-description-en": API_DESCRIPTION.en },
    servers: [{ url: options.serverUrl.replace(/\/$/, "") }],
    paths,
    components: components(),
  };
}
