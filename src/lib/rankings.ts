/** Ranking tables: every province with a value for an index and year, best first, with computed and official ranks. */
import type { Dataset } from './dataset.ts';
import { headlineValue, resultsForYear, usable, yearsWithData } from './results.ts';
import { quarterOf } from './standing.ts';
import type { Claim, Result } from '../data/schemas.ts';

export interface RankingRow {
  result: Result;
  value: Claim;
  computed?: Claim | undefined;
  official?: Claim | undefined;
  /** 1 = top quarter … 4 = bottom quarter, from the computed rank. */
  group?: 1 | 2 | 3 | 4 | undefined;
}

/** Years with a full table: at least this many provinces have a value. */
export const FULL_TABLE_MIN = 40;

export function rankingYears(ds: Dataset, index: string): number[] {
  return yearsWithData(ds, index).filter((y) => rankingRows(ds, index, y).length >= FULL_TABLE_MIN);
}

export function rankingRows(ds: Dataset, index: string, year: number): RankingRow[] {
  return resultsForYear(ds, index, year, 'total')
    .flatMap((result) => {
      const value = headlineValue(result);
      // A figure derived from a stated change is shown beside its source, never ranked.
      if (!value || value.derived) return [];
      const computed = result.claims.find((c) => c.rank_kind === 'computed' && c.rank && c.rank_of && usable(c));
      const official = result.claims.find((c) => c.rank_kind === 'official' && c.rank && c.rank_of && usable(c));
      return [{ result, value, computed, official, group: computed ? quarterOf(computed.rank!, computed.rank_of!) : undefined }];
    })
    .sort((a, b) => b.value.value! - a.value.value! || a.result.province.localeCompare(b.result.province));
}
