// GET /api/v1/procedures and GET /api/v1/procedures/{code}: the public catalogue, searched with
// the catalogue page's own query (lib/procedures/search.ts), and one procedure's public record.
import { z } from "zod";
import { MAX_PAGE, MAX_QUERY_LENGTH, PAGE_SIZE } from "@/lib/procedures/schemas";
import { defineEndpoint, described } from "../contract";
import { messageKey } from "../messages";
import { ZDateTime, ZLocalizedName, ZTimeUnit } from "./shared";

/** Field codes and agency slugs, as the catalogue page accepts them. */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MAX_API_PAGE_SIZE = 100;

export const ZProcedureCodeParam = z
  .string()
  .regex(/^\d\.\d{6}$/, { error: messageKey("procedureCode") })
  .meta(described("Mã thủ tục hành chính (mã TTHC trên Cơ sở dữ liệu quốc gia)", "National procedure code (mã TTHC)", "1.001193"));

export const ZProcedureListQuery = z.object({
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH)
    .optional()
    .meta(described("Tên hoặc mã thủ tục; không phân biệt dấu và hoa thường, chấp nhận lỗi gõ nhỏ", "Name or code; accents and case ignored, small typos tolerated", "dang ky khai sinh")),
  field: z.string().regex(IDENTIFIER, { error: messageKey("identifier") }).optional().meta(described("Mã lĩnh vực (field.code)", "Field code (field.code)")),
  level: z.enum(["province", "commune", "central"]).optional().meta(described("Cấp thực hiện", "Level of government")),
  agency: z.string().regex(IDENTIFIER, { error: messageKey("identifier") }).optional().meta(described("Mã cơ quan thực hiện (agencies[].slug)", "Implementing agency (agencies[].slug)")),
  online: z.enum(["full", "partial", "none"]).optional().meta(described("Mức dịch vụ công trực tuyến: toàn trình, một phần, không", "Online service: full, partial, none")),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).meta(described("Trang, từ 1", "Page, from 1", 1)),
  pageSize: z.coerce.number().int().min(1).max(MAX_API_PAGE_SIZE).default(PAGE_SIZE).meta(described(`Số thủ tục mỗi trang (tối đa ${MAX_API_PAGE_SIZE})`, `Procedures per page (at most ${MAX_API_PAGE_SIZE})`, PAGE_SIZE)),
});

const ZTimeLimit = z
  .object({
    value: z.number().nullable().meta(described("Thời hạn giải quyết theo quy định", "Legal time limit")),
    unit: ZTimeUnit.nullable(),
    text: z.string().nullable().meta(described("Thời hạn như văn bản công bố ghi", "The time limit as published")),
  })
  .meta(described("Thời hạn giải quyết", "Time limit"));

const ZFee = z
  .object({
    status: z.enum(["amount", "set_by_provincial_council", "not_stated"]).meta(described("Có số tiền; do HĐND tỉnh quyết định; không ghi", "An amount; set by the provincial council; not stated")),
    vnd: z.number().int().nullable().meta(described("Phí, lệ phí (đồng)", "Fee (VND)")),
    text: z.string().nullable().meta(described("Phí như văn bản công bố ghi", "The fee as published")),
  })
  .meta(described("Phí, lệ phí", "Fee"));

const ZLevel = z.enum(["central", "province", "commune"]).meta(described("Cấp thực hiện", "Level of government"));
const ZOnlineLevel = z.enum(["full", "partial"]).nullable().meta(described("Dịch vụ công trực tuyến toàn trình, một phần, hoặc null", "Full or partial online service, or null"));

export const ZProcedureListItem = z.object({
  code: z.string().meta(described("Mã thủ tục", "Procedure code")),
  name: z.string().meta(described("Tên thủ tục", "Name")),
  nameEn: z.string().nullable().meta(described("Tên tiếng Anh, nếu có", "English name, where there is one")),
  url: z.url().meta(described("Trang của thủ tục trên Cổng", "The procedure's page on the portal")),
  field: ZLocalizedName.meta(described("Lĩnh vực", "Field")),
  level: ZLevel,
  timeLimit: ZTimeLimit,
  fee: ZFee,
  onlineLevel: ZOnlineLevel,
});

export const ZProcedureList = z.object({
  items: z.array(ZProcedureListItem).meta(described("Các thủ tục của trang, xếp như trang danh mục", "This page's procedures, ranked as on the catalogue page")),
  total: z.number().int().meta(described("Tổng số thủ tục khớp", "Number of matching procedures")),
  page: z.number().int().meta(described("Trang này", "This page")),
  pageSize: z.number().int().meta(described("Số thủ tục mỗi trang", "Procedures per page")),
  pageCount: z.number().int().meta(described("Số trang", "Number of pages")),
});

