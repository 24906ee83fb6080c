import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/enqueue";
import { normaliseTaxCode } from "./tax-code";

const INVITATION_DAYS = 7;
const OPEN = ["RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"] as const;

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export type RegisterError = "taxCode" | "taken" | "name" | "address";

/**
 * A resident registers their business by its tax code and becomes its owner. A tax code already
 * registered here is not taken over: an owner invites the newcomer instead.
 */
export async function registerOrganization(userId: string, input: { taxCode: string; name: string; address: string }): Promise<{ ok: true; id: string } | { ok: false; errors: Partial<Record<"taxCode" | "name" | "address", RegisterError>> }> {
  const errors: Partial<Record<"taxCode" | "name" | "address", RegisterError>> = {};
  const taxCode = normaliseTaxCode(input.taxCode);
  if (!taxCode) errors.taxCode = "taxCode";
  const name = input.name.trim();
  if (name.length < 3 || name.length > 200) errors.name = "name";
  const address = input.address.trim();
  if (address.length > 300) errors.address = "address";
  if (Object.keys(errors).length > 0 || !taxCode) return { ok: false, errors };
  try {
    const organization = await db.organization.create({
      data: { taxCode, name, address: address || null, members: { create: { userId, role: "OWNER" } } },
      select: { id: true },
    });
    return { ok: true, id: organization.id };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, errors: { taxCode: "taken" } };
    throw error;
  }
}

/** The organisation as one of its members sees it; null for anyone else (the page answers 404). */
export async function organizationForMember(userId: string, organizationId: string) {
  if (!/^[0-9a-f-]{36}$/.test(organizationId)) return null;
  const organization = await db.organization.findFirst({
    where: { id: organizationId, members: { some: { userId } } },
    select: {
      id: true, taxCode: true, name: true, address: true,
      members: { orderBy: { createdAt: "asc" }, select: { role: true, createdAt: true, user: { select: { id: true, fullName: true, email: true } } } },
    },
  });
  if (!organization) return null;
  const myRole = organization.members.find((member) => member.user.id === userId)?.role ?? "MEMBER";
  return { ...organization, myRole };
}

/** Counts by status, and the open dossiers due within two days or overdue (the business dashboard). */
export async function organizationDashboard(organizationId: string, now: Date) {
  const [byStatus, due] = await Promise.all([
    db.dossier.groupBy({ by: ["status"], where: { organizationId, status: { not: "DRAFT" } }, _count: { _all: true } }),
    db.dossier.findMany({
      where: { organizationId, status: { in: [...OPEN] }, dueAt: { lt: new Date(now.getTime() + 2 * 86_400_000) } },
      orderBy: { dueAt: "asc" },
      take: 20,
      select: { id: true, code: true, reference: true, status: true, dueAt: true, procedure: { select: { name: true, nameEn: true } } },
    }),
  ]);
  return {
    counts: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Record<string, number>,
    due: due.map((row) => ({ ...row, isOverdue: row.dueAt !== null && row.dueAt < now })),
  };
}

/** An owner invites someone by email; the link in the mail works once, for seven days. */
export async function inviteMember(args: { ownerId: string; organizationId: string; email: string; now: Date }): Promise<boolean> {
  const owner = await db.organizationMember.findFirst({
    where: { organizationId: args.organizationId, userId: args.ownerId, role: "OWNER" },
    select: { organization: { select: { name: true } } },
  });
  if (!owner) return false;
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.organizationInvitation.create({
      data: {
        organizationId: args.organizationId, email: args.email.toLowerCase(), tokenHash: hashToken(token), invitedById: args.ownerId,
        expiresAt: new Date(args.now.getTime() + INVITATION_DAYS * 86_400_000),
      },
    });
    await enqueueMail(tx, {
      to: args.email.toLowerCase(),
      subject: `Lời mời tham gia ${owner.organization.name} trên Cổng dịch vụ công Một Cửa`,
      body: [
        `Bạn được mời tham gia ${owner.organization.name} để nộp và theo dõi hồ sơ của doanh nghiệp.`,
        `Mở liên kết sau (hiệu lực ${INVITATION_DAYS} ngày, dùng một lần): ${env.PUBLIC_URL.replace(/\/$/, "")}/doanh-nghiep/loi-moi/${token}`,
      ].join("\n"),
    });
  });
  return true;
}

export async function invitationByToken(token: string, now: Date) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  return db.organizationInvitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true, organizationId: true, role: true, email: true },
  });
}

export async function organizationName(organizationId: string): Promise<string | null> {
  return (await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } }))?.name ?? null;
}

/** The signed-in resident accepts: a member from now on; the invitation is used up (one of two tries wins). */
export async function acceptInvitation(args: { userId: string; token: string; now: Date }): Promise<string | null> {
  const invitation = await invitationByToken(args.token, args.now);
  if (!invitation) return null;
  return db.$transaction(async (tx) => {
    const used = await tx.organizationInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: args.now, acceptedById: args.userId } });
    if (used.count !== 1) return null;
    await tx.organizationMember.upsert({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId: args.userId } },
      create: { organizationId: invitation.organizationId, userId: args.userId, role: invitation.role },
      update: {},
    });
    return invitation.organizationId;
  });
}

/** An owner removes a member (never the last owner). */
export async function removeMember(args: { ownerId: string; organizationId: string; memberId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const owner = await tx.organizationMember.findFirst({ where: { organizationId: args.organizationId, userId: args.ownerId, role: "OWNER" } });
    if (!owner) return false;
    const owners = await tx.organizationMember.count({ where: { organizationId: args.organizationId, role: "OWNER" } });
    const target = await tx.organizationMember.findUnique({ where: { organizationId_userId: { organizationId: args.organizationId, userId: args.memberId } } });
    if (!target || (target.role === "OWNER" && owners <= 1)) return false;
    await tx.organizationMember.delete({ where: { organizationId_userId: { organizationId: args.organizationId, userId: args.memberId } } });
    return true;
  });
}
