import type { Metadata } from "next";
import type { PageScope } from "@/lib/statistics-pages/urls";
import { closedPeriodRoute, StatisticsRoute, statisticsMetadata, type ClosedPeriodProps } from "@/app/[locale]/(live)/thong-ke/statistics-route";

// The city's statistics of a closed period, kept in Next's cache: the proxy sends here the address whose query is
// exactly a closed period's (lib/statistics-pages/cached-path.ts). A day, like its figures
// (lib/statistics/cache-policy.ts).
export const revalidate = 86400;

export function generateStaticParams(): { period: string }[] {
  return [];
}

const scopeOf = (): PageScope => ({ kind: "city" });

export async function generateMetadata(props: ClosedPeriodProps): Promise<Metadata> {
  const { scope, searchParams } = await closedPeriodRoute(props, scopeOf);
  return statisticsMetadata(scope, searchParams);
}

export default async function ClosedPeriodStatisticsPage(props: ClosedPeriodProps) {
  const { scope, searchParams } = await closedPeriodRoute(props, scopeOf);
  return <StatisticsRoute scope={scope} searchParams={searchParams} />;
}
