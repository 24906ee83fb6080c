// What the history is made of, read from the seeded database: agencies with their units, the
// procedures with their limits and processing plans and who implements them, the working
// calendar; plus the people the history needs (officers in every unit, applicants with accounts,
// businesses), made once and found again by email on the next run.
import type pg from "pg";
import { newIdAt } from "../../lib/ids.ts";
import { calendarFromRows, configuredWorkingHours } from "../../lib/calendar/configured.ts";
import { applicableTimeLimit, type CalendarContext, type DateKey, type TimeLimit, type TimeUnit } from "../../lib/calendar/index.ts";
import type { Channel, PlanStep } from "../../lib/dossiers/state.ts";
import type { DelegationRule, ProcedureFacts } from "../../lib/delegation/rules.ts";
import { companyName, makePerson, personName, taxCode, type Person } from "./people.ts";
import type { Random } from "./random.ts";
import { VOLUMES } from "./volumes.ts";

export type OfficerRole = "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER";

export type AgencyInfo = {
  id: string;
  code: string;
  slug: string;
  name: string;
  level: "CENTRAL" | "PROVINCE" | "COMMUNE";
  kind: string;
  validFrom: DateKey | null;
  validTo: DateKey | null;
  units: Map<string, string>;
  /** Officer ids by "unit code:role". */
  officers: Map<string, string[]>;
};

export type ProcedureInfo = {
  id: string;
  code: string;
  level: "CENTRAL" | "PROVINCE" | "COMMUNE";
  channels: Channel[];
  feeVnd: number | null;
  hasSameDayCutoff: boolean;
  /** The limit at the counter or by post, and online (applicableTimeLimit). */
  limit: TimeLimit;
  onlineLimit: TimeLimit;
  plan: PlanStep[];
  agencyIds: string[];
  /** What routing reads of it (lib/delegation/rules.ts). */
  facts: ProcedureFacts;
  formFields: { name: string; type: string; required: boolean; options?: { value: string }[] }[];
  /** The papers its catalogue entry requires. */
  requiredPapers: number;
  volume: (typeof VOLUMES)[string];
};

export type Applicant = { userId: string; person: Person; organizationIds: string[] };
export type Business = { id: string; name: string; taxCode: string; ownerId: string };

export type World = {
  agencies: Map<string, AgencyInfo>;
  procedures: ProcedureInfo[];
  serviceCentre: AgencyInfo | null;
  calendar: CalendarContext;
  /** First and last day of the calendar table. */
  calendarRange: { first: DateKey; last: DateKey };
  residents: Applicant[];
  residentsById: Map<string, Applicant>;
  businesses: Business[];
  /** Agencies another agency may consult (current, not central, with officers). */
  consultable: AgencyInfo[];
  demo: { resident: Applicant | null; business: Business | null; ward: AgencyInfo | null; wardPolice: AgencyInfo | null };
  /** The delegations in the database, with the unit each names for the plan's steps a delegate lacks. */
  delegations: { rule: DelegationRule; unitCode: string | null }[];
};

const HISTORY_DOMAIN = "lichsu.motcua.test";
/** How many officers of each role a unit has, in the history. */
const STAFF: Record<OfficerRole, number> = { DESK_OFFICER: 3, SPECIALIST: 3, UNIT_HEAD: 1, AGENCY_LEADER: 2 };

/** `date` columns arrive as their text (see pool.ts). */
const dateKey = (value: string | null) => value;

export function isValidOn(agency: AgencyInfo, date: DateKey): boolean {
  return (agency.validFrom === null || agency.validFrom <= date) && (agency.validTo === null || date <= agency.validTo);
}

function rolesOfUnit(kind: string): OfficerRole[] {
  if (kind === "ONE_STOP_DESK") return ["DESK_OFFICER"];
  if (kind === "LEADERSHIP") return ["AGENCY_LEADER"];
  return ["SPECIALIST", "UNIT_HEAD"];
}

