// The seed's data files, read relative to this module so that the seed works from any working
// directory. procedures.json is a copy of the shared dataset (see its README for the sources);
// calendar.json and agencies.json are written for the seed and meant to be edited.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

export type SourceQuantity = { text: string; originals: number; copies: number };

export type SourceDocument = {
  name: string;
  quantity: SourceQuantity;
  group: string | null;
  form: string | null;
};

export type SourceProcedure = {
  code: string;
  name: string;
  field: string;
  level: "xa" | "tinh" | "trung_uong";
  implementingAgency: string;
  hanoiAgency: string;
  processingDays: number | null;
  processingUnit: string | null;
  processingText: string;
  feeVnd: number | null;
  feeStatus: "amount" | "set_by_provincial_council" | "not_stated_or_by_reference";
  feeText: string | null;
  feeAndTimeRawText: string | null;
  submissionChannels: string[];
  onlineLevel: "toan_trinh" | "mot_phan" | null;
  requiredDocuments: SourceDocument[];
  result: string[];
  legalBasis: string[];
  publishingDecision: string | null;
  subjects: string | null;
  source: { url: string | null; retrievedVia: string; snapshotNote: string };
};

export type SourceAgency = {
  id: string;
  name: string;
  type: string;
  level: "tinh" | "xa" | "huyen" | "trung_uong";
  validFrom: string | null;
  validTo: string | null;
  sources: string[];
  sourceReliability: string;
  note?: string | null;
  successor?: string | null;
  formedFrom?: string;
  gsoCode?: string | null;
  districtGsoCode?: string;
};

export type ProceduresFile = { procedures: SourceProcedure[]; agencies: SourceAgency[] };

export type UnitKindName = "ONE_STOP_DESK" | "PROCESSING" | "LEADERSHIP";
export type UnitSpec = { code: string; name: string; nameEn: string; kind: UnitKindName };

/** Seed-side details of an agency of procedures.json. */
export type AgencyExtra = {
  code: string;
  name?: string;
  nameEn: string;
  shortName: string;
  parent: string | null;
  phone?: string;
  units?: UnitSpec[];
  unitTemplate?: string;
};

/** An agency the shared dataset lacks (central police departments, commune police). */
export type AdditionalAgency = AgencyExtra & {
  slug: string;
  name: string;
  kind: "PEOPLES_COMMITTEE" | "DEPARTMENT" | "SERVICE_CENTRE" | "POLICE" | "OTHER";
  level: "CENTRAL" | "PROVINCE" | "COMMUNE";
  validFrom?: string;
  validTo?: string;
  note?: string;
};

export type AgenciesFile = {
  note: string;
  unitTemplates: Record<string, UnitSpec[]>;
  agencies: Record<string, AgencyExtra>;
  additionalAgencies: AdditionalAgency[];
};

export type CalendarKindName = "HOLIDAY" | "COMPENSATORY_DAY_OFF" | "MAKEUP_WORKDAY";

export type CalendarException = {
  date?: string;
  from?: string;
  to?: string;
  kind: CalendarKindName;
  name: string;
  nameEn: string;
  note?: string;
};

/** Whether a year's schedule is officially published, and the text it follows. */
export type CalendarYearSpec = { year: number; published: boolean; source: string | null };

export type CalendarFile = { from: string; to: string; note: string; years: CalendarYearSpec[]; exceptions: CalendarException[] };

function readJson<T>(fileName: string): T {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, fileName), "utf8")) as T;
}

export const loadProceduresFile = () => readJson<ProceduresFile>("procedures.json");
export const loadAgenciesFile = () => readJson<AgenciesFile>("agencies.json");
export const loadCalendarFile = () => readJson<CalendarFile>("calendar.json");
