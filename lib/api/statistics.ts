import "server-only";
import { localDateOf } from "@/lib/calendar/local-time";
import { isAppError } from "@/lib/errors";
import { indexAgency, indexYear } from "@/lib/national-index/city-index";
import { agencyIndex } from "@/lib/national-index/measures";
import { yearPeriod } from "@/lib/statistics/period";
import { procedureProcessingTime } from "@/lib/statistics/processing-time-for";
import { parseProcessingTimeQuery, parseStatisticsQuery } from "@/lib/statistics/query";
import { statisticsFor } from "@/lib/statistics/statistics-for";
import type { TProcessingTime, TStatistics } from "@/lib/statistics/schemas";
import type { TApiLanguage as ApiLanguage } from "@/lib/http/accept-language";
import type { TNationalIndex } from "./endpoints/statistics";

// The statistics endpoints' work, independent of Next.js: parse with the statistics core's own
// parser (its messages in the caller's language, one per parameter), then read the rollups.

type Answer<T> = { ok: true; body: T } | { ok: false; code: "VALIDATION" | "NOT_FOUND"; errors?: Record<string, string> };

function messages(errors: Partial<Record<string, { message: string; messageEn: string }>>, language: ApiLanguage): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, language === "en" ? error!.messageEn : error!.message]));
}

async function notFoundAsAnswer<T>(work: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, body: await work() };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return { ok: false, code: "NOT_FOUND" };
    throw error;
  }
}

export async function statisticsAnswer(query: Record<string, string | undefined>, language: ApiLanguage, now: Date): Promise<Answer<TStatistics>> {
  const parsed = parseStatisticsQuery(query, now);
  if (!parsed.ok) return { ok: false, code: "VALIDATION", errors: messages(parsed.errors, language) };
  return notFoundAsAnswer(() => statisticsFor(parsed.query.scope, parsed.query.period, { groupBy: parsed.query.groupBy, now }));
}

export async function processingTimeAnswer(code: string, query: Record<string, string | undefined>, language: ApiLanguage, now: Date): Promise<Answer<TProcessingTime>> {
  const parsed = parseProcessingTimeQuery(query);
  if (!parsed.ok) return { ok: false, code: "VALIDATION", errors: messages(parsed.errors, language) };
  return notFoundAsAnswer(() => procedureProcessingTime(code, { now, agency: parsed.query.agency }));
}

export async function nationalIndexAnswer(query: { agency: string; year?: string }, language: ApiLanguage, now: Date): Promise<Answer<TNationalIndex>> {
  const year = indexYear(query.year, now);
  if (year === null) return { ok: false, code: "VALIDATION", errors: { year: language === "en" ? "A year from 2020 to this year." : "Một năm từ 2020 đến năm nay." } };
  const agency = await indexAgency(query.agency);
  if (!agency) return { ok: false, code: "NOT_FOUND" };
  const { score } = await agencyIndex(agency.slug, yearPeriod(year, localDateOf(now)), now);
  return { ok: true, body: { agency, year, total: score.total, earned: score.earned, measurable: score.measurable, groups: score.groups } };
}
