import type { Metadata } from "next";
import { agencyIndexMetadata, AgencyIndexView } from "../agency-view";

// One agency's national index. A valid year (or none) comes kept in the cache (proxy.ts,
// lib/national-index/cached-path.ts); this page answers the rest.
export async function generateMetadata({ params }: { params: Promise<{ agency: string }> }): Promise<Metadata> {
  return agencyIndexMetadata((await params).agency);
}

export default async function AgencyIndexPage({ params, searchParams }: { params: Promise<{ agency: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <AgencyIndexView slug={(await params).agency} query={await searchParams} />;
}