/**
 * Makes the people the history needs, once, before any generating thread starts: officers in every
 * unit, `residents` applicants with an account, `businesses` companies. A second run finds them
 * again by email or tax code and only adds what is missing.
 */
export async function preparePeople(db: pg.Pool, options: { residents: number; businesses: number; random: Random }): Promise<void> {
  await ensureOfficers(db, options.random);
  const residents = await ensureResidents(db, options.residents, options.random);
  await ensureBusinesses(db, options.businesses, residents, options.random);
}

/** Reads the world (after preparePeople): every generating thread reads the same, in the same order. */
export async function loadWorld(db: pg.Pool): Promise<World> {
  const agencies = new Map<string, AgencyInfo>();
  const { rows: agencyRows } = await db.query<{ id: string; code: string; slug: string; name: string; level: AgencyInfo["level"]; kind: string; valid_from: string | null; valid_to: string | null }>(
    "SELECT id, code, slug, name, level, kind, valid_from, valid_to FROM agency ORDER BY code",
  );
  for (const row of agencyRows) {
    agencies.set(row.id, {
      id: row.id, code: row.code, slug: row.slug, name: row.name, level: row.level, kind: row.kind,
      validFrom: dateKey(row.valid_from), validTo: dateKey(row.valid_to), units: new Map(), officers: new Map(),
    });
  }
  const { rows: units } = await db.query<{ id: string; agency_id: string; code: string }>("SELECT id, agency_id, code FROM agency_unit WHERE is_active ORDER BY code");
  for (const unit of units) agencies.get(unit.agency_id)?.units.set(unit.code, unit.id);
  const { rows: officers } = await db.query<{ id: string; agency_id: string; unit_id: string; officer_role: OfficerRole }>(
    `SELECT id, agency_id, unit_id, officer_role FROM "user" WHERE role = 'OFFICER' AND is_active AND unit_id IS NOT NULL ORDER BY email`,
  );
  const unitCode = new Map(units.map((unit) => [unit.id, unit.code]));
  for (const row of officers) {
    const agency = agencies.get(row.agency_id);
    const code = unitCode.get(row.unit_id);
    if (!agency || !code) continue;
    const key = `${code}:${row.officer_role}`;
    agency.officers.set(key, [...(agency.officers.get(key) ?? []), row.id]);
  }
  const procedures = await loadProcedures(db);
  const [{ rows: days }, { rows: years }] = await Promise.all([
    db.query<{ date: string; is_working_day: boolean }>("SELECT date, is_working_day FROM calendar_day ORDER BY date"),
    db.query<{ year: number }>("SELECT year FROM calendar_year WHERE is_published"),
  ]);
  if (days.length === 0) throw new Error("The working calendar is empty: run `npm run db:seed` first.");
  const calendar: CalendarContext = {
    calendar: calendarFromRows(days.map((day) => ({ date: new Date(`${day.date}T00:00:00Z`), isWorkingDay: day.is_working_day })), years),
    hours: configuredWorkingHours(),
  };
  const residents = await loadResidents(db);
  const businesses = await loadBusinesses(db, residents);
  return {
    agencies,
    procedures,
    serviceCentre: [...agencies.values()].find((agency) => agency.kind === "SERVICE_CENTRE") ?? null,
    calendar,
    calendarRange: { first: dateKey(days[0]!.date)!, last: dateKey(days[days.length - 1]!.date)! },
    residents,
    residentsById: new Map(residents.map((resident) => [resident.userId, resident])),
    businesses,
    consultable: [...agencies.values()].filter((agency) => agency.officers.size > 0 && agency.validTo === null && agency.level !== "CENTRAL"),
    demo: await loadDemo(db, agencies),
    delegations: await loadDelegations(db),
  };
}

