/**
 * What a page covers: the years of an index for which a province has no headline value, between the index's first
 * year and the last year the province existed (or the last year with results). One statement per page is built
 * from this, so every page says what is missing the same way.
 */
import type { Dataset } from './dataset.ts';
import { getIndex, getProvince, headlineValue, seriesOf, yearsWithData } from './results.ts';

export interface Coverage {
  from: number;
  to: number;
  /** Years without a value, grouped into runs: [[2012, 2019], [2022, 2024]]. */
  missing: [number, number][];
}

export function coverageOf(ds: Dataset, index: string, province: string): Coverage {
  const from = getIndex(ds, index).first_year;
  const validTo = getProvince(ds, province).valid_to;
  const lastResults = yearsWithData(ds, index).at(-1) ?? from;
  // A province dissolved mid-year has no results for that year: its last year is the one before.
  const to = validTo ? Math.min(lastResults, Number(validTo.slice(0, 4)) - 1) : lastResults;
  const have = new Set(seriesOf(ds, index, province, 'total').filter((r) => headlineValue(r)).map((r) => r.year));
  const missing: [number, number][] = [];
  for (let y = from; y <= to; y++) {
    if (have.has(y)) continue;
    const last = missing.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else missing.push([y, y]);
  }
  return { from, to, missing };
}
