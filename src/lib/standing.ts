/**
 * Strengths and weaknesses from the data: where a province stands, dimension by dimension, over several years.
 * A rank in the top quarter of the provinces ranked that year counts as strong, the bottom quarter as weak.
 * The verdict is computed here (and labelled so on the page): it is not a judgement any source makes.
 */
import type { ChartDataSource } from './charts/model.ts';
import { pointRank, type PointRank } from './charts/rank.ts';

export type Verdict = 'strength' | 'weakness' | 'mixed';
/**
 * The shape of a run of ranks, named for readers: a collapse (top half, then bottom half to the end, from the top
 * quarter to the bottom quarter), a rise (the reverse), a steady strength or weakness (always on one side of the
 * middle, at least half the years in the outer quarter), always in the upper or lower half, or uneven.
 */
export type Pattern = 'collapse' | 'rise' | 'steady-strength' | 'steady-weakness' | 'upper-half' | 'lower-half' | 'strength' | 'weakness' | 'uneven';

export interface Standing {
  measure: string;
  years: (PointRank & { year: number; quarter: 1 | 2 | 3 | 4 })[];
  top: number;
  bottom: number;
  verdict: Verdict;
  pattern: Pattern;
  /** For a collapse or a rise: the first year on the new side of the middle. */
  turn?: number;
}

type Ranked = Standing['years'];

/** A split (at least two years each side) with every year before on one side of the middle and every year after on the other. */
function turnOf(ranked: Ranked, before: (q: number) => boolean, after: (q: number) => boolean, peak: number, trough: number): number | undefined {
  for (let i = 2; i <= ranked.length - 2; i++) {
    const [a, b] = [ranked.slice(0, i), ranked.slice(i)];
    if (a.every((r) => before(r.quarter)) && b.every((r) => after(r.quarter)) && a.some((r) => r.quarter === peak) && b.some((r) => r.quarter === trough)) return ranked[i]!.year;
  }
  return undefined;
}

export function patternOf(ranked: Ranked, verdict: Verdict): { pattern: Pattern; turn?: number } {
  if (ranked.length === 0) return { pattern: 'uneven' };
  const upper = (q: number) => q <= 2;
  const lower = (q: number) => q >= 3;
  const fall = turnOf(ranked, upper, lower, 1, 4);
  if (fall !== undefined) return { pattern: 'collapse', turn: fall };
  const rise = turnOf(ranked, lower, upper, 4, 1);
  if (rise !== undefined) return { pattern: 'rise', turn: rise };
  const half = ranked.length / 2;
  const top = ranked.filter((r) => r.quarter === 1).length;
  const bottom = ranked.filter((r) => r.quarter === 4).length;
  if (ranked.every((r) => upper(r.quarter))) return { pattern: top >= half ? 'steady-strength' : 'upper-half' };
  if (ranked.every((r) => lower(r.quarter))) return { pattern: bottom >= half ? 'steady-weakness' : 'lower-half' };
  return { pattern: verdict === 'mixed' ? 'uneven' : verdict };
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
    return { measure, years: ranked, top, bottom, verdict, ...patternOf(ranked, verdict) };
  });
}
