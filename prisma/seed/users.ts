// Demo accounts: two residents (to show that one cannot see the other's dossiers), a business
// owner with a company, the officers of one ward (UBND phường Bạch Mai) through the whole internal
// process and the ward's own administrator, a desk officer of the Public Administration Service
// Centre, a city police specialist and the system administrator. One easy shared password; the national IDs, tax code and phone numbers
// are made up for the demo. Users upsert by email, so their ids survive a re-run.
import { hash, verify } from "@node-rs/argon2";
import type { PrismaClient } from "../../lib/db-client.ts";
import type { AgencyIndex } from "./agencies.ts";
import { differs } from "./sync.ts";

export const DEMO_PASSWORD = "MotCua@2026";

type OfficerRoleName = "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER";

type DemoUser = {
  label: string;
  email: string;
  role: "RESIDENT" | "OFFICER" | "ADMIN";
  fullName: string;
  phone?: string;
  nationalId?: string;
  dateOfBirth?: string;
  address?: string;
  /**
   * Officers: agency slug, unit code and role in the internal process. An agency administrator has
   * the agency only (no unit, no role); the system administrator has no post.
   */
  post?: { agency: string; unit: string; officerRole: OfficerRoleName } | { agency: string; unit?: undefined; officerRole?: undefined };
};

const DEMO_USERS: DemoUser[] = [
  {
    label: "Người dân / Resident",
    email: "nguoidan@motcua.test",
    role: "RESIDENT",
    fullName: "Nguyễn Văn An",
    phone: "0900000001",
    nationalId: "001090012345",
    dateOfBirth: "1990-05-12",
    address: "Số 12 ngõ 30 phố Bạch Mai, phường Bạch Mai, Thành phố Hà Nội",
  },
  {
    label: "Người dân 2 / Second resident",
    email: "nguoidan2@motcua.test",
    role: "RESIDENT",
    fullName: "Trần Thị Bình",
    phone: "0900000002",
    nationalId: "001195006789",
    dateOfBirth: "1995-09-03",
    address: "Số 5 phố Hàng Bạc, phường Hoàn Kiếm, Thành phố Hà Nội",
  },
  {
    label: "Chủ doanh nghiệp / Business owner",
    email: "doanhnghiep@motcua.test",
    role: "RESIDENT",
    fullName: "Lê Minh Cường",
    phone: "0900000003",
    nationalId: "001085004321",
    dateOfBirth: "1985-02-20",
    address: "Số 88 phố Minh Khai, phường Bạch Mai, Thành phố Hà Nội",
  },
  {
    label: "Nhân viên doanh nghiệp / Business employee",
    email: "nhanvien@motcua.test",
    role: "RESIDENT",
    fullName: "Đặng Thị Mai",
    phone: "0900000004",
    nationalId: "001196007777",
    dateOfBirth: "1996-07-14",
    address: "Số 20 phố Minh Khai, phường Bạch Mai, Thành phố Hà Nội",
  },
  { label: "Một cửa P. Bạch Mai / Ward desk officer", email: "motcua.bachmai@motcua.test", role: "OFFICER", fullName: "Phạm Thị Thu", post: { agency: "hn-xa-bach-mai", unit: "MC", officerRole: "DESK_OFFICER" } },
  { label: "Chuyên viên VHXH / Ward specialist", email: "chuyenvien.bachmai@motcua.test", role: "OFFICER", fullName: "Hoàng Văn Nam", post: { agency: "hn-xa-bach-mai", unit: "VHXH", officerRole: "SPECIALIST" } },
  { label: "Trưởng phòng VHXH / Ward unit head", email: "truongphong.bachmai@motcua.test", role: "OFFICER", fullName: "Đỗ Thị Hương", post: { agency: "hn-xa-bach-mai", unit: "VHXH", officerRole: "UNIT_HEAD" } },
  { label: "Lãnh đạo UBND phường / Ward leader", email: "lanhdao.bachmai@motcua.test", role: "OFFICER", fullName: "Vũ Quang Huy", post: { agency: "hn-xa-bach-mai", unit: "LD", officerRole: "AGENCY_LEADER" } },
  { label: "Một cửa P. Hoàn Kiếm / Another ward's desk", email: "motcua.hoankiem@motcua.test", role: "OFFICER", fullName: "Lý Thị Hoa", post: { agency: "hn-xa-hoan-kiem", unit: "MC", officerRole: "DESK_OFFICER" } },
  { label: "Một cửa TTPVHCC / Service centre desk", email: "motcua.ttpvhcc@motcua.test", role: "OFFICER", fullName: "Bùi Thị Lan", post: { agency: "hn-ttpvhcc", unit: "MC", officerRole: "DESK_OFFICER" } },
  { label: "Chuyên viên Công an TP / City police", email: "chuyenvien.congan@motcua.test", role: "OFFICER", fullName: "Ngô Đức Thắng", post: { agency: "hn-cong-an", unit: "PV06", officerRole: "SPECIALIST" } },
  { label: "Quản trị P. Bạch Mai / Ward administrator", email: "quantri.bachmai@motcua.test", role: "ADMIN", fullName: "Đinh Thị Ngọc", post: { agency: "hn-xa-bach-mai" } },
  { label: "Quản trị hệ thống / Administrator", email: "quantri@motcua.test", role: "ADMIN", fullName: "Trịnh Minh Quân" },
];

