// next-intl request configuration (wired in next.config.ts). No locale in the URL: the locale
// comes from the NEXT_LOCALE cookie, else Vietnamese.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TIME_ZONE, isLocale } from "./config";
import { MESSAGES } from "./messages";

export default getRequestConfig(async ({ locale: requested }) => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: TIME_ZONE,
  };
});
