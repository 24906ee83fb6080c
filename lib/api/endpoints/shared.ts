// Pieces shared by the contracts: dates, bilingual names and the enums as the API spells them
// (lower case with underscores, like the query parameters: "working_days", "province").
import { z } from "zod";
import { described } from "../contract";

/** An instant, ISO 8601 in Hà Nội time: 2026-03-09T09:00:00+07:00. */
export const ZDateTime = z.iso.datetime({ offset: true });

export const ZLocalizedName = z.object({
  name: z.string().meta(described("Tên (tiếng Việt)", "Name (Vietnamese)")),
  nameEn: z.string().nullable().meta(described("Tên tiếng Anh, nếu có", "English name, where there is one")),
});

export const TIME_UNITS = ["working_days", "calendar_days", "hours"] as const;
export const ZTimeUnit = z.enum(TIME_UNITS).meta(described("Đơn vị: ngày làm việc, ngày, giờ", "Unit: working days, calendar days, hours"));

/** A Prisma enum value ("WORKING_DAYS") as the API spells it ("working_days"). */
export function apiEnum<T extends string>(value: T): Lowercase<T> {
  return value.toLowerCase() as Lowercase<T>;
}