export type DemoAccount = { label: string; email: string; password: string; role: string; officerRole: string | null; agencySlug: string | null };

export const DEMO_ACCOUNTS: DemoAccount[] = DEMO_USERS.map((user) => ({
  label: user.label,
  email: user.email,
  password: DEMO_PASSWORD,
  role: user.role,
  officerRole: user.post?.officerRole ?? null,
  agencySlug: user.post?.agency ?? null,
}));

const DEMO_ORGANIZATION = {
  // A valid code (check digit 8); "0109123456" of earlier seeds is renamed on the next seed.
  taxCode: "0109123458",
  name: "Công ty TNHH Thương mại Minh Cường",
  address: "Số 88 phố Minh Khai, phường Bạch Mai, Thành phố Hà Nội",
  owner: "doanhnghiep@motcua.test",
  /** Members besides the owner: they see every dossier of the company. */
  members: ["nhanvien@motcua.test"],
};

/** The stored hash when it still matches the demo password (a re-run then changes nothing). */
async function passwordHashFor(existing: string | null | undefined): Promise<string> {
  if (existing && (await verify(existing, DEMO_PASSWORD).catch(() => false))) return existing;
  return hash(DEMO_PASSWORD);
}

export async function seedUsers(db: PrismaClient, agencies: AgencyIndex): Promise<void> {
  const stored = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } });
  const storedByEmail = new Map(stored.map((user) => [user.email, user]));
  const rows = await Promise.all(
    DEMO_USERS.map(async (user) => {
      const agency = user.post ? agencies.get(user.post.agency) : undefined;
      const unitId = user.post?.unit ? agency?.unitIds.get(user.post.unit) : undefined;
      if (user.post && (!agency || (user.post.unit && !unitId))) throw new Error(`Demo user ${user.email}: unknown post ${user.post.agency}/${user.post.unit ?? ""}`);
      return {
        role: user.role,
        fullName: user.fullName,
        email: user.email,
        phone: user.phone ?? null,
        nationalId: user.nationalId ?? null,
        dateOfBirth: user.dateOfBirth ? new Date(`${user.dateOfBirth}T00:00:00.000Z`) : null,
        address: user.address ?? null,
        // Residents signed in through VNeID reach assurance level 2; officers and admin use passwords.
        identityLevel: user.role === "RESIDENT" ? 2 : null,
        passwordHash: await passwordHashFor(storedByEmail.get(user.email)?.passwordHash),
        agencyId: agency?.id ?? null,
        unitId: unitId ?? null,
        officerRole: user.post?.officerRole ?? null,
        isActive: true,
      };
    }),
  );
  const written = await db.$transaction(
    rows
      .filter((data) => {
        const user = storedByEmail.get(data.email);
        return !user || differs(user, data);
      })
      .map((data) => db.user.upsert({ where: { email: data.email }, create: data, update: data, select: { id: true, email: true } })),
  );
  const ownerId = [...stored, ...written].find((user) => user.email === DEMO_ORGANIZATION.owner)!.id;
  const { owner: _owner, members: memberEmails, ...organization } = DEMO_ORGANIZATION;
  // Earlier seeds used a tax code without a valid check digit.
  if (!(await db.organization.findUnique({ where: { taxCode: organization.taxCode }, select: { id: true } }))) {
    await db.organization.updateMany({ where: { taxCode: "0109123456" }, data: { taxCode: organization.taxCode } });
  }
  const { id: organizationId } = await db.organization.upsert({
    where: { taxCode: organization.taxCode },
    create: organization,
    update: organization,
    select: { id: true },
  });
  await db.organizationMember.upsert({
    where: { organizationId_userId: { organizationId, userId: ownerId } },
    create: { organizationId, userId: ownerId, role: "OWNER" },
    update: { role: "OWNER" },
  });
  for (const email of memberEmails) {
    const memberId = [...stored, ...written].find((user) => user.email === email)!.id;
    await db.organizationMember.upsert({
      where: { organizationId_userId: { organizationId, userId: memberId } },
      create: { organizationId, userId: memberId, role: "MEMBER" },
      update: {},
    });
  }
}
