import type { Metadata } from "next";
import { StatisticsRoute, statisticsMetadata, type StatisticsRouteProps } from "./statistics-route";

// Thống kê: how the city's agencies resolve dossiers (docs/domain/statistics.md, "The public pages").
export async function generateMetadata({ searchParams }: StatisticsRouteProps): Promise<Metadata> {
  return statisticsMetadata({ kind: "city" }, await searchParams);
}

export default async function CityStatisticsPage({ searchParams }: StatisticsRouteProps) {
  return <StatisticsRoute scope={{ kind: "city" }} searchParams={await searchParams} />;
}
