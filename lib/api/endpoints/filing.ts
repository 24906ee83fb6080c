// POST /api/v1/ho-so: a signed-in resident files a dossier in one request (the wizard's steps at
// once); the Idempotency-Key makes a retry safe (docs/domain/filing.md).
import { z } from "zod";
import { defineEndpoint, described } from "../contract";
import { messageKey } from "../messages";

/** The prefix of the parts that carry papers: `file:<paper id>`. */
export const FILE_PART_PREFIX = "file:";

export const ZFilingHeaders = z.object({
  "Idempotency-Key": z
    .string({ error: messageKey("idempotencyKey") })
    .regex(/^[\w.:-]{8,100}$/, { error: messageKey("idempotencyKey") })
    .meta(described("Khóa do máy khách tạo cho mỗi hồ sơ: gửi lại cùng khóa nhận lại cùng hồ sơ", "A key the client makes per dossier: the same key again answers with the same dossier", "3f6c1c1e-7a0b-4d55-9a53-0c1f1d2b9e41")),
});

const ZFormFields = z.record(z.string(), z.string(), { error: messageKey("formFields") });

export const ZFilingBody = z
  .object({
    procedure: z.string().max(20).meta(described("Mã thủ tục", "Procedure code", "1.001193")),
    agencyId: z.uuid().meta(described("Cơ quan giải quyết (id)", "Competent agency (id)")),
    fields: z
      .string()
      .default("{}")
      .transform((text, context) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          context.addIssue({ code: "custom", message: messageKey("formFields") });
          return z.NEVER;
        }
      })
      .pipe(ZFormFields)
      .meta(described("Tờ khai: đối tượng JSON, mỗi trường một chuỗi", "The form: a JSON object of strings", '{"childFullName":"Lê Minh Khang"}')),
  })
  .catchall(z.file().meta(described("Mỗi giấy tờ một phần tên file:<mã giấy tờ>", "One part per paper, named file:<paper id>")));

export const ZFiledDossier = z.object({
  id: z.uuid(),
  reference: z.string().nullable().meta(described("Số tham chiếu khi nộp", "Filing reference")),
  lookupCode: z.string().nullable().meta(described("Mã tra cứu (in trên giấy tiếp nhận)", "Lookup code (printed on the receipt)")),
  status: z.string().meta(described("Trạng thái", "Status")),
  replayed: z.boolean().meta(described("Khóa đã dùng trước đó: đây là hồ sơ đã nộp", "The key was used before: this is the dossier already filed")),
});


export const fileDossierEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/ho-so",
  operationId: "fileDossier",
  tag: "filing",
  summary: { vi: "Nộp hồ sơ trong một yêu cầu (người dân đã đăng nhập)", en: "File a dossier in one request (signed-in resident)" },
  description: {
    vi: "Các bước của trình nộp hồ sơ trong một lần gửi multipart. 201 khi hồ sơ mới được nộp; 200 khi cùng Idempotency-Key đã nộp trước đó, kể cả sau một sự cố giữa chừng.",
    en: "The filing wizard's steps in one multipart request. 201 for a newly filed dossier; 200 when the same Idempotency-Key filed it before, even after a crash midway.",
  },
  access: "resident",
  headers: ZFilingHeaders,
  body: {
    mediaType: "multipart/form-data",
    schema: ZFilingBody,
    example: {
      procedure: "1.001193",
      agencyId: "0196a3b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b",
      fields: '{"childFullName":"Lê Minh Khang","dateOfBirth":"02/11/2026"}',
      [`${FILE_PART_PREFIX}<id>`]: "giay-chung-sinh.pdf",
    },
  },
  cacheControl: "no-store",
  responses: {
    201: { description: { vi: "Đã nộp", en: "Filed" }, schema: ZFiledDossier },
    200: { description: { vi: "Đã nộp trước đó với cùng khóa", en: "Filed before with the same key" }, schema: ZFiledDossier },
  },
  errors: [401, 403, 404, 409],
});

