// What the deadline jobs decide, without the database: whether a deadline has passed, who is told
// of a late leg or a late appointment, and the words of the escalations and of the morning digest.
// Pure (the clock and the calendar are parameters). Vietnamese first, then an English line; no
// personal data of applicants (Decree 13/2023): dossier codes, procedures, units, officers, dates.
import { judgeTimeliness, localDateOf, nextWorkingDay, type CalendarContext, type Deadline, type DeadlinePrecision } from "@/lib/calendar";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export type OfficerPost = { id: string; agencyId: string; unitId: string | null; officerRole: string | null };

/**
 * Whether a deadline has passed at `now`, by the verdict rule of the control slip: a deadline in
 * hours is an instant, one in days lasts to the end of its date (docs/domain/deadlines.md).
 */
export function isPastDeadline(now: Date, dueAt: Date, precision: DeadlinePrecision | null): boolean {
  return judgeTimeliness(now, { dueAt, precision: precision ?? "DAY" }) === "LATE";
}

const leadersOf = (agencyId: string, officers: readonly OfficerPost[]) =>
  officers.filter((officer) => officer.officerRole === "AGENCY_LEADER" && officer.agencyId === agencyId).map((officer) => officer.id);

/**
 * The head of the unit holding a late leg. A unit without a head (the one-stop desk, the leadership)
 * and a consulted agency's leg (no unit) answer to the agency's leaders.
 */
export function legEscalationRecipients(leg: { agencyId: string; unitId: string | null }, officers: readonly OfficerPost[]): string[] {
  const heads = leg.unitId
    ? officers.filter((officer) => officer.officerRole === "UNIT_HEAD" && officer.agencyId === leg.agencyId && officer.unitId === leg.unitId).map((officer) => officer.id)
    : [];
  return heads.length > 0 ? heads : leadersOf(leg.agencyId, officers);
}

/** A dossier past its appointment answers to the leaders of its competent agency. */
export function appointmentEscalationRecipients(dossier: { agencyId: string }, officers: readonly OfficerPost[]): string[] {
  return leadersOf(dossier.agencyId, officers);
}

const when = (dueAt: Date, precision: DeadlinePrecision | null) => (precision === "INSTANT" ? formatDateTime(dueAt) : formatDate(dueAt));

export type Notice = { kind: string; title: string; body: string };

export type LateLeg = {
  code: string;
  procedureName: string;
  legTitle: string;
  unitName: string | null;
  holderName: string | null;
  dueAt: Date;
  precision: DeadlinePrecision | null;
};

export function lateLegNotice(leg: LateLeg): Notice {
  const due = when(leg.dueAt, leg.precision);
  const unit = leg.unitName ?? "cơ quan được lấy ý kiến";
  return {
    kind: "escalation-leg",
    title: `Quá hạn bước xử lý: hồ sơ ${leg.code}`,
    body: [
      `Hồ sơ ${leg.code} (${leg.procedureName}) đã quá hạn bước “${leg.legTitle}” tại ${unit}: hạn ${due}. Người đang giữ: ${leg.holderName ?? "chưa phân công"}.`,
      `Overdue step: dossier ${leg.code}, “${leg.legTitle}” at ${leg.unitName ?? "the consulted agency"}, due ${due}, held by ${leg.holderName ?? "nobody yet"}.`,
    ].join("\n"),
  };
}

export type LateAppointment = { code: string; procedureName: string; dueAt: Date; precision: DeadlinePrecision | null; unitName: string | null; holderName: string | null };

export function lateAppointmentNotice(dossier: LateAppointment): Notice {
  const due = when(dossier.dueAt, dossier.precision);
  const holder = [dossier.unitName, dossier.holderName].filter(Boolean).join(", ");
  return {
    kind: "escalation-appointment",
    title: `Hồ sơ ${dossier.code} đã quá hẹn trả kết quả`,
    body: [
      `Hồ sơ ${dossier.code} (${dossier.procedureName}) đã quá ngày hẹn trả kết quả ${due} mà chưa giải quyết xong.${holder ? ` Đang ở: ${holder}.` : ""} Cơ quan cần xin lỗi người nộp và hẹn lại (Mẫu 04) nếu chưa làm.`,
      `Dossier ${dossier.code} passed its appointment (${due}) unresolved${holder ? `; now with ${holder}` : ""}.`,
    ].join("\n"),
  };
}

