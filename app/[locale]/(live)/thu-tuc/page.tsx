import type { Metadata } from "next";
import type { TCatalogueSearchParams } from "@/lib/procedures/schemas";
import { catalogueMetadata, CatalogueView } from "./catalogue-view";

/** Each search and page has its own title, so the tab and a screen reader say where one is (WCAG 2.4.2). */
export async function generateMetadata({ searchParams }: { searchParams: Promise<TCatalogueSearchParams> }): Promise<Metadata> {
  return catalogueMetadata(await searchParams);
}

/** The catalogue, per request (a search by words); a browsing view comes kept in the cache (proxy.ts). */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<TCatalogueSearchParams> }) {
  return <CatalogueView searchParams={await searchParams} />;
}

