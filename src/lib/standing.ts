/**
 * Strengths and weaknesses from the data: where a province stands, dimension by dimension, over several years.
 * A rank in the top quarter of the provinces ranked that year counts as strong, the bottom quarter as weak.
 * The verdict is computed here (and labelled so on the page): it is not a judgement any source makes.
 */
import type { ChartDataSource } from './charts/model.ts';
import { pointRank, type PointRank } from './charts/rank.ts';

export type Verdict = 'strength' | 'weakness' | 'mixed';

export interface Standing {
  measure: string;
  years: (PointRank & { year: number; quarter: 1 | 2 | 3 | 4 })[];
  top: number;
  bottom: number;
  verdict: Verdict;
}

export function quarterOf(rank: number, of: number): 1 | 2 | 3 | 4 {
  const share = rank / of;
  return share <= 0.25 ? 1 : share <= 0.5 ? 2 : share <= 0.75 ? 3 : 4;
}

export function standings(ds: ChartDataSource, index: string, province: string, measures: string[], years: number[]): Standing[] {
  return measures.map((measure) => {
    const ranked = years.flatMap((year) => {
      const r = pointRank(ds.point(index, year, province, measure));
      return r ? [{ year, ...r, quarter: quarterOf(r.rank, r.of) }] : [];
    });
    const top = ranked.filter((r) => r.quarter === 1).length;
    const bottom = ranked.filter((r) => r.quarter === 4).length;
    const half = ranked.length / 2;
    const verdict: Verdict = ranked.length && bottom >= half ? 'weakness' : ranked.length && top >= half ? 'strength' : 'mixed';
    return { measure, years: ranked, top, bottom, verdict };
  });
}
