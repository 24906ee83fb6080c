import type { Metadata } from "next";
import { indexMetadata, IndexRankingView } from "@/app/[locale]/(live)/thong-ke/chi-so/ranking-view";
import { pageLocale } from "@/lib/i18n/page-locale";

// The national index's ranking for a valid year, kept in Next's cache as long as its figures
// (five minutes; lib/national-index/city-index.ts): the proxy sends /thong-ke/chi-so[?nam=…] here.
export const revalidate = 300;

export function generateStaticParams(): { year: string }[] {
  return [];
}

type TProps = { params: Promise<{ locale: string; year: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  await pageLocale(params);
  return indexMetadata();
}

export default async function CachedIndexPage({ params }: TProps) {
  await pageLocale(params);
  return <IndexRankingView params={{ nam: (await params).year }} />;
}
