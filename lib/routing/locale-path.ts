// How a visitor's address maps to the page that answers it (proxy.ts). Pure.
//
// The portal's addresses carry no locale (/thu-tuc/1.001193), and the visitor's language lives in
// the NEXT_LOCALE cookie. Every page sits under app/[locale]/, so the proxy rewrites the address to
// /<locale>/…: a page then knows its language from its path alone and can be kept in Next's cache
// for everyone who reads it in that language.
import { LOCALES, type TLocale } from "@/lib/i18n/config";

/** The visitor's language: the cookie when it names one, else Vietnamese. */
export { localeOf } from "@/lib/i18n/config";

/** The page that answers `pathname` in `locale`. */
export function localisedPath(locale: TLocale, pathname: string): string {
  return pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
}

/**
 * An address that names its language (/en/thu-tuc): the language and the address without it, so the
 * proxy can set the cookie and send the visitor to the address every link uses. Null otherwise.
 */
export function explicitLocale(pathname: string): { locale: TLocale; pathname: string } | null {
  for (const locale of LOCALES) {
    if (pathname === `/${locale}` || pathname.startsWith(`/${locale}/`)) {
      return { locale, pathname: pathname.slice(locale.length + 1) || "/" };
    }
  }
  return null;
}

/** The address without the locale a rewrite added: what the visitor sees, for links marked current. */
export function visiblePath(pathname: string): string {
  return explicitLocale(pathname)?.pathname ?? pathname;
}

/** Who the session cookie says is signed in, as the header's link needs it; never a secret. */
export type SessionHint = "STAFF" | "RESIDENT";
export const SESSION_HINT_COOKIE = "mc_who";

export function sessionHintOf(token: Record<string, unknown> | null): SessionHint | null {
  if (!token || typeof token.uid !== "string") return null;
  return token.via === "officer" ? "STAFF" : "RESIDENT";
}
