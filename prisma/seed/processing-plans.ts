// The internal processing plan (quy trình nội bộ) of a procedure: receipt at the one-stop desk,
// appraisal by the competent unit, review by its head for longer procedures, approval by the
// agency's leaders, return at the desk. Step times add up exactly to the legal limit, so the
// control slip (Mẫu 05) can tell which leg made a dossier late. Pure.
import type { TimeUnitName } from "./time-limits.ts";

/** A working day of the default hours 08:00–12:00, 13:00–17:00 (lib/env.ts WORKDAY_*). */
export const HOURS_PER_WORKING_DAY = 8;

type UnitKindName = "ONE_STOP_DESK" | "PROCESSING" | "LEADERSHIP";
type OfficerRoleName = "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER";

export type PlanStep = {
  position: number;
  name: string;
  nameEn: string;
  unitCode: string;
  unitKind: UnitKindName;
  role: OfficerRoleName;
  durationValue: number | null;
  durationUnit: TimeUnitName | null;
  description: string;
};

type StepKey = "receipt" | "appraisal" | "review" | "approval" | "return";

const STEP_TEXT: Record<StepKey, Omit<PlanStep, "position" | "unitCode" | "durationValue" | "durationUnit">> = {
  receipt: {
    name: "Tiếp nhận hồ sơ",
    nameEn: "Receive the dossier",
    unitKind: "ONE_STOP_DESK",
    role: "DESK_OFFICER",
    description: "Kiểm tra thành phần hồ sơ, lập Giấy tiếp nhận và hẹn trả kết quả, chuyển hồ sơ cho đơn vị xử lý.",
  },
  appraisal: {
    name: "Thẩm định hồ sơ",
    nameEn: "Appraise the dossier",
    unitKind: "PROCESSING",
    role: "SPECIALIST",
    description: "Chuyên viên thẩm định, xác minh khi cần và dự thảo kết quả giải quyết.",
  },
  review: {
    name: "Xem xét, trình ký",
    nameEn: "Review and submit for signature",
    unitKind: "PROCESSING",
    role: "UNIT_HEAD",
    description: "Trưởng phòng kiểm tra kết quả thẩm định và dự thảo, trình lãnh đạo cơ quan.",
  },
  approval: {
    name: "Phê duyệt, ký kết quả",
    nameEn: "Approve and sign the result",
    unitKind: "LEADERSHIP",
    role: "AGENCY_LEADER",
    description: "Lãnh đạo cơ quan xem xét, ký duyệt kết quả hoặc văn bản từ chối có nêu lý do.",
  },
  return: {
    name: "Trả kết quả",
    nameEn: "Return the result",
    unitKind: "ONE_STOP_DESK",
    role: "DESK_OFFICER",
    description: "Vào sổ theo dõi, thu phí, lệ phí nếu có và trả kết quả cho người nộp hồ sơ.",
  },
};

export type PlanInput = {
  limitValue: number | null;
  limitUnit: TimeUnitName | null;
  /** Code of the processing unit (AgencyUnit.code) in every implementing agency. */
  processingUnitCode: string;
  /** Whether the head of the processing unit reviews before the leaders sign. */
  hasReview: boolean;
};

/** Quarter-units of each step for a limit of `total` quarters; the appraisal takes the rest. */
function quarterSplit(total: number, hasReview: boolean): Partial<Record<StepKey, number>> {
  const days = total / 4;
  const desk = days <= 2 ? 1 : 2;
  const sign = days <= 5 ? 2 : days <= 15 ? 4 : 8;
  const review = hasReview ? sign : 0;
  const appraisal = total - 2 * desk - sign - review;
  if (appraisal < 1) throw new Error(`Time limit of ${days} too short for a ${hasReview ? 5 : 4}-step plan`);
  return { receipt: desk, appraisal, ...(hasReview ? { review } : {}), approval: sign, return: desk };
}

function durations(input: PlanInput): { unit: TimeUnitName | null; byStep: Partial<Record<StepKey, number>> } {
  const { limitValue: value, limitUnit: unit } = input;
  if (value === null || unit === null) return { unit: null, byStep: {} };
  // A same-day (1 working day) procedure is planned in hours of that day: 1 + 4 + 2 + 1 = 8 h.
  if (unit === "WORKING_DAYS" && value === 1) return { unit: "HOURS", byStep: { receipt: 1, appraisal: 4, approval: 2, return: 1 } };
  if (unit === "HOURS") {
    const quarter = value / 4;
    return { unit, byStep: { receipt: quarter, appraisal: quarter, approval: quarter, return: quarter } };
  }
  const quarters = Math.round(value * 4);
  if (quarters !== value * 4) throw new Error(`Time limit ${value} is not a multiple of a quarter day`);
  const split = quarterSplit(quarters, input.hasReview && value >= 3);
  return { unit, byStep: Object.fromEntries(Object.entries(split).map(([key, q]) => [key, q / 4])) };
}

export function buildProcessingPlan(input: PlanInput): PlanStep[] {
  const { unit, byStep } = durations(input);
  const withReview = unit === null ? input.hasReview : "review" in byStep;
  const keys: StepKey[] = withReview ? ["receipt", "appraisal", "review", "approval", "return"] : ["receipt", "appraisal", "approval", "return"];
  return keys.map((key, index) => {
    const text = STEP_TEXT[key];
    const unitCode = text.unitKind === "ONE_STOP_DESK" ? "MC" : text.unitKind === "LEADERSHIP" ? "LD" : input.processingUnitCode;
    const value = byStep[key];
    return { ...text, position: index + 1, unitCode, durationValue: value ?? null, durationUnit: value === undefined ? null : unit };
  });
}

/** Total of a plan's step times in the unit of the legal limit (hours → working days at 8 h). */
export function planTotal(steps: Pick<PlanStep, "durationValue" | "durationUnit">[], limitUnit: TimeUnitName): number {
  return steps.reduce((sum, step) => {
    if (step.durationValue === null || step.durationUnit === null) return sum;
    if (step.durationUnit === limitUnit) return sum + step.durationValue;
    if (step.durationUnit === "HOURS" && limitUnit === "WORKING_DAYS") return sum + step.durationValue / HOURS_PER_WORKING_DAY;
    throw new Error(`Cannot add ${step.durationUnit} to a limit in ${limitUnit}`);
  }, 0);
}
