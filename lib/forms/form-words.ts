// The words of the printed forms come from the message catalogue (lib/i18n/messages/forms.vi.json,
// namespace FormText) and are always Vietnamese: the forms of Circular 01/2018/TT-VPCP are legal
// papers in the state's language, whatever language the officer reads the back office in. The
// print page, the PDF and the CSV all take their words from here, so they say exactly the same.
import { createTranslator } from "next-intl";
import { toLocal } from "@/lib/calendar/local-time";
import type { DeadlinePrecision } from "@/lib/calendar";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { MESSAGES } from "@/lib/i18n/messages";

function makeWords() {
  return {
    text: createTranslator({ locale: "vi", messages: MESSAGES.vi, namespace: "FormText" }),
    status: createTranslator({ locale: "vi", messages: MESSAGES.vi, namespace: "DossierStatus" }),
  };
}

export type FormWords = ReturnType<typeof makeWords>;

let words: FormWords | undefined;

export function formWords(): FormWords {
  words ??= makeWords();
  return words;
}

const two = (value: number) => String(value).padStart(2, "0");

/** "Hà Nội, ngày 30 tháng 11 năm 2026" (the place and date line of an administrative paper). */
export function placeDate(t: FormWords["text"], date: Date): string {
  const [year = "", month = "", day = ""] = toLocal(date).date.split("-");
  return t("placeDate", { day, month, year });
}

/** "09 giờ 05 phút, ngày 30/11/2026", Hà Nội time. */
export function formTime(t: FormWords["text"], date: Date): string {
  const { minuteOfDay } = toLocal(date);
  return t("time", { hours: two(Math.floor(minuteOfDay / 60)), minutes: two(Math.floor(minuteOfDay % 60)), date: formatDate(date) });
}

/** A deadline as precisely as it is judged: to the minute for a limit in hours, else the date. */
export function formDeadline(t: FormWords["text"], date: Date, precision: DeadlinePrecision | null): string {
  return precision === "INSTANT" ? formTime(t, date) : t("onDate", { date: formatDate(date) });
}

/** The same in a table cell: "14:05 26/11/2026" or "26/11/2026". */
export function deadlineCell(date: Date, precision: DeadlinePrecision | null): string {
  return precision === "INSTANT" ? formatDateTime(date) : formatDate(date);
}
