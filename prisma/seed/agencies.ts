// Agencies and their units. The agencies of procedures.json come with their validity and
// successor; data/agencies.json adds the national code, English name, parent and units, plus a
// few agencies the dataset lacks (commune police, two central police departments).
//
// Agency codes are PLACEHOLDERS in the national format (000.00.NN.H26 province level,
// 000.NN.NN.H26 commune level): the official Hà Nội codes were not found. They prefix dossier
// codes, so they must be replaced by the official list before real use.
import type { PrismaClient } from "../../lib/db-client.ts";
import type { Prisma } from "../generated/client.ts";
import type { AgenciesFile, AgencyExtra, SourceAgency, UnitSpec } from "./source-data.ts";
import { differs } from "./sync.ts";

type AgencyKindName = "PEOPLES_COMMITTEE" | "DEPARTMENT" | "SERVICE_CENTRE" | "POLICE" | "OTHER";
type AgencyLevelName = "CENTRAL" | "PROVINCE" | "COMMUNE";

export type AgencySpec = {
  slug: string;
  code: string;
  name: string;
  nameEn: string;
  shortName: string;
  kind: AgencyKindName;
  level: AgencyLevelName;
  parent: string | null;
  successor: string | null;
  phone: string | null;
  note: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  units: UnitSpec[];
};

export type SeededAgency = { id: string; slug: string; level: AgencyLevelName; kind: AgencyKindName; isCurrent: boolean; unitIds: Map<string, string> };
export type AgencyIndex = Map<string, SeededAgency>;

const KIND_BY_TYPE: Record<string, AgencyKindName> = {
  ubnd_tinh: "PEOPLES_COMMITTEE",
  ubnd_xa: "PEOPLES_COMMITTEE",
  trung_tam_phuc_vu_hcc: "SERVICE_CENTRE",
  so: "DEPARTMENT",
  cong_an: "POLICE",
  ban_quan_ly: "OTHER",
  van_phong_dang_ky_dat_dai: "OTHER",
};

const LEVEL_BY_SOURCE: Record<string, AgencyLevelName | undefined> = { tinh: "PROVINCE", xa: "COMMUNE", trung_uong: "CENTRAL" };

const PLACEHOLDER_NOTE = "Mã cơ quan là mã tạm (placeholder), cần thay bằng mã trong danh mục mã định danh quốc gia.";

const toDate = (value: string | null | undefined) => (value ? new Date(`${value}T00:00:00.000Z`) : null);

function unitsOf(extra: AgencyExtra, file: AgenciesFile, slug: string): UnitSpec[] {
  const units = extra.units ?? (extra.unitTemplate ? file.unitTemplates[extra.unitTemplate] : undefined);
  if (!units || units.length === 0) throw new Error(`agencies.json: no units for ${slug}`);
  return units;
}

function noteOf(source: SourceAgency): string {
  const district = source.districtGsoCode ? `Trước 01/7/2025 thuộc quận/huyện có mã GSO ${source.districtGsoCode}.` : null;
  const gso = source.gsoCode ? `Mã đơn vị hành chính (GSO) cũ: ${source.gsoCode}.` : null;
  const formedFrom = source.formedFrom ? `Hình thành từ: ${source.formedFrom}.` : null;
  const sources = `Nguồn (${source.sourceReliability}): ${source.sources.join(", ")}.`;
  return [source.note, formedFrom, district, gso, sources, PLACEHOLDER_NOTE].filter(Boolean).join("\n");
}

/**
 * The agencies to seed. District People's Committees (level "huyen") are left out: the model has
 * no district level after the 2025 reform and no procedure needs them; the old wards keep a note
 * of their district instead.
 */
export function buildAgencySpecs(sources: SourceAgency[], file: AgenciesFile): AgencySpec[] {
  const specs: AgencySpec[] = [];
  for (const source of sources) {
    const level = LEVEL_BY_SOURCE[source.level];
    if (!level) continue;
    const extra = file.agencies[source.id];
    const kind = KIND_BY_TYPE[source.type];
    if (!extra) throw new Error(`agencies.json has no entry for ${source.id}`);
    if (!kind) throw new Error(`Unknown agency type ${source.type} (${source.id})`);
    specs.push({
      slug: source.id,
      code: extra.code,
      name: extra.name ?? source.name,
      nameEn: extra.nameEn,
      shortName: extra.shortName,
      kind,
      level,
      parent: extra.parent,
      successor: source.successor ?? null,
      phone: extra.phone ?? null,
      note: noteOf(source),
      validFrom: toDate(source.validFrom),
      validTo: toDate(source.validTo),
      units: unitsOf(extra, file, source.id),
    });
  }
  for (const added of file.additionalAgencies) {
    specs.push({
      slug: added.slug,
      code: added.code,
      name: added.name,
      nameEn: added.nameEn,
      shortName: added.shortName,
      kind: added.kind,
      level: added.level,
      parent: added.parent,
      successor: null,
      phone: added.phone ?? null,
      note: [added.note ?? "Cơ quan do seed bổ sung (dữ liệu gốc chỉ ghi chung \"Công an cấp xã\").", PLACEHOLDER_NOTE].join("\n"),
      validFrom: toDate(added.validFrom),
      validTo: toDate(added.validTo),
      units: unitsOf(added, file, added.slug),
    });
  }
  assertUnique(specs.map((spec) => spec.slug), "slug");
  assertUnique(specs.map((spec) => spec.code), "code");
  const slugs = new Set(specs.map((spec) => spec.slug));
  for (const spec of specs) {
    for (const ref of [spec.parent, spec.successor]) {
      if (ref && !slugs.has(ref)) throw new Error(`Agency ${spec.slug} refers to unknown agency ${ref}`);
    }
  }
  return specs;
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`Duplicate agency ${what}: ${value}`);
    seen.add(value);
  }
}