async function loadDelegations(db: pg.Pool): Promise<World["delegations"]> {
  const { rows } = await db.query<{
    id: string; delegator_id: string; delegate_agency_id: string | null; delegate_group: "COMMUNES" | null; procedure_id: string | null; field_id: string | null;
    valid_from: string; valid_until: string | null; revoked_at: Date | null; delegator_keeps_filed_before: boolean; decision_number: string; decision_date: string;
    delegate_unit_code: string | null;
  }>("SELECT * FROM delegation ORDER BY valid_from, id");
  return rows.map((row) => ({
    rule: {
      id: row.id, delegatorId: row.delegator_id,
      delegate: row.delegate_agency_id ? { agencyId: row.delegate_agency_id } : { group: row.delegate_group ?? "COMMUNES" },
      scope: row.procedure_id ? { procedureId: row.procedure_id } : { fieldId: row.field_id! },
      validFrom: dateKey(row.valid_from)!, validUntil: dateKey(row.valid_until), revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
      delegatorKeepsFiledBefore: row.delegator_keeps_filed_before, decision: { number: row.decision_number, date: dateKey(row.decision_date)! },
    },
    unitCode: row.delegate_unit_code,
  }));
}

async function loadProcedures(db: pg.Pool): Promise<ProcedureInfo[]> {
  const { rows } = await db.query<{
    id: string; code: string; level: ProcedureInfo["level"]; channels: string; fee_vnd: number | null; has_same_day_cutoff: boolean;
    time_limit_value: string | null; time_limit_unit: TimeUnit | null; online_time_limit_value: string | null; online_time_limit_unit: TimeUnit | null;
    form_fields: ProcedureInfo["formFields"]; agency_ids: string[]; required_papers: number; field_id: string;
  }>(`
    SELECT p.id, p.code, p.level, p.field_id, p.channels::text AS channels, p.fee_vnd, p.has_same_day_cutoff, p.time_limit_value::text,
           p.time_limit_unit, p.online_time_limit_value::text, p.online_time_limit_unit, p.form_fields,
           array_agg(pa.agency_id ORDER BY pa.agency_id) AS agency_ids,
           (SELECT count(*) FROM procedure_document d WHERE d.procedure_id = p.id AND d.is_required)::int AS required_papers
    FROM procedure p JOIN procedure_agency pa ON pa.procedure_id = p.id
    WHERE p.is_active GROUP BY p.id ORDER BY p.code`);
  const { rows: steps } = await db.query<{ id: string; procedure_id: string; position: number; name: string; unit_code: string; duration_value: string | null; duration_unit: TimeUnit | null }>(
    "SELECT id, procedure_id, position, name, unit_code, duration_value::text, duration_unit FROM procedure_step ORDER BY procedure_id, position",
  );
  const procedures: ProcedureInfo[] = [];
  for (const row of rows) {
    const volume = VOLUMES[row.code];
    // Without a known limit no dossier can be received (the appointment cannot be computed).
    const stated = { timeLimitValue: row.time_limit_value, timeLimitUnit: row.time_limit_unit, onlineTimeLimitValue: row.online_time_limit_value, onlineTimeLimitUnit: row.online_time_limit_unit };
    const limit = applicableTimeLimit(stated, false);
    const onlineLimit = applicableTimeLimit(stated, true);
    if (!volume || !limit || !onlineLimit) continue;
    procedures.push({
      id: row.id, code: row.code, level: row.level,
      channels: row.channels.replace(/[{}]/g, "").split(",").filter(Boolean) as Channel[],
      feeVnd: row.fee_vnd, hasSameDayCutoff: row.has_same_day_cutoff,
      limit,
      onlineLimit,
      plan: steps.filter((step) => step.procedure_id === row.id).map((step) => ({
        id: step.id, position: step.position, name: step.name, unitCode: step.unit_code,
        durationValue: step.duration_value === null ? null : Number(step.duration_value), durationUnit: step.duration_unit,
      })),
      agencyIds: row.agency_ids, facts: { id: row.id, fieldId: row.field_id, implementerIds: row.agency_ids }, formFields: row.form_fields, requiredPapers: row.required_papers, volume,
    });
  }
  return procedures;
}

