// Fields and procedures from procedures.json, with their papers, implementing agencies and
// internal processing plan. Procedures upsert by code; papers and plan steps upsert by
// (procedure, position), so their ids survive a re-run and dossiers that point at them keep
// working; rows beyond the new count are removed. All of it in one transaction.
import type { PrismaClient } from "../../lib/db-client.ts";
import type { Prisma } from "../generated/client.ts";
import type { AgencyIndex } from "./agencies.ts";
import { mapRequiredDocuments } from "./documents.ts";
import { formFieldsFor } from "./form-fields.ts";
import { PROCEDURE_ROUTING } from "./procedure-agencies.ts";
import { PROCEDURE_NAMES_EN } from "./procedure-names-en.ts";
import { buildProcessingPlan } from "./processing-plans.ts";
import type { SourceProcedure } from "./source-data.ts";
import { differs } from "./sync.ts";
import { mapTimeLimit } from "./time-limits.ts";

const FIELD_NAMES_EN: Record<string, string> = {
  "Hộ tịch": "Civil status",
  "Chứng thực": "Certification",
  "Cư trú": "Residence",
  "Căn cước": "Identity cards",
  "Lý lịch tư pháp": "Criminal records",
  "Giấy phép lái xe": "Driving licences",
  "Đăng ký xe": "Vehicle registration",
  "Hộ kinh doanh": "Household businesses",
  "Đăng ký doanh nghiệp": "Enterprise registration",
  "Xây dựng": "Construction",
  "Vận tải đường bộ": "Road transport",
  "Đất đai": "Land",
};

const LEVELS = { xa: "COMMUNE", tinh: "PROVINCE", trung_uong: "CENTRAL" } as const;
const CHANNELS: Record<string, "IN_PERSON" | "ONLINE" | "POST"> = { "Trực tiếp": "IN_PERSON", "Trực tuyến": "ONLINE", "Dịch vụ bưu chính": "POST" };
const CHANNEL_ORDER = ["IN_PERSON", "ONLINE", "POST"];
const ONLINE_LEVELS = { toan_trinh: "FULL", mot_phan: "PARTIAL" } as const;
const FEE_STATUSES = { amount: "AMOUNT", set_by_provincial_council: "SET_BY_PROVINCIAL_COUNCIL", not_stated_or_by_reference: "NOT_STATED" } as const;

/** "Đăng ký doanh nghiệp" → "dang-ky-doanh-nghiep". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Seed data: missing ${what}`);
  return value;
}

/** Every column of Procedure except ids, from one source record. Pure. */
export function mapProcedure(source: SourceProcedure) {
  const feeStatus = FEE_STATUSES[source.feeStatus];
  // An amount is stored only where the source states one (possibly 0); never invented.
  if (feeStatus === "AMOUNT" && source.feeVnd === null) throw new Error(`${source.code}: fee status "amount" without an amount`);
  const channels = source.submissionChannels.map((channel) => required(CHANNELS[channel], `channel ${channel}`));
  return {
    code: source.code,
    name: source.name.trim(),
    nameEn: required(PROCEDURE_NAMES_EN[source.code], `English name of ${source.code}`),
    level: LEVELS[source.level],
    implementingAgencyText: source.implementingAgency,
    localAgencyNote: source.hanoiAgency,
    onlineLevel: source.onlineLevel ? ONLINE_LEVELS[source.onlineLevel] : null,
    channels: CHANNEL_ORDER.filter((channel) => channels.includes(channel as never)) as ("IN_PERSON" | "ONLINE" | "POST")[],
    subjects: source.subjects,
    ...mapTimeLimit(source),
    feeVnd: feeStatus === "AMOUNT" ? source.feeVnd : null,
    feeStatus,
    feeText: source.feeText,
    feeAndTimeRawText: source.feeAndTimeRawText,
    legalBasis: source.legalBasis,
    results: source.result,
    publishingDecision: source.publishingDecision,
    formFields: formFieldsFor(source.code),
    sourceUrl: source.source.url,
    sourceNote: `${source.source.snapshotNote} Nguồn dữ liệu: ${source.source.retrievedVia}.`,
    isActive: true,
  };
}

/** The plan of a procedure; with an unknown limit, a review step unless the source hints at a short job. */
export function planFor(source: SourceProcedure) {
  const limit = mapTimeLimit(source);
  const routing = required(PROCEDURE_ROUTING[source.code], `routing of ${source.code}`);
  const hasReview = limit.timeLimitValue !== null || source.processingDays === null || source.processingDays >= 3;
  return buildProcessingPlan({ limitValue: limit.timeLimitValue, limitUnit: limit.timeLimitUnit, processingUnitCode: routing.unit, hasReview });
}