/** Writes by slug (and units by agency + code), so ids survive a re-run; unchanged rows are left alone. */
export async function seedAgencies(db: PrismaClient, specs: AgencySpec[]): Promise<AgencyIndex> {
  const stored = await db.agency.findMany({ where: { slug: { in: specs.map((spec) => spec.slug) } } });
  const storedBySlug = new Map(stored.map((agency) => [agency.slug, agency]));
  const dataOf = (spec: AgencySpec) => ({
    code: spec.code,
    name: spec.name,
    nameEn: spec.nameEn,
    shortName: spec.shortName,
    kind: spec.kind,
    level: spec.level,
    phone: spec.phone,
    note: spec.note,
    validFrom: spec.validFrom,
    validTo: spec.validTo,
  });
  const written = await db.$transaction(
    specs
      .filter((spec) => {
        const agency = storedBySlug.get(spec.slug);
        return !agency || differs(agency, dataOf(spec));
      })
      .map((spec) =>
        db.agency.upsert({ where: { slug: spec.slug }, create: { slug: spec.slug, ...dataOf(spec) }, update: dataOf(spec), select: { id: true, slug: true } }),
      ),
  );
  const idBySlug = new Map([...stored, ...written].map((agency) => [agency.slug, agency.id]));
  const idOf = (slug: string | null) => (slug ? idBySlug.get(slug)! : null);

  const storedUnits = await db.agencyUnit.findMany({ where: { agencyId: { in: [...idBySlug.values()] } } });
  const unitByKey = new Map(storedUnits.map((unit) => [`${unit.agencyId}#${unit.code}`, unit]));
  const newUnits: { agencyId: string; code: string; name: string; nameEn: string; kind: UnitSpec["kind"]; isActive: boolean }[] = [];
  const updates: Prisma.PrismaPromise<unknown>[] = [];
  for (const spec of specs) {
    const agencyId = idOf(spec.slug)!;
    const links = { parentId: idOf(spec.parent), successorId: idOf(spec.successor) };
    if (differs(storedBySlug.get(spec.slug) ?? {}, links)) updates.push(db.agency.update({ where: { id: agencyId }, data: links, select: { id: true } }));
    for (const unit of spec.units) {
      // Units of an agency that no longer exists stay for its old dossiers, but inactive.
      const data = { name: unit.name, nameEn: unit.nameEn, kind: unit.kind, isActive: spec.validTo === null };
      const storedUnit = unitByKey.get(`${agencyId}#${unit.code}`);
      if (!storedUnit) newUnits.push({ agencyId, code: unit.code, ...data });
      else if (differs(storedUnit, data)) updates.push(db.agencyUnit.update({ where: { id: storedUnit.id }, data, select: { id: true } }));
    }
  }
  // A unit dropped from agencies.json keeps its row (officers and steps may point at it), inactive.
  const wantedKeys = new Set(specs.flatMap((spec) => spec.units.map((unit) => `${idOf(spec.slug)}#${unit.code}`)));
  const dropped = storedUnits.filter((unit) => unit.isActive && !wantedKeys.has(`${unit.agencyId}#${unit.code}`)).map((unit) => unit.id);
  if (dropped.length > 0) updates.push(db.agencyUnit.updateMany({ where: { id: { in: dropped } }, data: { isActive: false } }));
  await db.$transaction([...updates, db.agencyUnit.createMany({ data: newUnits })]);

  const units = await db.agencyUnit.findMany({ where: { agencyId: { in: [...idBySlug.values()] } }, select: { id: true, agencyId: true, code: true } });
  const index: AgencyIndex = new Map();
  for (const spec of specs) {
    index.set(spec.slug, { id: idOf(spec.slug)!, slug: spec.slug, level: spec.level, kind: spec.kind, isCurrent: spec.validTo === null, unitIds: new Map() });
  }
  const slugById = new Map([...idBySlug].map(([slug, id]) => [id, slug]));
  for (const unit of units) {
    if (wantedKeys.has(`${unit.agencyId}#${unit.code}`)) index.get(slugById.get(unit.agencyId)!)!.unitIds.set(unit.code, unit.id);
  }
  return index;
}
