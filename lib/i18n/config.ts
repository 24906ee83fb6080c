// Locales of the portal. The URL carries no locale: the choice lives in the NEXT_LOCALE cookie
// (set by app/ngon-ngu/route.ts), Vietnamese by default.
export const LOCALES = ["vi", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "vi";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Every date and time shown to a user is in Hà Nội's time zone, whatever the server's. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A locale from a cookie or a path segment: the one it names, else Vietnamese. */
export function localeOf(value: unknown): TLocale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
