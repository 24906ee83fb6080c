import type { Metadata } from "next";
import { agencyIndexMetadata, AgencyIndexView } from "@/app/[locale]/(live)/thong-ke/chi-so/agency-view";
import { pageLocale } from "@/lib/i18n/page-locale";

// One agency's national index for a valid year, kept in Next's cache as long as its figures
// (five minutes): the proxy sends /thong-ke/chi-so/<agency>[?nam=…] here.
export const revalidate = 300;

export function generateStaticParams(): { year: string; agency: string }[] {
  return [];
}

type TProps = { params: Promise<{ locale: string; year: string; agency: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  await pageLocale(params);
  return agencyIndexMetadata((await params).agency);
}

export default async function CachedAgencyIndexPage({ params }: TProps) {
  await pageLocale(params);
  const { year, agency } = await params;
  return <AgencyIndexView slug={agency} query={{ nam: year }} />;
}
