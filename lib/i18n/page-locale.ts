// A cached page's language comes from its path (app/[locale]/…), never from the request: each of
// its server entry points (the page, its metadata) states it before reading any text.
import { setRequestLocale } from "next-intl/server";
import { localeOf, type TLocale } from "./config";

export async function pageLocale(params: Promise<{ locale: string }>): Promise<TLocale> {
  const { locale } = await params;
  const known = localeOf(locale);
  setRequestLocale(known);
  return known;
}