/** Officers of every unit: the demo accounts where they sit, made-up colleagues elsewhere. */
async function ensureOfficers(db: pg.Pool, random: Random): Promise<void> {
  const { rows: units } = await db.query<{ id: string; code: string; kind: string; slug: string; agency_id: string }>(
    "SELECT u.id, u.code, u.kind, a.slug, a.id AS agency_id FROM agency_unit u JOIN agency a ON a.id = u.agency_id WHERE u.is_active ORDER BY a.code, u.code",
  );
  // Where a demo account holds a post, it holds it alone: the ward's dossiers wait for the demo
  // officers, who then see full queues when they sign in.
  const { rows: posts } = await db.query<{ unit_id: string; officer_role: OfficerRole }>(
    `SELECT unit_id, officer_role FROM "user" WHERE role = 'OFFICER' AND unit_id IS NOT NULL AND email NOT LIKE $1`,
    [`%@${HISTORY_DOMAIN}`],
  );
  const heldByDemo = new Set(posts.map((post) => `${post.unit_id}:${post.officer_role}`));
  const wanted: { email: string; fullName: string; agencyId: string; unitId: string; role: OfficerRole }[] = [];
  for (const unit of units) {
    for (const role of rolesOfUnit(unit.kind)) {
      if (heldByDemo.has(`${unit.id}:${role}`)) continue;
      for (let n = 1; n <= STAFF[role]; n++) {
        wanted.push({
          email: `canbo.${unit.slug}.${unit.code}.${role}.${n}@${HISTORY_DOMAIN}`.toLowerCase(),
          fullName: personName(random, random.chance(0.5)), agencyId: unit.agency_id, unitId: unit.id, role,
        });
      }
    }
  }
  await db.query(
    `INSERT INTO "user" (id, role, full_name, email, agency_id, unit_id, officer_role, is_active, updated_at)
     SELECT t.id, 'OFFICER', t.full_name, t.email, t.agency_id, t.unit_id, t.role::"OfficerRole", true, now()
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[]) AS t(id, full_name, email, agency_id, unit_id, role)
     ON CONFLICT (email) DO NOTHING`,
    [wanted.map(() => newIdAt(new Date())), wanted.map((w) => w.fullName), wanted.map((w) => w.email), wanted.map((w) => w.agencyId), wanted.map((w) => w.unitId), wanted.map((w) => w.role)],
  );
}

async function loadResidents(db: pg.Pool): Promise<Applicant[]> {
  const { rows } = await db.query<{ id: string; full_name: string; national_id: string; date_of_birth: string; phone: string; address: string }>(
    `SELECT id, full_name, national_id, date_of_birth, phone, address FROM "user" WHERE email LIKE $1 ORDER BY email`,
    [`cudan.%@${HISTORY_DOMAIN}`],
  );
  return rows.map((row) => ({
    userId: row.id, organizationIds: [],
    person: { fullName: row.full_name, nationalId: row.national_id, dateOfBirth: dateKey(row.date_of_birth)!, phone: row.phone, address: row.address, isMale: true },
  }));
}

/** Residents who sign in with VNeID (made up), reused across runs. */
async function ensureResidents(db: pg.Pool, count: number, random: Random): Promise<Applicant[]> {
  const residents = await loadResidents(db);
  const made: (Applicant & { email: string })[] = [];
  for (let serial = residents.length; serial < count; serial++) {
    made.push({ userId: newIdAt(new Date()), person: makePerson(random, serial), organizationIds: [], email: `cudan.${String(serial).padStart(6, "0")}@${HISTORY_DOMAIN}` });
  }
  for (let start = 0; start < made.length; start += 20_000) {
    const chunk = made.slice(start, start + 20_000);
    await db.query(
      `INSERT INTO "user" (id, role, full_name, email, phone, national_id, date_of_birth, address, oidc_subject, identity_level, is_active, updated_at)
       SELECT t.id, 'RESIDENT', t.full_name, t.email, t.phone, t.national_id, t.dob::date, t.address, 'vneid:' || t.national_id, 2, true, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(id, full_name, email, phone, national_id, dob, address)`,
      [chunk.map((r) => r.userId), chunk.map((r) => r.person.fullName), chunk.map((r) => r.email), chunk.map((r) => r.person.phone),
        chunk.map((r) => r.person.nationalId), chunk.map((r) => r.person.dateOfBirth), chunk.map((r) => r.person.address)],
    );
  }
  return [...residents, ...made];
}

