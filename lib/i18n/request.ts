// next-intl request configuration (wired in next.config.ts). The visitor's address carries no
// locale: proxy.ts rewrites every page to /<locale>/… from the NEXT_LOCALE cookie (Vietnamese by
// default) and passes the locale on in a request header. A page's layout takes its locale from that
// path segment (setRequestLocale in app/[locale]/layout.tsx), so a page can be kept in Next's
// cache; everything else (route handlers, server actions, the not-found document) reads the
// header, or the cookie where the proxy does not run (the API).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, TIME_ZONE, isLocale, localeOf, type TLocale } from "./config";
import { MESSAGES } from "./messages";

async function cookieLocale(): Promise<TLocale> {
  return localeOf((await cookies()).get(LOCALE_COOKIE)?.value);
}

export default getRequestConfig(async ({ locale: requested, requestLocale }) => {
  const fromPage = isLocale(requested) ? requested : await requestLocale;
  const locale = isLocale(fromPage) ? fromPage : await cookieLocale();
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: TIME_ZONE,
  };
});
