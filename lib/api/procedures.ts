import "server-only";
import type { z } from "zod";
import { formatLocalIso } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { TApiLanguage } from "@/lib/http/accept-language";
import { findProcedureByCode, type TProcedureDetail } from "@/lib/procedures/queries";
import { LEVEL_PARAMS, ONLINE_PARAMS } from "@/lib/procedures/schemas";
import { searchProcedures, type TProcedureListItem } from "@/lib/procedures/search";
import type { ZProcedureDetail, ZProcedureList, ZProcedureListItem, ZProcedureListQuery } from "./endpoints/procedures";
import { apiEnum } from "./endpoints/shared";
import { apiMessage } from "./messages";

// The catalogue as the API answers it: the page's own search and record, in the contract's shape.

const pageUrl = (code: string) => `${env.PUBLIC_URL.replace(/\/$/, "")}/thu-tuc/${code}`;

function toListItem(item: TProcedureListItem): z.input<typeof ZProcedureListItem> {
  return {
    code: item.code,
    name: item.name,
    nameEn: item.nameEn,
    url: pageUrl(item.code),
    field: { name: item.fieldName, nameEn: item.fieldNameEn },
    level: apiEnum(item.level),
    timeLimit: { value: item.timeLimitValue, unit: item.timeLimitUnit ? apiEnum(item.timeLimitUnit) : null, text: item.timeLimitText },
    fee: { status: apiEnum(item.feeStatus), vnd: item.feeVnd, text: item.feeText },
    onlineLevel: item.onlineLevel ? apiEnum(item.onlineLevel) : null,
  };
}

/**
 * Filters that name no field or agency: the page drops them with a notice, the API says which one
 * is wrong (an empty list would look like "no procedure" instead of "mistyped filter").
 */
export async function unknownCatalogueFilters(query: z.output<typeof ZProcedureListQuery>, language: TApiLanguage): Promise<Record<string, string>> {
  const [field, agency] = await Promise.all([
    query.field ? db.field.findUnique({ where: { code: query.field }, select: { id: true } }) : true,
    query.agency ? db.agency.findUnique({ where: { slug: query.agency }, select: { id: true } }) : true,
  ]);
  return {
    ...(field ? {} : { field: apiMessage(language, "unknownField") }),
    ...(agency ? {} : { agency: apiMessage(language, "unknownAgency") }),
  };
}

/** One page of the catalogue; a page past the last one is empty (a client paging on stops there). */
export async function listProceduresPage(query: z.output<typeof ZProcedureListQuery>): Promise<z.input<typeof ZProcedureList>> {
  const result = await searchProcedures({
    q: query.q || null,
    fieldCode: query.field ?? null,
    level: query.level ? LEVEL_PARAMS[query.level] : null,
    agencySlug: query.agency ?? null,
    online: query.online ? ONLINE_PARAMS[query.online] : null,
    page: query.page,
    pageSize: query.pageSize,
  });
  return {
    items: result.isPastEnd ? [] : result.items.map(toListItem),
    total: result.total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: result.total === 0 ? 0 : result.pageCount,
  };
}

function toDetail(procedure: TProcedureDetail): z.input<typeof ZProcedureDetail> {
  return {
    ...toListItem({
      code: procedure.code, name: procedure.name, nameEn: procedure.nameEn, fieldName: procedure.field.name, fieldNameEn: procedure.field.nameEn,
      level: procedure.level, timeLimitValue: procedure.timeLimitValue, timeLimitUnit: procedure.timeLimitUnit, timeLimitText: procedure.timeLimitText,
      feeStatus: procedure.feeStatus, feeVnd: procedure.feeVnd, feeText: procedure.feeText, onlineLevel: procedure.onlineLevel,
    }),
    field: { code: procedure.field.code, name: procedure.field.name, nameEn: procedure.field.nameEn },
    agencies: procedure.agencies.map((agency) => ({ slug: agency.slug, name: agency.name, nameEn: agency.nameEn, address: agency.address, phone: agency.phone })),
    implementingAgencyText: procedure.implementingAgencyText,
    localAgencyNote: procedure.localAgencyNote,
    channels: procedure.channels.map(apiEnum),
    subjects: procedure.subjects,
    onlineTimeLimit:
      procedure.onlineTimeLimitValue !== null && procedure.onlineTimeLimitUnit ? { value: procedure.onlineTimeLimitValue, unit: apiEnum(procedure.onlineTimeLimitUnit) } : null,
    hasSameDayCutoff: procedure.hasSameDayCutoff,
    requiredDocuments: procedure.requiredDocuments.map((document) => ({ ...document })),
    steps: procedure.steps.map((step) => ({
      position: step.position, name: step.name, nameEn: step.nameEn, unitKind: apiEnum(step.unitKind), role: apiEnum(step.role),
      duration: { value: step.durationValue, unit: step.durationUnit ? apiEnum(step.durationUnit) : null }, description: step.description,
    })),
    results: procedure.results,
    legalBasis: procedure.legalBasis,
    publishingDecision: procedure.publishingDecision,
    sourceUrl: procedure.sourceUrl && /^https:\/\//.test(procedure.sourceUrl) ? procedure.sourceUrl : null,
    updatedAt: formatLocalIso(procedure.updatedAt),
  };
}

/** A published procedure's public record, or null. */
export async function findPublicProcedure(code: string): Promise<z.input<typeof ZProcedureDetail> | null> {
  const procedure = await findProcedureByCode(code);
  return procedure ? toDetail(procedure) : null;
}
