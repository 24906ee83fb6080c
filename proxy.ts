// Every page request passes here (docs/architecture.md, "Caching"):
// - the address is rewritten to /<locale>/… from the NEXT_LOCALE cookie, so pages know their
//   language from their path and the public ones can be kept in Next's cache;
// - a statistics page of a closed period, a view of the catalogue without a search by words and
//   the national index of a valid year go to their cached twins, whose period, view or year is in
//   their path (lib/statistics-pages/cached-path.ts, lib/procedures/cached-catalogue-path.ts,
//   lib/national-index/cached-path.ts);
// - /en/… and /vi/… addresses (shared links) set the cookie and lead to the plain address;
// - the readable `mc_who` cookie follows the session, so a cached page's header can offer
//   "Tài khoản" or "Trang cán bộ" without the server reading the session for that page.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { nationalIndexPage } from "@/lib/national-index/cached-path";
import { catalogueBrowsePage } from "@/lib/procedures/cached-catalogue-path";
import { closedPeriodPage } from "@/lib/statistics-pages/cached-path";
import { SESSION_HINT_COOKIE, explicitLocale, localeOf, localisedPath, sessionHintOf } from "@/lib/routing/locale-path";

const NEXT_INTL_LOCALE_HEADER = "X-NEXT-INTL-LOCALE";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

async function followSession(request: NextRequest, response: NextResponse): Promise<NextResponse> {
  const secure = request.nextUrl.protocol === "https:";
  const hasSession = request.cookies.getAll().some((cookie) => cookie.name.endsWith("next-auth.session-token"));
  const current = request.cookies.get(SESSION_HINT_COOKIE)?.value;
  let hint: string | null = null;
  if (hasSession && process.env.AUTH_SECRET) {
    try {
      hint = sessionHintOf(await getToken({ req: request, secret: process.env.AUTH_SECRET, secureCookie: secure }));
    } catch {
      hint = null; // a cookie sealed with another secret: nobody is signed in
    }
  }
  if (hint && hint !== current) response.cookies.set(SESSION_HINT_COOKIE, hint, { path: "/", sameSite: "lax", secure });
  else if (!hint && current) response.cookies.delete(SESSION_HINT_COOKIE);
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const named = explicitLocale(pathname);
  if (named) {
    const target = request.nextUrl.clone();
    target.pathname = named.pathname;
    const response = NextResponse.redirect(target, 307);
    response.cookies.set(LOCALE_COOKIE, named.locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", secure: request.nextUrl.protocol === "https:" });
    return response;
  }
  const locale = localeOf(request.cookies.get(LOCALE_COOKIE)?.value);
  const query = request.nextUrl.searchParams;
  const now = new Date();
  const closed = closedPeriodPage(pathname, query, now) ?? catalogueBrowsePage(pathname, query) ?? nationalIndexPage(pathname, query, now);
  // The same origin as the request (nextUrl): a rewrite to another origin would be a proxied fetch.
  const target = request.nextUrl.clone();
  target.pathname = localisedPath(locale, closed ?? pathname);
  if (closed) target.search = "";
  // next-intl's request header: what route handlers, actions and the not-found document read.
  const headers = new Headers(request.headers);
  headers.set(NEXT_INTL_LOCALE_HEADER, locale);
  return followSession(request, NextResponse.rewrite(target, { request: { headers } }));
}

export const config = {
  // Pages only: not the API, Next's own files, the language switch, or the app's icon and robots
  // files. Procedure codes contain dots (/thu-tuc/1.001193): no rule on "extensions".
  matcher: ["/((?!api/|_next/|ngon-ngu|icon\\.svg|favicon\\.ico|robots\\.txt|sitemap\\.xml).*)"],
};
