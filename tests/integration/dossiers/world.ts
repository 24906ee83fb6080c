// A small world for dossier tests: an agency with its one-stop desk, a processing unit and its
// leadership; a procedure with a five-step plan; officers of every role; two residents.
import type { Actor } from "@/lib/dossiers/actor";
import { createDraft } from "@/lib/dossiers/create-draft";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { makeAgency, makeProcedure, makeUser } from "../../factories";
import { testDb } from "../../support/db";

export async function makeWorld(options: { timeLimit?: { value: number; unit: "WORKING_DAYS" | "HOURS" | "CALENDAR_DAYS" } } = {}) {
  const agency = await makeAgency();
  const otherAgency = await makeAgency();
  const units = Object.fromEntries(
    await Promise.all(
      (
        [
          ["MC", "Bộ phận Một cửa", "ONE_STOP_DESK"],
          ["VHXH", "Phòng Văn hóa - Xã hội", "PROCESSING"],
          ["LD", "Lãnh đạo UBND", "LEADERSHIP"],
        ] as const
      ).map(async ([code, name, kind]) => [code, await testDb.agencyUnit.create({ data: { agencyId: agency.id, code, name, kind } })]),
    ),
  ) as Record<"MC" | "VHXH" | "LD", { id: string }>;
  const limit = options.timeLimit ?? { value: 5, unit: "WORKING_DAYS" as const };
  const procedure = await makeProcedure({ timeLimitValue: limit.value, timeLimitUnit: limit.unit, feeVnd: 0, feeStatus: "AMOUNT" }, [agency]);
  const plan = [
    ["Tiếp nhận hồ sơ", "MC", "ONE_STOP_DESK", "DESK_OFFICER", 0.5],
    ["Thẩm định hồ sơ", "VHXH", "PROCESSING", "SPECIALIST", 2.5],
    ["Trưởng phòng xem xét", "VHXH", "PROCESSING", "UNIT_HEAD", 0.5],
    ["Lãnh đạo phê duyệt", "LD", "LEADERSHIP", "AGENCY_LEADER", 1],
    ["Trả kết quả", "MC", "ONE_STOP_DESK", "DESK_OFFICER", 0.5],
  ] as const;
  await testDb.procedureStep.createMany({
    data: plan.map(([name, unitCode, unitKind, role, days], index) => ({
      procedureId: procedure.id, position: index + 1, name, unitCode, unitKind, role, durationValue: days, durationUnit: "WORKING_DAYS" as const,
    })),
  });
  const officer = async (officerRole: "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER", unit: keyof typeof units, atAgency = agency.id): Promise<Actor> => {
    const user = await makeUser({ role: "OFFICER", agencyId: atAgency, unitId: atAgency === agency.id ? units[unit].id : null, officerRole });
    return { kind: "OFFICER", userId: user.id, agencyId: atAgency, unitId: user.unitId, officerRole };
  };
  const residentUser = await makeUser();
  const otherResidentUser = await makeUser();
  const world = {
    agency,
    otherAgency,
    procedure,
    resident: { kind: "RESIDENT", userId: residentUser.id, organizationIds: [] } as Actor,
    otherResident: { kind: "RESIDENT", userId: otherResidentUser.id, organizationIds: [] } as Actor,
    desk: await officer("DESK_OFFICER", "MC"),
    specialist: await officer("SPECIALIST", "VHXH"),
    head: await officer("UNIT_HEAD", "VHXH"),
    leader: await officer("AGENCY_LEADER", "LD"),
    outsideDesk: await officer("DESK_OFFICER", "MC", otherAgency.id),
    outsideSpecialist: await officer("SPECIALIST", "VHXH", otherAgency.id),
    outsideLeader: await officer("AGENCY_LEADER", "LD", otherAgency.id),
  };
  return world;
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

/** A dossier submitted by the world's resident at `now`. */
export async function submittedDossier(world: World, now: Date): Promise<string> {
  const { dossierId } = await createDraft({
    actor: world.resident,
    now,
    procedureCode: world.procedure.code,
    agencyId: world.agency.id,
    formData: { note: "Đăng ký" },
  });
  await submitDossier({ dossierId, actor: world.resident, now });
  return dossierId;
}

export function hanoi(local: string): Date {
  return new Date(`${local.replace(" ", "T")}:00+07:00`);
}
