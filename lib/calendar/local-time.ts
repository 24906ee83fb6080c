// Local time of Hà Nội. Asia/Ho_Chi_Minh has been UTC+7 all year since 1975 (no daylight saving),
// so converting is a fixed offset and does not depend on the server's time zone.
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A local calendar date, "yyyy-MM-dd". */
export type DateKey = string;

export type LocalInstant = { date: DateKey; minuteOfDay: number };

export function toLocal(instant: Date): LocalInstant {
  const shifted = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE);
  return {
    date: shifted.toISOString().slice(0, 10),
    minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() + shifted.getUTCSeconds() / 60 + shifted.getUTCMilliseconds() / MS_PER_MINUTE,
  };
}

export function fromLocal(date: DateKey, minuteOfDay: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minuteOfDay - VIETNAM_UTC_OFFSET_MINUTES) * MS_PER_MINUTE);
}

export function addDays(date: DateKey, days: number): DateKey {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: DateKey): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
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
  const shifted = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}
