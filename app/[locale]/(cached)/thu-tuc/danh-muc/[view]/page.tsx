import type { Metadata } from "next";
import { catalogueMetadata, CatalogueView } from "@/app/[locale]/(live)/thu-tuc/catalogue-view";
import { pageLocale } from "@/lib/i18n/page-locale";
import { browseQueryOf } from "@/lib/procedures/cached-catalogue-path";

// A view of the catalogue without a search by words (all procedures, a field, a level, an agency,
// a page), kept in Next's cache: the proxy sends here the address whose query is exactly as the
// portal writes it (lib/procedures/cached-catalogue-path.ts). The catalogue changes only through an
// administrator's action, which drops the cached pages; otherwise a day at most.
export const revalidate = 86400;

export function generateStaticParams(): { view: string }[] {
  return [];
}

type TProps = { params: Promise<{ locale: string; view: string }> };

async function queryOf(props: TProps) {
  await pageLocale(props.params);
  return browseQueryOf(decodeURIComponent((await props.params).view));
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  return catalogueMetadata(await queryOf(props));
}

export default async function CatalogueBrowsePage(props: TProps) {
  return <CatalogueView searchParams={await queryOf(props)} />;
}
