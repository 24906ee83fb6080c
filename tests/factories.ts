// Factories for integration tests (docs/development.md, Tests): each call makes unique rows, so tests never
// depend on the demo seed nor on each other. Pass overrides for what the test is about.
import type { Agency, Field, Prisma, Procedure, User } from "@/prisma/generated/client";
import { testDb } from "./support/db.ts";

let counter = 0;
// A random base keeps codes unique even across processes sharing a database (e2e workers).
const base = Math.floor(Math.random() * 800_000);

function nextNumber(): number {
  counter += 1;
  return base + counter;
}

export async function makeAgency(overrides: Partial<Prisma.AgencyUncheckedCreateInput> = {}): Promise<Agency> {
  const n = nextNumber();
  return testDb.agency.create({
    data: {
      code: `000.99.${String(n).padStart(6, "0")}.T99`,
      slug: `test-agency-${n}`,
      name: `Ủy ban nhân dân phường Thử Nghiệm ${n}`,
      kind: "PEOPLES_COMMITTEE",
      level: "COMMUNE",
      ...overrides,
    },
  });
}

export async function makeField(overrides: Partial<Prisma.FieldUncheckedCreateInput> = {}): Promise<Field> {
  const n = nextNumber();
  return testDb.field.create({ data: { code: `T${n}`, name: `Lĩnh vực thử nghiệm ${n}`, ...overrides } });
}

/** A procedure of a new field (unless fieldId is given), implemented by `agencies` if any. */
export async function makeProcedure(
  overrides: Partial<Prisma.ProcedureUncheckedCreateInput> = {},
  agencies: Agency[] = [],
): Promise<Procedure> {
  const n = nextNumber();
  const fieldId = overrides.fieldId ?? (await makeField()).id;
  return testDb.procedure.create({
    data: {
      // 8.xxxxxx: the national catalogue's codes start with 1 to 3, the benchmark's with 9.
      code: `8.${String(n).padStart(6, "0")}`,
      name: `Thủ tục thử nghiệm số ${n}`,
      level: "COMMUNE",
      implementingAgencyText: "UBND cấp xã",
      channels: ["IN_PERSON", "ONLINE"],
      timeLimitValue: 5,
      timeLimitUnit: "WORKING_DAYS",
      ...overrides,
      fieldId,
      agencies: { create: agencies.map((agency) => ({ agencyId: agency.id })) },
    },
  });
}

/** A resident by default; pass role "OFFICER" with agencyId/officerRole for staff. */
export async function makeUser(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}): Promise<User> {
  const n = nextNumber();
  return testDb.user.create({
    data: {
      role: "RESIDENT",
      fullName: `Nguyễn Văn Thử ${n}`,
      email: `user-${n}@test.motcua.invalid`,
      nationalId: `0${String(n).padStart(11, "0")}`,
      ...overrides,
    },
  });
}