export const listProceduresEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/procedures",
  operationId: "listProcedures",
  tag: "procedures",
  summary: { vi: "Tìm thủ tục hành chính", en: "Search the procedures" },
  description: {
    vi: "Cùng cách tìm và xếp hạng như trang Thủ tục hành chính: mã trùng khớp trước, rồi tên chứa đúng cụm từ, rồi gần đúng. Trang quá số trang có items rỗng.",
    en: "The same search and ranking as the catalogue page: an exact code first, then names containing the phrase, then close matches. A page past the last one has no items.",
  },
  access: "public",
  query: ZProcedureListQuery,
  cacheControl: "public, max-age=300",
  responses: { 200: { description: { vi: "Một trang kết quả", en: "One page of results" }, schema: ZProcedureList } },
  errors: [],
});

const ZRequiredDocument = z.object({
  position: z.number().int(),
  name: z.string().meta(described("Tên giấy tờ", "Paper")),
  groupName: z.string().nullable().meta(described("Trường hợp áp dụng, như văn bản công bố", "The case it belongs to, as published")),
  originals: z.number().int().meta(described("Số bản chính", "Originals")),
  certifiedCopies: z.number().int().meta(described("Số bản sao chứng thực", "Certified copies")),
  copies: z.number().int().meta(described("Số bản sao", "Copies")),
  quantityText: z.string().nullable(),
  formName: z.string().nullable().meta(described("Mẫu đơn, tờ khai", "Form")),
  isRequired: z.boolean(),
});

const ZPlanStep = z.object({
  position: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
  unitKind: z.enum(["one_stop_desk", "processing", "leadership"]).meta(described("Bộ phận: một cửa, chuyên môn, lãnh đạo", "Unit: one-stop desk, processing, leadership")),
  role: z.enum(["desk_officer", "specialist", "unit_head", "agency_leader"]),
  duration: z.object({ value: z.number().nullable(), unit: ZTimeUnit.nullable() }),
  description: z.string().nullable(),
});

export const ZProcedureDetail = ZProcedureListItem.extend({
  field: ZLocalizedName.extend({ code: z.string() }).meta(described("Lĩnh vực", "Field")),
  agencies: z
    .array(z.object({ slug: z.string(), name: z.string(), nameEn: z.string().nullable(), address: z.string().nullable(), phone: z.string().nullable() }))
    .meta(described("Cơ quan thực hiện tại Hà Nội", "Implementing agencies in Hà Nội")),
  implementingAgencyText: z.string().meta(described("Cơ quan thực hiện như văn bản công bố", "Implementing agency as published")),
  localAgencyNote: z.string().nullable(),
  channels: z.array(z.enum(["in_person", "online", "post"])).meta(described("Cách nộp: trực tiếp, trực tuyến, bưu chính", "Ways to file: in person, online, by post")),
  subjects: z.string().nullable().meta(described("Đối tượng thực hiện", "Who may file")),
  onlineTimeLimit: z.object({ value: z.number(), unit: ZTimeUnit }).nullable().meta(described("Thời hạn riêng khi nộp trực tuyến", "Own time limit for online filing")),
  hasSameDayCutoff: z.boolean().meta(described("Nhận sau 15 giờ thì tính từ ngày làm việc tiếp theo", "Received after 15:00 counts from the next working day")),
  requiredDocuments: z.array(ZRequiredDocument).meta(described("Thành phần hồ sơ", "Papers to bring")),
  steps: z.array(ZPlanStep).meta(described("Quy trình nội bộ", "Internal processing plan")),
  results: z.array(z.string()).meta(described("Kết quả thực hiện", "Results")),
  legalBasis: z.array(z.string()).meta(described("Căn cứ pháp lý", "Legal basis")),
  publishingDecision: z.string().nullable().meta(described("Quyết định công bố", "Publishing decision")),
  sourceUrl: z.string().nullable().meta(described("Nguồn: trang của thủ tục trên Cổng dịch vụ công quốc gia", "Source: the procedure on the national public service portal")),
  updatedAt: ZDateTime.meta(described("Cập nhật lần cuối", "Last updated")),
});

export const getProcedureEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/procedures/{code}",
  operationId: "getProcedure",
  tag: "procedures",
  summary: { vi: "Thông tin công khai của một thủ tục", en: "One procedure's public record" },
  description: {
    vi: "Tên, lĩnh vực, cơ quan thực hiện, thời hạn, phí, thành phần hồ sơ, mức trực tuyến, quy trình nội bộ, căn cứ pháp lý.",
    en: "Name, field, agencies, time limits, fees, papers, online level, internal plan, legal basis.",
  },
  access: "public",
  params: z.object({ code: ZProcedureCodeParam }),
  cacheControl: "public, max-age=300",
  responses: { 200: { description: { vi: "Thủ tục", en: "The procedure" }, schema: ZProcedureDetail } },
  errors: [404],
});
