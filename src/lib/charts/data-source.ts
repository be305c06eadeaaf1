/** The dataset seen through the narrow ChartDataSource interface that buildChartModel reads. */
import type { Dataset } from '../dataset.ts';
import { publisherLabel } from '../../i18n/publishers.ts';
import { formatSourceDate } from '../dates.ts';
import {
  anyMeasureDef,
  findResult,
  getIndex,
  getProvince,
  getSource,
  headlineRank,
  headlineValue,
  measureDef,
  periodFor,
  provincesWithResults,
  rankChange,
  resultsForYear,
} from '../results.ts';
import type { ChartDataSource, DataPoint } from './model.ts';
import { computedRankLabel, keyMarks, markKinds, noDataKind, statMarkKinds } from '../marks.ts';
import { loadBoundaries } from '../geo.ts';

export function chartDataSource(ds: Dataset): ChartDataSource {
  return {
    point(index, year, province, measure): DataPoint | undefined {
      const r = findResult(ds, index, year, province, measure);
      if (!r) return undefined;
      const v = headlineValue(r);
      const k = headlineRank(r);
      if (!v && !k) return undefined;
      return {
        value: v?.value,
        precision: v?.precision,
        rank: k?.rank,
        rankOf: k?.rank_of,
        rankKind: k?.rank_kind,
        source: (v ?? k)!.source,
        ...(k && v && k.source !== v.source ? { rankSource: k.source } : {}),
        conflict: Boolean(r.conflict),
        // Only non-empty lists: the compare page ships every point.
        ...(v && markKinds(r, 'value').length ? { valueMarks: markKinds(r, 'value') } : {}),
        ...(k && markKinds(r, 'rank').length ? { rankMarks: markKinds(r, 'rank') } : {}),
      };
    },
    nationalStat(index, year, measure, stat) {
      const s = ds.nationalStats.get(`${index}/${year}/national/${measure}/${stat}`);
      const shown = s && (s.claims.find((c) => c.preferred) ?? s.claims[0]);
      if (!s || shown?.value === undefined) return undefined;
      return { value: shown.value, precision: shown.precision, source: shown.source, marks: statMarkKinds(s) };
    },
    statConflict(key) {
      return Boolean(ds.nationalStats.get(key)?.conflict);
    },
    markTexts(key, kinds, shown, locale) {
      return keyMarks(ds, key, kinds, shown, locale);
    },
    computedRankLabel(index, year, province, measure, locale) {
      const r = findResult(ds, index, year, province, measure);
      const k = r && headlineRank(r);
      return k?.rank_kind === 'computed' ? computedRankLabel(ds, k, year, locale) : undefined;
    },
    noDataKind(index, year, province, measure) {
      return noDataKind(ds, index, year, province, measure);
    },
    mapUnits(set) {
      return [...loadBoundaries(set, ds.provinces.values()).bySlug].map(([province, shape]) => ({ province, code: String(shape.id) }));
    },
    provincesWith(index, year, measure) {
      return resultsForYear(ds, index, year, measure)
        .filter((r) => headlineValue(r))
        .map((r) => r.province);
    },
    provinceName(slug, locale) {
      const p = getProvince(ds, slug);
      return locale === 'vi' ? p.name_vi : p.name_en;
    },
    measureName(index, measure, locale) {
      const m = anyMeasureDef(ds, index, measure);
      if (!m) throw new Error(`Unknown measure "${measure}" for ${index}`);
      return locale === 'vi' ? m.name_vi : m.name_en;
    },
    indexName(index) {
      return getIndex(ds, index).short_name;
    },
    scale(index, year, measure) {
      const m = measureDef(ds, index, year, measure);
      return m ? { min: m.scale.min, max: m.scale.max, unit: m.scale.unit, known: m.scale.basis !== 'bound' } : undefined;
    },
    period(index, year) {
      const p = periodFor(ds, index, year);
      // Comparable periods (same scale, same totals) count as one series.
      const all = getIndex(ds, index).periods;
      let i = p ? all.indexOf(p) : 0;
      while (i > 0 && all[i]!.comparable_with_previous) i--;
      let j = p ? all.indexOf(p) : 0;
      while (j + 1 < all.length && all[j + 1]!.comparable_with_previous) j++;
      return { from: all[i]?.from ?? year, to: all[j]?.to ?? 9999 };
    },
    rankChange(index, province, measure, year, previousYear) {
      return rankChange(ds, index, province, measure, year, previousYear);
    },
    sourcePublisher(id) {
      return getSource(ds, id).publisher;
    },
    sourceLabel(id, locale) {
      const s = getSource(ds, id);
      const publisher = publisherLabel(s.publisher, locale);
      return s.date ? `${publisher} (${formatSourceDate(s.date, locale)})` : publisher;
    },
  };
}

export function provinceSlugsWithResults(ds: Dataset): string[] {
  return provincesWithResults(ds).map((p) => p.slug);
}

/** The original publisher; with `copyLabel`, followed by the data copy we read, if any ("…; bản sao dữ liệu: …"). */
export function sourcePublisher(ds: Dataset, id: string, copyLabel?: string): string {
  const s = getSource(ds, id);
  return copyLabel && s.data_copy ? `${s.publisher} (${copyLabel}: ${s.data_copy})` : s.publisher;
}

/** A source as the JSON download cites it; a mirror is replaced by the original it copies. */
export function sourceCitation(ds: Dataset, id: string) {
  const s = getSource(ds, id);
  return { id: s.id, title: s.title, publisher: s.publisher, ...(s.data_copy ? { data_copy: s.data_copy } : {}), url: s.url, date: s.date, kind: s.kind };
}
