import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { z } from "zod";
import { db } from "@/lib/db";
import { authSecret, env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { newIdAt } from "@/lib/ids";
import { enqueueMail } from "@/lib/mail/enqueue";
import { recordAdminChange } from "./audit";
import { AdminFieldErrors, refuse } from "./field-errors";
import { isOfficerRole, passwordErrors, UNIT_KIND_OF_ROLE, type OfficerRoleName } from "./rules";
import { agencyFilter, commandAgency, UUID, type AdminActor } from "./scope";

// An administrator invites an officer by email (name, unit, role). The officer gets a one-time
// link, valid seven days, to set their password; the account is created then, and the next sign-in
// sets up the second factor. As with business invitations (lib/organizations/manage.ts), only a
// hash of the token is stored, keyed here with the portal's secret: a copy of the table opens
// nothing. A new invitation to the same address replaces a pending one.

export const INVITATION_DAYS = 7;
const hashToken = (token: string): string => createHmac("sha256", authSecret()).update(`staff-invitation|${token}`).digest("base64url");

const ROLE_TEXT: Record<OfficerRoleName, string> = {
  DESK_OFFICER: "cán bộ Bộ phận Một cửa",
  SPECIALIST: "chuyên viên",
  UNIT_HEAD: "lãnh đạo phòng",
  AGENCY_LEADER: "lãnh đạo cơ quan",
};

export type InviteInput = { agencyId: string; email: string; fullName: string; unitId: string; officerRole: string };

export async function inviteOfficer(args: { actor: AdminActor; input: InviteInput; now: Date }): Promise<{ invitationId: string; token: string }> {
  const { actor, input, now } = args;
  const agencyId = await commandAgency(actor, input.agencyId);
  const errors: Record<string, string> = {};
  const email = input.email.trim().toLowerCase();
  if (!z.email().max(254).safeParse(email).success) errors.email = "email";
  const fullName = input.fullName.trim().replace(/\s+/g, " ");
  if (fullName.length < 2 || fullName.length > 120) errors.fullName = "fullName";
  if (!isOfficerRole(input.officerRole)) errors.officerRole = "role";
  const unit = UUID.test(input.unitId)
    ? await db.agencyUnit.findFirst({ where: { id: input.unitId, agencyId, isActive: true }, select: { id: true, name: true, kind: true } })
    : null;
  if (!unit) errors.unitId = "unit";
  else if (isOfficerRole(input.officerRole) && UNIT_KIND_OF_ROLE[input.officerRole] !== unit.kind) errors.officerRole = "roleUnit";
  if (!errors.email && (await db.user.findUnique({ where: { email }, select: { id: true } }))) errors.email = "emailTaken";
  if (Object.keys(errors).length > 0) throw new AdminFieldErrors(errors);
  const role = input.officerRole as OfficerRoleName;
  const agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const invitationId = newIdAt(now);
  await db.$transaction(async (tx) => {
    // One pending invitation per address: the newest link is the one that works.
    await tx.staffInvitation.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.staffInvitation.create({
      data: { id: invitationId, agencyId, unitId: unit!.id, email, fullName, officerRole: role, tokenHash: hashToken(token), invitedById: actor.userId, createdAt: now, expiresAt },
    });
    await enqueueMail(tx, {
      to: email,
      subject: `Lời mời sử dụng hệ thống Một Cửa: ${agency.name}`,
      body: [
        `Kính gửi ${fullName},`,
        `Quản trị viên của ${agency.name} đã tạo tài khoản ${ROLE_TEXT[role]} (${unit!.name}) cho bạn trên hệ thống Một Cửa.`,
        `Mở liên kết sau để đặt mật khẩu (dùng một lần, hết hạn ngày ${formatDate(expiresAt)}): ${env.PUBLIC_URL.replace(/\/$/, "")}/can-bo/kich-hoat/${token}`,
        "Sau đó đăng nhập tại trang dành cho cán bộ; lần đăng nhập đầu tiên bạn sẽ cài đặt ứng dụng xác thực hai lớp bằng mã QR.",
        "Nếu bạn không chờ thư này, hãy bỏ qua nó.",
      ].join("\n"),
    });
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId, action: "OFFICER_INVITED", targetType: "INVITATION", targetId: invitationId, targetLabel: fullName,
      detail: { email, unit: unit!.name, role },
    });
  });
  return { invitationId, token };
}

/** An administrator withdraws a pending invitation (its link stops working). */
export async function revokeInvitation(args: { actor: AdminActor; invitationId: string; now: Date }): Promise<void> {
  const { actor, now } = args;
  if (!UUID.test(args.invitationId)) throw new AppError("NOT_FOUND");
  const invitation = await db.staffInvitation.findFirst({ where: { id: args.invitationId, ...agencyFilter(actor) }, select: { id: true, agencyId: true, fullName: true, email: true } });
  if (!invitation) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    const revoked = await tx.staffInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count !== 1) refuse("form", "invitationUsed");
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: invitation.agencyId, action: "INVITATION_REVOKED", targetType: "INVITATION", targetId: invitation.id,
      targetLabel: invitation.fullName, detail: { email: invitation.email },
    });
  });
}

export type InvitationView = { id: string; email: string; fullName: string; officerRole: OfficerRoleName; agencyName: string; unitName: string; expiresAt: Date };

/** The pending, unexpired invitation of a link; null for anything else (the page says the link is not valid). */
export async function invitationByToken(token: string, now: Date): Promise<InvitationView | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const invitation = await db.staffInvitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, fullName: true, officerRole: true, expiresAt: true, agency: { select: { name: true } }, unit: { select: { name: true } } },
  });
  if (!invitation) return null;
  const { agency, unit, ...rest } = invitation;
  return { ...rest, agencyName: agency.name, unitName: unit.name };
}

/**
 * The invited officer sets their password: the account is created (an officer of the agency, in
 * the unit and role of the invitation, no second factor yet) and the invitation used up. Of two
 * tries with the same link, one wins.
 */
export async function acceptInvitation(args: { token: string; password: string; confirm: string; now: Date }): Promise<{ userId: string; email: string }> {
  const { now } = args;
  const errors = passwordErrors({ password: args.password, confirm: args.confirm });
  if (Object.keys(errors).length > 0) throw new AdminFieldErrors(errors);
  const view = await invitationByToken(args.token, now);
  if (!view) refuse("form", "invitationInvalid");
  const passwordHash = await hash(args.password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.staffInvitation.findUniqueOrThrow({ where: { id: view.id }, select: { agencyId: true, unitId: true, unit: { select: { isActive: true } } } });
    if (!invitation.unit.isActive) refuse("form", "invitationInvalid");
    if (await tx.user.findUnique({ where: { email: view.email }, select: { id: true } })) refuse("form", "emailTaken");
    const userId = newIdAt(now);
    const used = await tx.staffInvitation.updateMany({ where: { id: view.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now, acceptedById: userId } });
    if (used.count !== 1) refuse("form", "invitationInvalid");
    await tx.user.create({
      data: {
        id: userId, role: "OFFICER", fullName: view.fullName, email: view.email, passwordHash,
        agencyId: invitation.agencyId, unitId: invitation.unitId, officerRole: view.officerRole, isActive: true,
      },
    });
    await recordAdminChange(tx, now, {
      actorId: userId, agencyId: invitation.agencyId, action: "INVITATION_ACCEPTED", targetType: "OFFICER", targetId: userId, targetLabel: view.fullName,
      detail: { email: view.email },
    });
    return { userId, email: view.email };
  });
}
