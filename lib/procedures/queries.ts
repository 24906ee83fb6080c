import "server-only";
import { db as appDb } from "@/lib/db";
import type { AgencyLevel, PrismaClient } from "@/prisma/generated/client";

type TDb = Pick<PrismaClient, "field" | "agency" | "procedure">;

const collator = new Intl.Collator("vi");

export type TFieldWithCount = { code: string; name: string; nameEn: string | null; procedureCount: number };

/** Fields (lĩnh vực) that have at least one published procedure, in Vietnamese alphabetical order. */
export async function listFieldsWithCounts(db: TDb = appDb): Promise<TFieldWithCount[]> {
  const fields = await db.field.findMany({
    select: {
      code: true,
      name: true,
      nameEn: true,
      _count: { select: { procedures: { where: { isActive: true } } } },
    },
  });
  return fields
    .filter((field) => field._count.procedures > 0)
    .map(({ _count, ...field }) => ({ ...field, procedureCount: _count.procedures }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export type TAgencyOption = { slug: string; name: string; nameEn: string | null; level: AgencyLevel };

/** Agencies that implement at least one published procedure, for the catalogue filter. */
export async function listImplementingAgencies(db: TDb = appDb): Promise<TAgencyOption[]> {
  const agencies = await db.agency.findMany({
    where: { procedures: { some: { procedure: { isActive: true } } } },
    select: { slug: true, name: true, nameEn: true, level: true },
  });
  return agencies.sort((a, b) => collator.compare(a.name, b.name));
}

export type TCatalogueFilterOptions = { fields: TFieldWithCount[]; agencies: TAgencyOption[] };

export async function listCatalogueFilterOptions(db: TDb = appDb): Promise<TCatalogueFilterOptions> {
  const [fields, agencies] = await Promise.all([listFieldsWithCounts(db), listImplementingAgencies(db)]);
  return { fields, agencies };
}

const procedureDetailSelect = {
  code: true,
  name: true,
  nameEn: true,
  field: { select: { code: true, name: true, nameEn: true } },
  level: true,
  implementingAgencyText: true,
  localAgencyNote: true,
  onlineLevel: true,
  channels: true,
  subjects: true,
  timeLimitValue: true,
  timeLimitUnit: true,
  timeLimitText: true,
  onlineTimeLimitValue: true,
  onlineTimeLimitUnit: true,
  hasSameDayCutoff: true,
  feeVnd: true,
  feeStatus: true,
  feeText: true,
  feeAndTimeRawText: true,
  legalBasis: true,
  results: true,
  publishingDecision: true,
  sourceUrl: true,
  sourceNote: true,
  updatedAt: true,
  agencies: {
    select: { agency: { select: { slug: true, name: true, nameEn: true, address: true, phone: true } } },
  },
  requiredDocuments: {
    orderBy: { position: "asc" },
    select: {
      position: true,
      name: true,
      groupName: true,
      originals: true,
      certifiedCopies: true,
      copies: true,
      quantityText: true,
      formName: true,
      isRequired: true,
    },
  },
  steps: {
    orderBy: { position: "asc" },
    select: {
      position: true,
      name: true,
      nameEn: true,
      unitKind: true,
      role: true,
      durationValue: true,
      durationUnit: true,
      description: true,
    },
  },
} as const;

/** Decimal columns become plain numbers: the page only prints them. */
const toNumber = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());

/** A published procedure with everything its public page shows, or null. */
export async function findProcedureByCode(code: string, db: TDb = appDb) {
  const procedure = await db.procedure.findFirst({
    where: { code, isActive: true },
    select: procedureDetailSelect,
  });
  if (!procedure) return null;
  const { agencies, steps, timeLimitValue, onlineTimeLimitValue, ...rest } = procedure;
  return {
    ...rest,
    timeLimitValue: toNumber(timeLimitValue),
    onlineTimeLimitValue: toNumber(onlineTimeLimitValue),
    agencies: agencies.map(({ agency }) => agency).sort((a, b) => collator.compare(a.name, b.name)),
    steps: steps.map(({ durationValue, ...step }) => ({ ...step, durationValue: toNumber(durationValue) })),
  };
}

export type TProcedureDetail = NonNullable<Awaited<ReturnType<typeof findProcedureByCode>>>;

/** Name of a procedure for the page title, without loading the rest. */