async function loadBusinesses(db: pg.Pool, residents: Applicant[]): Promise<Business[]> {
  const { rows } = await db.query<{ id: string; name: string; tax_code: string; owner_id: string }>(
    `SELECT o.id, o.name, o.tax_code, m.user_id AS owner_id FROM organization o JOIN organization_member m ON m.organization_id = o.id AND m.role = 'OWNER'
     WHERE o.tax_code LIKE '019%' ORDER BY o.tax_code`,
  );
  const businesses = rows.map((row) => ({ id: row.id, name: row.name, taxCode: row.tax_code, ownerId: row.owner_id }));
  const byOwner = new Map(residents.map((resident) => [resident.userId, resident]));
  for (const business of businesses) byOwner.get(business.ownerId)?.organizationIds.push(business.id);
  return businesses;
}

/** Businesses (made up), each owned by one of the residents. */
async function ensureBusinesses(db: pg.Pool, count: number, residents: Applicant[], random: Random): Promise<void> {
  const existing = await loadBusinesses(db, residents);
  const made: Business[] = [];
  for (let index = existing.length; index < count && residents.length > 0; index++) {
    made.push({ id: newIdAt(new Date()), name: companyName(random), taxCode: taxCode(index), ownerId: random.pick(residents).userId });
  }
  if (made.length === 0) return;
  await db.query(
    `INSERT INTO organization (id, tax_code, name, address) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [made.map((b) => b.id), made.map((b) => b.taxCode), made.map((b) => b.name), made.map(() => "Thành phố Hà Nội")],
  );
  await db.query(
    `INSERT INTO organization_member (organization_id, user_id, role) SELECT o, u, 'OWNER' FROM unnest($1::uuid[], $2::uuid[]) AS t(o, u)`,
    [made.map((b) => b.id), made.map((b) => b.ownerId)],
  );
}

async function loadDemo(db: pg.Pool, agencies: Map<string, AgencyInfo>): Promise<World["demo"]> {
  const { rows: people } = await db.query<{ id: string; email: string; full_name: string; national_id: string | null; date_of_birth: string | null; phone: string | null; address: string | null }>(
    `SELECT id, email, full_name, national_id, date_of_birth, phone, address FROM "user" WHERE email IN ('nguoidan@motcua.test', 'doanhnghiep@motcua.test')`,
  );
  const { rows: organizations } = await db.query<{ id: string; name: string; tax_code: string; owner_id: string }>(
    `SELECT o.id, o.name, o.tax_code, m.user_id AS owner_id FROM organization o JOIN organization_member m ON m.organization_id = o.id
     JOIN "user" u ON u.id = m.user_id WHERE u.email = 'doanhnghiep@motcua.test' LIMIT 1`,
  );
  const asApplicant = (email: string): Applicant | null => {
    const row = people.find((person) => person.email === email);
    if (!row) return null;
    return {
      userId: row.id,
      organizationIds: organizations.filter((org) => org.owner_id === row.id).map((org) => org.id),
      person: { fullName: row.full_name, nationalId: row.national_id ?? "", dateOfBirth: dateKey(row.date_of_birth) ?? "", phone: row.phone ?? "", address: row.address ?? "", isMale: true },
    };
  };
  const bySlug = (slug: string) => [...agencies.values()].find((agency) => agency.slug === slug) ?? null;
  const organization = organizations[0];
  return {
    resident: asApplicant("nguoidan@motcua.test"),
    business: organization ? { id: organization.id, name: organization.name, taxCode: organization.tax_code, ownerId: organization.owner_id } : null,
    ward: bySlug("hn-xa-bach-mai"),
    wardPolice: bySlug("hn-ca-bach-mai"),
  };
}

export { HISTORY_DOMAIN };
