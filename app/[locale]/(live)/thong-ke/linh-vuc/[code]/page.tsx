import type { Metadata } from "next";
import { StatisticsRoute, statisticsMetadata, type StatisticsRouteProps } from "../../statistics-route";

type Props = StatisticsRouteProps & { params: Promise<{ code: string }> };

// One field's statistics (lĩnh vực), across the agencies that handle its procedures.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return statisticsMetadata({ kind: "field", key: decodeURIComponent((await params).code) }, await searchParams);
}

export default async function FieldStatisticsPage({ params, searchParams }: Props) {
  return <StatisticsRoute scope={{ kind: "field", key: decodeURIComponent((await params).code) }} searchParams={await searchParams} />;
}
