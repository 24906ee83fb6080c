import type { Metadata } from "next";
import { StatisticsRoute, statisticsMetadata, type StatisticsRouteProps } from "../../statistics-route";

type Props = StatisticsRouteProps & { params: Promise<{ code: string }> };

// One procedure's statistics across the agencies that implement it, and how long it really takes.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return statisticsMetadata({ kind: "procedure", key: decodeURIComponent((await params).code) }, await searchParams);
}

export default async function ProcedureStatisticsPage({ params, searchParams }: Props) {
  return <StatisticsRoute scope={{ kind: "procedure", key: decodeURIComponent((await params).code) }} searchParams={await searchParams} />;
}
