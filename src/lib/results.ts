/**
 * Typed queries over the dataset. Pages and components read figures only through these.
 * The headline value and rank are the preferred claim's (validation ensures exactly one per key), except that a
 * rounded or otherwise flagged value gives way to an unflagged one (the preferred_rule: "rounded figures are never
 * preferred"; the preferred claim may have been chosen for its official rank). A known misprint is never shown.
 */
import type { Claim, IndexDef, IndexId, MeasureDef, NationalStat, Period, Province, Result, Source } from '../data/schemas.ts';
import { periodForYear } from '../data/validate.ts';
import type { Dataset } from './dataset.ts';

export function resultKey(index: string, year: number, province: string, measure: string): string {
  return `${index}/${year}/${province}/${measure}`;
}

/** The result for a key such as "papi/2021/ha-nam/total"; an unknown key fails the build. */
export function getResult(ds: Dataset, key: string): Result {
  const r = ds.results.get(key);
  if (!r) throw new Error(`Unknown data key "${key}" (expected <index>/<year>/<province>/<measure> present in content/data/results)`);
  return r;
}

export function findResult(ds: Dataset, index: string, year: number, province: string, measure: string): Result | undefined {
  return ds.results.get(resultKey(index, year, province, measure));
}

/** False for a known misprint: kept for the record, never shown as a figure. */
export const usable = (c: { flag?: string | undefined }): boolean => c.flag !== 'typo';

/** The claim marked preferred (of a result, a national statistic or a fact). */
export function preferred<C extends { preferred: boolean }>(claims: C[]): C {
  return claims.find((c) => c.preferred) ?? claims[0]!;
}

export function preferredClaim(r: Result): Claim {
  return preferred(r.claims);
}

/** The claim whose value the site shows: the preferred one first, unflagged values before flagged ones. */
export function headlineValue(r: Result): Claim | undefined {
  const inOrder = [preferredClaim(r), ...r.claims];
  const hasValue = (c: Claim) => usable(c) && c.value !== undefined;
  return inOrder.find((c) => hasValue(c) && !c.flag) ?? inOrder.find(hasValue);
}

/** The claim whose rank the site shows. */
export function headlineRank(r: Result): Claim | undefined {
  const p = preferredClaim(r);
  if (p.rank !== undefined && p.rank_of !== undefined) return p;
  return r.claims.find((c) => usable(c) && c.rank !== undefined && c.rank_of !== undefined);
}

/** Claims other than the ones shown, for conflict notes and source lists. */
export function otherClaims(r: Result): Claim[] {
  const shown = new Set([headlineValue(r), headlineRank(r)]);
  return r.claims.filter((c) => !shown.has(c));
}

export function seriesOf(ds: Dataset, index: string, province: string, measure: string): Result[] {
  return ds.byProvince.get(`${index}/${province}/${measure}`) ?? [];
}

export function resultsForYear(ds: Dataset, index: string, year: number, measure: string): Result[] {
  return ds.byYear.get(`${index}/${year}/${measure}`) ?? [];
}

/** The latest result of a province that has a value (or a rank), or undefined. */
export function latestResult(ds: Dataset, index: string, province: string, measure: string): Result | undefined {
  return [...seriesOf(ds, index, province, measure)].reverse().find((r) => headlineValue(r) || headlineRank(r));
}

/** Years in which any province has a value for an index and measure, oldest first. */
export function yearsWithData(ds: Dataset, index: string, measure = 'total'): number[] {
  const years = new Set<number>();
  for (const key of ds.byYear.keys()) {
    const [i, y, m] = key.split('/');
    if (i === index && m === measure) years.add(Number(y));
  }
  return [...years].sort((a, b) => a - b);
}

export function getIndex(ds: Dataset, id: string): IndexDef {
  const x = ds.indices.get(id as IndexId);
  if (!x) throw new Error(`Unknown index "${id}"`);
  return x;
}

export function getProvince(ds: Dataset, slug: string): Province {
  const p = ds.provinces.get(slug);
  if (!p) throw new Error(`Unknown province "${slug}"`);
  return p;
}

export function getSource(ds: Dataset, id: string): Source {
  const s = ds.sources.get(id);
  if (!s) throw new Error(`Unknown source "${id}"`);
  return s;
}

export function periodFor(ds: Dataset, index: string, year: number): Period | undefined {
  return periodForYear(getIndex(ds, index), year);
}

export function measureDef(ds: Dataset, index: string, year: number, measure: string): MeasureDef | undefined {
  return periodFor(ds, index, year)?.measures.find((m) => m.id === measure);
}

/** A measure's definition in any period (latest first), for names. */
export function anyMeasureDef(ds: Dataset, index: string, measure: string): MeasureDef | undefined {
  for (const p of [...getIndex(ds, index).periods].reverse()) {
    const m = p.measures.find((x) => x.id === measure);
    if (m) return m;
  }
  return undefined;
}

/**
 * Places gained (+) or lost (−) from previousYear to year, or null when the site must not state one.
 * A change is stated when a source states it, or between two official ranks of the same index,
 * in the same methodology period and out of the same number of provinces.
 */
export function rankChange(ds: Dataset, index: string, province: string, measure: string, year: number, previousYear: number): number | null {
  const now = findResult(ds, index, year, province, measure);
  if (!now) return null;
  const stated = now.claims.find((c) => usable(c) && c.rank_change !== undefined && (c.rank_change_from ?? year - 1) === previousYear);
  if (stated?.rank_change !== undefined) return stated.rank_change;
  const before = findResult(ds, index, previousYear, province, measure);
  if (!before) return null;
  const a = headlineRank(now);
  const b = headlineRank(before);
  if (!a || !b || a.rank_kind !== 'official' || b.rank_kind !== 'official') return null;
  // A rank derived from a stated change never feeds a change of its own.
  if (a.derived || b.derived) return null;
  if (a.rank_of !== b.rank_of) return null;
  if (periodFor(ds, index, year)?.id !== periodFor(ds, index, previousYear)?.id) return null;
  return b.rank! - a.rank!;
}

export function nationalStat(ds: Dataset, index: string, year: number, scope: string, measure: string, stat: NationalStat['stat']): NationalStat | undefined {
  return ds.nationalStats.get(`${index}/${year}/${scope}/${measure}/${stat}`);
}

export function preferredStatClaim(s: NationalStat): NationalStat['claims'][number] {
  return preferred(s.claims);
}

/** Provinces that have at least one result for an index. */
export function provincesWithResults(ds: Dataset, index?: string): Province[] {
  const slugs = new Set<string>();
  for (const r of ds.results.values()) if (!index || r.index === index) slugs.add(r.province);
  return ds.provinceList.filter((p) => slugs.has(p.slug));
}

/** Provinces that existed in a year (a province merged away mid-year still counts for that year). */
export function provincesInYear(ds: Dataset, year: number): number {
  const y = (d: string | null) => (d === null ? undefined : Number(d.slice(0, 4)));
  return ds.provinceList.filter((p) => (y(p.valid_from) ?? -Infinity) <= year && (y(p.valid_to) ?? Infinity) >= year).length;
}
