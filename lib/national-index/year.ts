// Which years the national index can be computed for. Pure.
import { localDateOf } from "@/lib/calendar/local-time";

export const FIRST_INDEX_YEAR = 2020;

/** The year of `?nam=` if it is one the index can be computed for, else null; none given: this year. */
export function indexYear(raw: string | undefined, now: Date): number | null {
  const current = Number(localDateOf(now).slice(0, 4));
  if (raw === undefined || raw === "") return current;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= FIRST_INDEX_YEAR && year <= current ? year : null;
}
