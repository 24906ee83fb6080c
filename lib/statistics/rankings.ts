// Rankings of agencies for a period (docs/domain/statistics.md, "Rankings"): the share resolved
// on time or early first, as the accountability the city asks of its heads is judged on it
// (DOMAIN §1, §9); then the number resolved. Pure.
import type { Figures } from "./figures";

/** Below this many resolved dossiers in the period an agency is listed, not ranked: one dossier on time is not 100 %. */
export const RANKING_MIN_RESOLVED = 10;

export type RankedAgency<T> = T & { rank: number | null };

/**
 * Ranks agencies: on-time rate descending, then resolved descending, then fewer overdue in
 * progress (open periods), then code. Equal keys share a rank ("1, 2, 2, 4"). Agencies with fewer
 * than RANKING_MIN_RESOLVED resolved come last, with rank null, in the same order.
 */
export function rankAgencies<T extends { code: string; figures: Figures }>(agencies: readonly T[]): RankedAgency<T>[] {
  const isRanked = (agency: T) => agency.figures.resolved.total >= RANKING_MIN_RESOLVED;
  const key = (agency: T) => [
    agency.figures.rates.onTime ?? -1,
    agency.figures.resolved.total,
    -(agency.figures.inProgress?.overdue ?? 0),
  ];
  const compare = (a: T, b: T) => {
    const [ka, kb] = [key(a), key(b)];
    for (let index = 0; index < ka.length; index++) if (ka[index] !== kb[index]) return kb[index]! - ka[index]!;
    return 0;
  };
  const sorted = [...agencies].sort((a, b) => Number(isRanked(b)) - Number(isRanked(a)) || compare(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const ranked: RankedAgency<T>[] = [];
  sorted.forEach((agency, index) => {
    if (!isRanked(agency)) return ranked.push({ ...agency, rank: null });
    const previous = ranked[index - 1];
    const rank = previous && previous.rank !== null && compare(sorted[index - 1]!, agency) === 0 ? previous.rank : index + 1;
    ranked.push({ ...agency, rank });
  });
  return ranked;
}
