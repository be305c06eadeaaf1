/** The summary sentence under a chart, written from the same numbers as its table. */
import type { Locale } from '../../i18n/index.ts';
import type { ChartSpec } from './spec.ts';
import type { ChartDataSource, ChartSeries, DataPoint } from './model.ts';
import { chartStrings } from './strings.ts';
import type { MeasureScales } from './kinds.ts';
import { formatBound } from './number-format.ts';

interface SummaryContext {
  ys: number[];
  featured: string | undefined;
  provinces: string[];
  fmt: (v: number | null) => string;
  series: ChartSeries[];
  xKeys: string[];
  /** Set when the measures drawn are on different or unknown scales. */
  scales: MeasureScales | undefined;
}

/** The summary sentence, written from the same numbers as the table. */
export function summarise(ds: ChartDataSource, spec: ChartSpec, locale: Locale, c: SummaryContext): string {
  const s = chartStrings(locale);
  const indexName = ds.indexName(spec.index, locale);
  const measure = spec.measures[0]!;
  const measureName = measure === 'total' ? undefined : ds.measureName(spec.index, measure, locale);
  const featured = c.featured;
  if (!featured) {
    return s.summaryNoFeatured({ index: indexName, measure: measureName, years: c.ys, provinces: c.provinces.length });
  }
  const name = ds.provinceName(featured, locale);
  // A computed rank carries the marks module's label (with the places it could really be), never a second wording.
  const rankOf = (p: DataPoint | undefined, year: number) =>
    p?.rank && p.rankOf
      ? { rank: p.rank, of: p.rankOf, computed: p.rankKind === 'computed' ? (ds.computedRankLabel?.(spec.index, year, featured, measure, locale) ?? s.computed) : (false as const) }
      : undefined;
  const scaleMax = (y: number) => ds.scale(spec.index, y, measure);

  if (spec.kind === 'line' || spec.kind === 'rank-line') {
    // The latest year with a value for the featured province.
    const withValue = c.ys.filter((y) => ds.point(spec.index, y, featured, measure)?.[spec.kind === 'line' ? 'value' : 'rank'] !== undefined);
    const last = withValue.at(-1);
    if (last === undefined) return s.summaryNoData({ province: name, index: indexName, measure: measureName, years: c.ys });
    const p = ds.point(spec.index, last, featured, measure)!;
    const prevYear = withValue.at(-2);
    const prev = prevYear !== undefined ? ds.point(spec.index, prevYear, featured, measure) : undefined;
    const change = prevYear !== undefined ? ds.rankChange(spec.index, featured, measure, last, prevYear) : null;
    const sameMethod = prevYear !== undefined && ds.period(spec.index, prevYear).from === ds.period(spec.index, last).from;
    return s.summaryLatest({
      year: last,
      province: name,
      index: indexName,
      measure: measureName,
      value: p.value !== undefined ? c.fmt(p.value) : undefined,
      max: scaleMax(last),
      rank: rankOf(p, last),
      previous:
        prevYear !== undefined && prev
          ? {
              year: prevYear,
              change,
              rank: rankOf(prev, prevYear),
              sameMethod,
            }
          : undefined,
      gaps: c.ys.length - withValue.length,
    });
  }

  const year = c.ys[0]!;
  if (spec.kind === 'bars' && spec.measures.length > 1) {
    const fs = c.series.find((x) => x.province === featured);
    const pairs = c.xKeys.map((k, i) => ({ k, v: fs?.values[i] ?? null })).filter((x): x is { k: string; v: number } => x.v !== null);
    if (!pairs.length) return s.summaryNoData({ province: name, index: indexName, measure: undefined, years: [year] });
    if (c.scales) return scaleGroups(ds, spec, locale, c.scales, c, pairs, { year, province: name, index: indexName });
    const hi = pairs.reduce((a, b) => (b.v > a.v ? b : a));
    const lo = pairs.reduce((a, b) => (b.v < a.v ? b : a));
    const mean = c.series.find((x) => x.comparison === 'national-mean');
    const above = mean ? pairs.filter((x) => x.v > (mean.values[c.xKeys.indexOf(x.k)] ?? Infinity)).length : undefined;
    return s.summaryDimensions({
      year,
      province: name,
      index: indexName,
      high: { name: ds.measureName(spec.index, hi.k, locale), value: c.fmt(hi.v) },
      low: { name: ds.measureName(spec.index, lo.k, locale), value: c.fmt(lo.v) },
      above,
      count: pairs.length,
    });
  }
  const p = ds.point(spec.index, year, featured, measure);
  const all = c.series[0];
  const ranked = spec.kind === 'ranked-bars' && all !== undefined;
  const best = ranked ? { name: ds.provinceName(c.xKeys[0] ?? '', locale), value: c.fmt(all.values[0] ?? null) } : undefined;
  const worst = ranked ? { name: ds.provinceName(c.xKeys.at(-1) ?? '', locale), value: c.fmt(all.values.at(-1) ?? null) } : undefined;
  return s.summaryRanked({
    year,
    province: name,
    index: indexName,
    measure: measureName,
    value: p?.value !== undefined ? c.fmt(p.value) : undefined,
    rank: rankOf(p, year),
    best,
    worst,
  });
}

/** Measures on different scales are ranked only against measures on the same scale, each value shown against its maximum. */
function scaleGroups(
  ds: ChartDataSource,
  spec: ChartSpec,
  locale: Locale,
  scales: MeasureScales,
  c: SummaryContext,
  pairs: { k: string; v: number }[],
  head: { year: number; province: string; index: string },
): string {
  const s = chartStrings(locale);
  const groups = scales.distinct.map((scale) => {
    const inScale = pairs.filter((x) => {
      const own = scales.byMeasure[c.xKeys.indexOf(x.k)];
      return own?.known !== false && own?.min === scale.min && own.max === scale.max;
    });
    const item = (x: { k: string; v: number }) => ({ name: ds.measureName(spec.index, x.k, locale), value: `${c.fmt(x.v)}/${formatBound(scale.max, locale)}` });
    const hi = inScale.reduce((a, b) => (b.v > a.v ? b : a), inScale[0]!);
    const lo = inScale.reduce((a, b) => (b.v < a.v ? b : a), inScale[0]!);
    return { scale, count: inScale.length, high: item(hi), low: item(lo) };
  });
  return s.summaryScales({ ...head, groups: groups.filter((g) => g.count > 0), unknown: scales.unknown, count: c.xKeys.length });
}
