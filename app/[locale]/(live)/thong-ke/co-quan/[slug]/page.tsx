import type { Metadata } from "next";
import { StatisticsRoute, statisticsMetadata, type StatisticsRouteProps } from "../../statistics-route";

type Props = StatisticsRouteProps & { params: Promise<{ slug: string }> };

// One agency's statistics, by its slug (or its national code).
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return statisticsMetadata({ kind: "agency", key: decodeURIComponent((await params).slug) }, await searchParams);
}

export default async function AgencyStatisticsPage({ params, searchParams }: Props) {
  return <StatisticsRoute scope={{ kind: "agency", key: decodeURIComponent((await params).slug) }} searchParams={await searchParams} />;
}
