// Formats shared by every page. Dates are dd/MM/yyyy in both languages (the form residents know
// from their papers), always in Hà Nội time. Money and other numbers go through the messages
// ("{amount, number} đ"), formatted by next-intl in the visitor's locale.
import { TIME_ZONE } from "./config";

const dateFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/** 26/11/2026 */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

const timeFormat = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });

/** 14:05 26/11/2026 (time first, as on Vietnamese forms) */
export function formatDateTime(date: Date): string {
  return `${timeFormat.format(date)} ${dateFormat.format(date)}`;
}

/** 1,2 MB / 350 KB (decimal comma, as in Vietnamese). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
