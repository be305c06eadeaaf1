/** The one rank object charts, tables and standings build from a data point. */
import type { DataPoint, RankKind } from './model.ts';

export interface PointRank {
  rank: number;
  of: number;
  kind: RankKind;
}

/** A point's rank out of N; null when the point has no rank or no N (a rank without kind is official). */
export function pointRank(p: Pick<DataPoint, 'rank' | 'rankOf' | 'rankKind'> | undefined): PointRank | null {
  return p?.rank && p.rankOf ? { rank: p.rank, of: p.rankOf, kind: p.rankKind ?? 'official' } : null;
}
