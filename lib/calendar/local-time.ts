// Local time of Hà Nội. Asia/Ho_Chi_Minh has been UTC+7 all year since 1975 (no daylight saving),
// so converting is a fixed offset and does not depend on the server's time zone.
//
// Dates are counted as whole days since 1970-01-01 underneath: deadlines walk day by day, and the
// history generator walks millions of them, so adding a day must not parse and format a string.
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

/** A local calendar date, "yyyy-MM-dd". */
export type DateKey = string;

export type LocalInstant = { date: DateKey; minuteOfDay: number };

// Keys of the days 1990-01-01 … 2199-12-31, made once on first use; other dates take the slow path.
const FIRST_CACHED_DAY = Date.UTC(1990, 0, 1) / MS_PER_DAY;
const CACHED_DAYS = Math.round((Date.UTC(2200, 0, 1) - Date.UTC(1990, 0, 1)) / MS_PER_DAY);
let keys: string[] | undefined;
let numbers: Map<string, number> | undefined;

function keyTable(): { keys: string[]; numbers: Map<string, number> } {
  if (!keys || !numbers) {
    keys = new Array<string>(CACHED_DAYS);
    numbers = new Map();
    for (let index = 0; index < CACHED_DAYS; index++) {
      const key = new Date((FIRST_CACHED_DAY + index) * MS_PER_DAY).toISOString().slice(0, 10);
      keys[index] = key;
      numbers.set(key, FIRST_CACHED_DAY + index);
    }
  }
  return { keys, numbers };
}

/** Days since 1970-01-01 of a date key. */
export function dayNumber(date: DateKey): number {
  const cached = keyTable().numbers.get(date);
  if (cached !== undefined) return cached;
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`Invalid date ${date}`);
  return Math.round(time / MS_PER_DAY);
}

/** The date key of a day number. */
export function dateKeyOf(day: number): DateKey {
  const index = day - FIRST_CACHED_DAY;
  if (index >= 0 && index < CACHED_DAYS) return keyTable().keys[index]!;
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function toLocal(instant: Date): LocalInstant {
  const shifted = instant.getTime() + OFFSET_MS;
  const day = Math.floor(shifted / MS_PER_DAY);
  return { date: dateKeyOf(day), minuteOfDay: (shifted - day * MS_PER_DAY) / MS_PER_MINUTE };
}

/** The local date of an instant. */
export function localDateOf(instant: Date): DateKey {
  return dateKeyOf(Math.floor((instant.getTime() + OFFSET_MS) / MS_PER_DAY));
}

export function fromLocal(date: DateKey, minuteOfDay: number): Date {
  return new Date(dayNumber(date) * MS_PER_DAY + (minuteOfDay - VIETNAM_UTC_OFFSET_MINUTES) * MS_PER_MINUTE);
}

export function addDays(date: DateKey, days: number): DateKey {
  return dateKeyOf(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: DateKey): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** "HH:mm" → minutes after midnight. */
export function parseClock(clock: string): number {
  const match = /^(\d\d):(\d\d)$/.exec(clock);
  if (!match) throw new Error(`Invalid clock time ${clock}`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) >= 60 || minutes > 24 * 60) throw new Error(`Invalid clock time ${clock}`);
  return minutes;
}

/** ISO 8601 with the +07:00 offset, e.g. 2026-02-27T10:00:00+07:00. */
export function formatLocalIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}
