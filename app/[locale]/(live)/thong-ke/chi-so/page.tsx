import type { Metadata } from "next";
import { indexMetadata, IndexRankingView } from "./ranking-view";

// The national index (QĐ 766) of every agency for a year. A valid year (or none) comes kept in the
// cache (proxy.ts, lib/national-index/cached-path.ts); a wrong one is said here, at its field.
export async function generateMetadata(): Promise<Metadata> {
  return indexMetadata();
}

export default async function IndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <IndexRankingView params={await searchParams} />;
}