// ── The morning digest ──

export type DigestSection = "OVERDUE" | "TODAY" | "NEXT_WORKING_DAY";
const ORDER: DigestSection[] = ["OVERDUE", "TODAY", "NEXT_WORKING_DAY"];

export type DigestItem = {
  code: string;
  procedureName: string;
  legTitle: string | null;
  leg: Deadline | null;
  appointment: Deadline | null;
  holderName: string | null;
};

/** The section of one deadline on the digest of `now`'s working day, or null when it is further off. */
export function sectionOf(now: Date, deadline: Deadline, context: Pick<CalendarContext, "calendar">): DigestSection | null {
  if (isPastDeadline(now, deadline.dueAt, deadline.precision)) return "OVERDUE";
  const today = localDateOf(now);
  const due = localDateOf(deadline.dueAt);
  if (due <= today) return "TODAY";
  return due <= nextWorkingDay(today, context) ? "NEXT_WORKING_DAY" : null;
}

/** A dossier's place on the digest: the more urgent of its leg's deadline and its appointment. */
export function digestSectionOf(now: Date, item: Pick<DigestItem, "leg" | "appointment">, context: Pick<CalendarContext, "calendar">): DigestSection | null {
  const sections = [item.leg, item.appointment].flatMap((deadline) => (deadline ? [sectionOf(now, deadline, context)] : [])).filter((section) => section !== null);
  return ORDER.find((section) => sections.includes(section)) ?? null;
}

const HEADINGS: Record<DigestSection, string> = {
  OVERDUE: "Đã quá hạn / Overdue",
  TODAY: "Đến hạn hôm nay / Due today",
  NEXT_WORKING_DAY: "Đến hạn ngày làm việc tiếp theo / Due next working day",
};

function digestLine(item: DigestItem): string {
  const parts = [
    item.leg ? `bước “${item.legTitle ?? ""}” hạn ${when(item.leg.dueAt, item.leg.precision)}` : null,
    item.appointment ? `hẹn trả ${when(item.appointment.dueAt, item.appointment.precision)}` : null,
    `người giữ: ${item.holderName ?? "chưa phân công"}`,
  ].filter(Boolean);
  return `- ${item.code} (${item.procedureName}): ${parts.join("; ")}`;
}

/** The unit's digest for the working day of `now`, or null when nothing of the unit falls due. */
export function dailyDigestNotice(now: Date, unitName: string, items: readonly DigestItem[], context: Pick<CalendarContext, "calendar">): (Notice & { count: number }) | null {
  const bySection = new Map<DigestSection, DigestItem[]>();
  for (const item of items) {
    const section = digestSectionOf(now, item, context);
    if (section) bySection.set(section, [...(bySection.get(section) ?? []), item]);
  }
  const count = [...bySection.values()].reduce((sum, list) => sum + list.length, 0);
  if (count === 0) return null;
  const size = (section: DigestSection) => bySection.get(section)?.length ?? 0;
  const blocks = ORDER.filter((section) => size(section) > 0).map((section) => {
    const lines = [...bySection.get(section)!].sort((a, b) => a.code.localeCompare(b.code)).map(digestLine);
    return [`${HEADINGS[section]} (${size(section)})`, ...lines].join("\n");
  });
  return {
    kind: "daily-digest",
    count,
    title: `Hồ sơ cần chú ý ngày ${formatDate(now)}: ${unitName}`,
    body: [
      `${unitName}: ${size("OVERDUE")} hồ sơ quá hạn, ${size("TODAY")} đến hạn hôm nay, ${size("NEXT_WORKING_DAY")} đến hạn ngày làm việc tiếp theo.`,
      `${unitName}: ${size("OVERDUE")} overdue, ${size("TODAY")} due today, ${size("NEXT_WORKING_DAY")} due next working day.`,
      "",
      blocks.join("\n\n"),
    ].join("\n"),
  };
}