/** Implementing agency ids of a procedure; each must have the units its plan names. */
function agencyIdsFor(source: SourceProcedure, agencies: AgencyIndex): string[] {
  const routing = required(PROCEDURE_ROUTING[source.code], `routing of ${source.code}`);
  const current = [...agencies.values()].filter((agency) => agency.isCurrent && agency.level === "COMMUNE");
  const chosen = routing.agencies.flatMap((ref) => {
    if (ref === "COMMUNES") return current.filter((agency) => agency.kind === "PEOPLES_COMMITTEE");
    if (ref === "COMMUNE_POLICE") return current.filter((agency) => agency.kind === "POLICE");
    return [required(agencies.get(ref), `agency ${ref}`)];
  });
  for (const agency of chosen) {
    for (const code of ["MC", routing.unit, "LD"]) {
      if (!agency.unitIds.has(code)) throw new Error(`${source.code}: agency ${agency.slug} has no unit ${code}`);
    }
  }
  return chosen.map((agency) => agency.id);
}

export async function seedProcedures(db: PrismaClient, sources: SourceProcedure[], agencies: AgencyIndex): Promise<void> {
  const fieldNames = [...new Set(sources.map((source) => source.field))];
  const fields = await db.$transaction(
    fieldNames.map((name) => {
      const data = { name, nameEn: required(FIELD_NAMES_EN[name], `English name of field ${name}`) };
      return db.field.upsert({ where: { code: slugify(name) }, create: { code: slugify(name), ...data }, update: data, select: { id: true, name: true } });
    }),
  );
  const fieldIdByName = new Map(fields.map((field) => [field.name, field.id]));

  const storedProcedures = await db.procedure.findMany({ where: { code: { in: sources.map((source) => source.code) } } });
  const storedByCode = new Map(storedProcedures.map((procedure) => [procedure.code, procedure]));
  const written = await db.$transaction(
    sources.flatMap((source) => {
      const data = { ...mapProcedure(source), fieldId: fieldIdByName.get(source.field)! } satisfies Prisma.ProcedureUncheckedCreateInput;
      const stored = storedByCode.get(source.code);
      if (stored && !differs(stored, data)) return [];
      return [db.procedure.upsert({ where: { code: source.code }, create: data, update: data, select: { id: true, code: true } })];
    }),
  );
  const idByCode = new Map([...storedProcedures, ...written].map((procedure) => [procedure.code, procedure.id]));
  const procedureIds = [...idByCode.values()];

  const [storedDocuments, storedSteps] = await Promise.all([
    db.procedureDocument.findMany({ where: { procedureId: { in: procedureIds } } }),
    db.procedureStep.findMany({ where: { procedureId: { in: procedureIds } } }),
  ]);
  const key = (procedureId: string, position: number) => `${procedureId}#${position}`;
  const documentByKey = new Map(storedDocuments.map((row) => [key(row.procedureId, row.position), row]));
  const stepByKey = new Map(storedSteps.map((row) => [key(row.procedureId, row.position), row]));

  const operations: Prisma.PrismaPromise<unknown>[] = [];
  const newDocuments: Prisma.ProcedureDocumentCreateManyInput[] = [];
  const newSteps: Prisma.ProcedureStepCreateManyInput[] = [];
  const links: Prisma.ProcedureAgencyCreateManyInput[] = [];
  for (const source of sources) {
    const procedureId = idByCode.get(source.code)!;
    const documents = mapRequiredDocuments(source.requiredDocuments);
    for (const row of documents) {
      const stored = documentByKey.get(key(procedureId, row.position));
      if (!stored) newDocuments.push({ procedureId, ...row });
      else if (differs(stored, row)) operations.push(db.procedureDocument.update({ where: { id: stored.id }, data: row, select: { id: true } }));
    }
    operations.push(db.procedureDocument.deleteMany({ where: { procedureId, position: { gt: documents.length } } }));

    const steps = planFor(source);
    for (const step of steps) {
      const stored = stepByKey.get(key(procedureId, step.position));
      if (!stored) newSteps.push({ procedureId, ...step });
      else if (differs(stored, step)) operations.push(db.procedureStep.update({ where: { id: stored.id }, data: step, select: { id: true } }));
    }
    operations.push(db.procedureStep.deleteMany({ where: { procedureId, position: { gt: steps.length } } }));

    const agencyIds = agencyIdsFor(source, agencies);
    operations.push(db.procedureAgency.deleteMany({ where: { procedureId, agencyId: { notIn: agencyIds } } }));
    links.push(...agencyIds.map((agencyId) => ({ procedureId, agencyId })));
  }
  await db.$transaction([
    ...operations,
    db.procedureDocument.createMany({ data: newDocuments }),
    db.procedureStep.createMany({ data: newSteps }),
    db.procedureAgency.createMany({ data: links, skipDuplicates: true }),
  ]);
}
