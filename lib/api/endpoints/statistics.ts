// GET /api/v1/statistics, GET /api/v1/procedures/{code}/processing-time and GET /api/v1/index: the
// public figures (docs/domain/statistics.md) and the national index (docs/domain/national-index.md),
// read from the rollups. The answers are the statistics core's own zod schemas; the parameters are
// strings here and checked by the core's parser (which needs today), each problem at its field.
import { z } from "zod";
import { ZProcessingTime, ZStatistics } from "@/lib/statistics/schemas";
import { defineEndpoint, described } from "../contract";
import { ZProcedureCodeParam } from "./procedures";

const param = (vi: string, en: string, example?: unknown) => z.string().max(64).optional().meta(described(vi, en, example));

export const ZStatisticsApiQuery = z.object({
  scope: param("Phạm vi: city (mặc định), agency, field, procedure; tự suy ra khi có agency, field hoặc procedure", "Scope: city (default), agency, field or procedure; inferred from agency, field or procedure", "agency"),
  agency: param("Mã hoặc slug của cơ quan", "The agency's national code or slug", "hn-xa-bach-mai"),
  field: param("Mã lĩnh vực", "Field code", "ho-tich"),
  procedure: param("Mã thủ tục", "Procedure code", "1.001193"),
  period: param("Kỳ: month (mặc định), quarter, year, range", "Period: month (default), quarter, year or range", "year"),
  month: param("Tháng yyyy-MM", "Month yyyy-MM", "2026-10"),
  quarter: param("Quý yyyy-Qn", "Quarter yyyy-Qn", "2026-Q3"),
  year: param("Năm yyyy", "Year yyyy", "2026"),
  from: param("Ngày đầu của khoảng (yyyy-MM-dd hoặc dd/MM/yyyy)", "First day of a range (yyyy-MM-dd or dd/MM/yyyy)", "2026-01-01"),
  to: param("Ngày cuối của khoảng (tính cả ngày này)", "Last day of a range, included", "2026-03-31"),
  groupBy: param("Nhóm theo: none, agency, field, procedure, month, channel", "Group by: none, agency, field, procedure, month or channel", "month"),
});

export const getStatisticsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/statistics",
  operationId: "getStatistics",
  tag: "statistics",
  summary: { vi: "Số liệu thống kê giải quyết hồ sơ của thành phố, một cơ quan, lĩnh vực hoặc thủ tục", en: "Dossier statistics of the city, an agency, a field or a procedure" },
  access: "public",
  query: ZStatisticsApiQuery,
  cacheControl: "public, max-age=60",
  responses: { 200: { description: { vi: "Số liệu của kỳ", en: "The period's figures" }, schema: ZStatistics } },
  errors: [404],
});

export const getProcessingTimeEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/procedures/{code}/processing-time",
  operationId: "getProcessingTime",
  tag: "statistics",
  summary: { vi: "Thời gian giải quyết thực tế của một thủ tục trong 90 ngày qua", en: "A procedure's real processing time over the last 90 days" },
  access: "public",
  params: z.object({ code: ZProcedureCodeParam }),
  query: z.object({ agency: param("Chỉ tính một cơ quan (mã hoặc slug)", "One agency only (code or slug)", "hn-xa-bach-mai") }),
  cacheControl: "public, max-age=300",
  responses: { 200: { description: { vi: "Trung vị, phân vị 90 và tỷ lệ đúng hạn", en: "Median, 90th percentile and on-time share" }, schema: ZProcessingTime } },
  errors: [404],
});

const ZIndicator = z.object({
  key: z.string().meta(described("Mã chỉ số thành phần", "Sub-indicator key")),
  group: z.string().meta(described("Nhóm", "Group")),
  maxPoints: z.number().meta(described("Điểm tối đa", "Maximum points")),
  fullAt: z.number().meta(described("Tỷ lệ đạt đủ điểm (0–1)", "Rate earning full points (0–1)")),
  enabled: z.boolean().meta(described("Có được tính điểm", "Whether it is counted")),
  numerator: z.number().meta(described("Tử số", "Numerator")),
  denominator: z.number().meta(described("Mẫu số", "Denominator")),
  rate: z.number().nullable().meta(described("Tỷ lệ (0–1); null khi không có hồ sơ để tính", "Rate (0–1); null when there is nothing to measure")),
  points: z.number().nullable().meta(described("Điểm đạt; null khi không tính", "Points earned; null when not measured")),
});

export const ZNationalIndex = z.object({
  agency: z.object({ slug: z.string(), name: z.string(), nameEn: z.string().nullable() }),
  year: z.number().int(),
  total: z.number().nullable().meta(described("Tổng điểm trên 100; null khi chưa có hồ sơ", "Total out of 100; null without dossiers")),
  earned: z.number(),
  measurable: z.number(),
  groups: z.array(z.object({ group: z.string(), maxPoints: z.number(), points: z.number().nullable(), indicators: z.array(ZIndicator) })),
});

export type TNationalIndex = z.infer<typeof ZNationalIndex>;

export const getNationalIndexEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/index",
  operationId: "getNationalIndex",
  tag: "statistics",
  summary: { vi: "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766) của một cơ quan", en: "An agency's service index (Decision 766)" },
  access: "public",
  query: z.object({
    agency: z.string().max(64).meta(described("Slug của cơ quan", "The agency's slug", "hn-xa-bach-mai")),
    year: param("Năm (mặc định: năm nay)", "Year (default: this year)", "2026"),
  }),
  cacheControl: "public, max-age=300",
  responses: { 200: { description: { vi: "Điểm từng nhóm và từng chỉ số thành phần", en: "Points per group and sub-indicator" }, schema: ZNationalIndex } },
  errors: [404],
});
