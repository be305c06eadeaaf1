/**
 * The compare view's data: every province's PAPI totals as a compact payload, and a ChartDataSource over it,
 * so the browser builds the chosen comparison with the same buildChartModel as the build does.
 */
import type { Locale } from '../../i18n/index.ts';
import type { ChartDataSource, DataPoint, Scale, StatPoint } from './model.ts';

export interface ComparePayload {
  index: string;
  indexName: string;
  measure: string;
  measureName: Record<Locale, string>;
  years: number[];
  /** Default selection: Hà Nam and the other Red River Delta provinces. */
  defaults: string[];
  provinces: { slug: string; name_vi: string; name_en: string; region: string }[];
  regions: { slug: string; name_vi: string; name_en: string }[];
  /** "<year>/<province>" → the figure shown. */
  points: Record<string, DataPoint>;
  scales: Record<string, Scale>;
  periods: Record<string, { from: number; to: number }>;
  sources: Record<string, Record<Locale, string>>;
  /** "<year>/<stat>" → the national statistic the data states, which comparisons draw. */
  stats: Record<string, StatPoint>;
}

export const COMPARE_PARAM = 'p';
export const YEAR_PARAM = 'nam';

/** Province slugs from ?p=a,b or ?p=a&p=b, keeping only known ones, without repeats. */
export function parseSelection(params: URLSearchParams, known: Set<string>): string[] {
  const raw = params.getAll(COMPARE_PARAM).flatMap((v) => v.split(','));
  return [...new Set(raw.map((s) => s.trim()).filter((s) => known.has(s)))].slice(0, 20);
}

export function compareDataSource(p: ComparePayload): ChartDataSource {
  const names = new Map(p.provinces.map((x) => [x.slug, x]));
  return {
    point: (_i, year, province) => p.points[`${year}/${province}`],
    provincesWith: (_i, year) => p.provinces.map((x) => x.slug).filter((s) => p.points[`${year}/${s}`]?.value !== undefined),
    provinceName: (slug, locale) => {
      const x = names.get(slug);
      if (!x) throw new Error(`Unknown province "${slug}"`);
      return locale === 'vi' ? x.name_vi : x.name_en;
    },
    measureName: (_i, _m, locale) => p.measureName[locale],
    indexName: () => p.indexName,
    scale: (_i, year) => p.scales[String(year)],
    period: (_i, year) => p.periods[String(year)] ?? { from: year, to: year },
    rankChange: () => null,
    nationalStat: (_i, year, _m, stat) => p.stats[`${year}/${stat}`],
    sourceLabel: (id, locale) => p.sources[id]?.[locale] ?? id,
  };
}
