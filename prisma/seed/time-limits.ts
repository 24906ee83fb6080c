// The legal time limit of each procedure, from the dataset's processingDays/processingUnit/
// processingText. The published text is always kept (timeLimitText); a value is stored only with
// a unit the source or the law makes certain, so value and unit are both set or both null.
import type { SourceProcedure } from "./source-data.ts";

export type TimeUnitName = "WORKING_DAYS" | "CALENDAR_DAYS" | "HOURS";

export type TimeLimit = {
  timeLimitValue: number | null;
  timeLimitUnit: TimeUnitName | null;
  timeLimitText: string;
  onlineTimeLimitValue: number | null;
  onlineTimeLimitUnit: TimeUnitName | null;
  hasSameDayCutoff: boolean;
};

// Certification (chứng thực), Decree 23/2015/NĐ-CP: art. 7 makes a request a same-day job,
// handed back the next working day when received after 15:00, except (among others) art. 37:
// contracts and transactions take at most 2 working days from the complete dossier. A will is a
// unilateral transaction certified under the same chapter. The catalogue says "Không có thông
// tin" for all four, so the law fills the gap.
const CERTIFICATION_LIMITS: Record<string, "SAME_DAY" | 2> = {
  "2.000815": "SAME_DAY", // certified copy from the original
  "2.000884": "SAME_DAY", // certification of a signature
  "2.001035": 2, // contracts on movables, land use rights, housing (art. 37)
  "2.001019": 2, // will (art. 37)
};

// Land procedures publish a shorter (or, for 1.012783, longer) limit for online submission;
// values as written in processingText ("trực tuyến N ngày làm việc").
const ONLINE_WORKING_DAYS: Record<string, number> = {
  "1.013978": 17,
  "1.012783": 15,
  "1.012786": 10,
  "1.012787": 8,
  "1.012784": 12,
};

const SAME_DAY: Pick<TimeLimit, "timeLimitValue" | "timeLimitUnit" | "hasSameDayCutoff"> = {
  timeLimitValue: 1,
  timeLimitUnit: "WORKING_DAYS",
  hasSameDayCutoff: true,
};

function baseLimit(procedure: SourceProcedure): Pick<TimeLimit, "timeLimitValue" | "timeLimitUnit" | "hasSameDayCutoff"> {
  const none = { timeLimitValue: null, timeLimitUnit: null, hasSameDayCutoff: false };
  const { processingDays: days, processingUnit: unit, processingText: text } = procedure;

  // Civil status (hộ tịch), Law on Civil Status 2014 art. 16–18 (birth, marriage): the event is
  // registered as soon as the complete papers are received, and the catalogue's procedure text
  // adds that papers received after 15:00 get their result the next working day. So where the
  // published text states that cut-off (1.001193 birth registration, whose time column says a
  // bare "1"; 2.000635 copies of extracts, "Không có thông tin"), the limit is 1 working day with
  // the 15:00 cut-off. Other civil-status records give a bare number without it and keep no value.
  if (procedure.field === "Hộ tịch" && unit === null && /15 giờ/.test(text)) return SAME_DAY;

  const certification = CERTIFICATION_LIMITS[procedure.code];
  if (procedure.field === "Chứng thực" && unit === null && certification) {
    return certification === "SAME_DAY" ? SAME_DAY : { timeLimitValue: certification, timeLimitUnit: "WORKING_DAYS", hasSameDayCutoff: false };
  }

  if (unit === "ngày làm việc" && days !== null) return { timeLimitValue: days, timeLimitUnit: "WORKING_DAYS", hasSameDayCutoff: false };
  if (unit === "giờ") {
    const hours = days ?? Number(/^(\d+) giờ/.exec(text)?.[1] ?? Number.NaN);
    return Number.isFinite(hours) ? { timeLimitValue: hours, timeLimitUnit: "HOURS", hasSameDayCutoff: false } : none;
  }
  // "Ngày" without "làm việc" (building permits, criminal records, land mediation and allocation)
  // may or may not mean working days (data README), and a bare number has no unit at all: no
  // value is invented; the text stays visible and an administrator can set the limit.
  return none;
}

export function mapTimeLimit(procedure: SourceProcedure): TimeLimit {
  const base = baseLimit(procedure);
  const online = ONLINE_WORKING_DAYS[procedure.code];
  return {
    ...base,
    timeLimitText: procedure.processingText,
    onlineTimeLimitValue: online ?? null,
    onlineTimeLimitUnit: online === undefined ? null : "WORKING_DAYS",
  };
}
