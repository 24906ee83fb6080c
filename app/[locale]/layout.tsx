import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { DocumentFrame } from "@/components/layout/document-frame";
import { isLocale, localeOf } from "@/lib/i18n/config";
import "../globals.css";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: localeOf(locale), namespace: "Metadata" });
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    applicationName: t("applicationName"),
  };
}

/**
 * The locale is the first segment of the address the proxy rewrote to (proxy.ts: the visitor's
 * cookie, Vietnamese by default; docs/architecture.md, "Caching"). Nothing is rendered at build
 * time: every page is rendered against the database it is served from, on its first request; the
 * (cached) pages are then kept.
 */
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0a3566" };

export default async function LocaleLayout({ children, params }: TProps & { children: ReactNode }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // The page's language from its path, not from the request: what lets a page be cached.
  setRequestLocale(locale);
  return <DocumentFrame locale={locale}>{children}</DocumentFrame>;
}
