/**
 * buildChartModel: the one function that turns a chart spec into everything a reader or a journalist gets:
 * the series for Chart.js and the PNG, the data table, the CSV/JSON rows and the summary sentence.
 * It reads data only through ChartDataSource, so it stays a pure function that unit tests can feed.
 */
import type { Locale } from '../../i18n/index.ts';
import type { ChartKind, ChartSpec, Comparison } from './spec.ts';
import { chartStrings } from './strings.ts';
import { formatNumber } from './number-format.ts';

export type RankKind = 'official' | 'computed';

/** The preferred claim for one (index, year, province, measure), reduced to what a chart needs. */
export interface DataPoint {
  value?: number | undefined;
  precision?: number | undefined;
  rank?: number | undefined;
  rankOf?: number | undefined;
  rankKind?: RankKind | undefined;
  source: string;
  /** True when sources disagree about this key. */
  conflict?: boolean | undefined;
}

export interface Scale {
  min: number;
  max: number;
  unit: 'points' | 'percent';
}

export interface ChartDataSource {
  point(index: string, year: number, province: string, measure: string): DataPoint | undefined;
  /** Provinces that have a value for this key, in any order. */
  provincesWith(index: string, year: number, measure: string): string[];
  provinceName(slug: string, locale: Locale): string;
  measureName(index: string, measure: string, locale: Locale): string;
  indexName(index: string, locale: Locale): string;
  scale(index: string, year: number, measure: string): Scale | undefined;
  /** The methodology period a year belongs to, e.g. { from: 2018, to: 2024 }. */
  period(index: string, year: number): { from: number; to: number };
  /** Places gained (+) or lost (−) between two years, only where the data rules allow it; else null. */
  rankChange(index: string, province: string, measure: string, year: number, previousYear: number): number | null;
  /** "Publisher, date" for a source line. */
  sourceLabel(id: string, locale: Locale): string;
}

export type SeriesRole = 'featured' | 'province' | 'comparison';

export interface ChartSeries {
  id: string;
  label: string;
  role: SeriesRole;
  comparison?: Comparison;
  province?: string;
  measure: string;
  /** For line series: the methodology period this series covers. */
  period?: { from: number; to: number };
  /** One entry per x label; null where there is no value (a gap, never a zero). */
  values: (number | null)[];
  ranks: ({ rank: number; of: number; kind: RankKind } | null)[];
}

export interface TableCell {
  text: string;
  value: number | null;
  /** Rank text such as "19/63 (tính toán)". */
  rank?: string;
}

export interface ChartModel {
  id: string;
  kind: ChartKind;
  index: string;
  locale: Locale;
  title: string;
  subtitle: string;
  summary: string;
  xLabels: string[];
  /** Category ids behind xLabels: years as strings, measure ids or province slugs. */
  xKeys: string[];
  y: { min: number; max: number; reverse: boolean; label: string; unit: Scale['unit'] | 'rank' };
  precision: number;
  featured: string | undefined;
  series: ChartSeries[];
  /** Where a method changed inside the chart's years: the first year of the new method. */
  breaks: number[];
  table: {
    caption: string;
    rowHeader: string;
    columns: string[];
    rows: { header: string; cells: TableCell[] }[];
  };
  /** Tidy rows for CSV and JSON: plain numbers, rank and rank_of in their own columns. */
  records: ChartRecord[];
  sources: string[];
  sourceLine: string;
  notes: string[];
}

export interface ChartRecord {
  chart: string;
  index: string;
  year: number;
  province: string;
  province_name: string;
  measure: string;
  measure_name: string;
  series: string;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  rank_kind: RankKind | null;
  source: string | null;
}

/** Line series carry their methodology period in the id ("ha-nam:total:2018"); a year outside it is not a gap. */
function inSeriesPeriod(series: ChartSeries, key: string): boolean {
  if (!series.period) return true;
  const year = Number(key);
  return year >= series.period.from && year <= series.period.to;
}

function years(spec: ChartSpec): number[] {
  if ('year' in spec.years) return [spec.years.year];
  const out: number[] = [];
  for (let y = spec.years.from; y <= spec.years.to; y++) out.push(y);
  return out;
}

function statOf(values: number[], which: Comparison): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  switch (which) {
    case 'national-mean':
      return sorted.reduce((s, v) => s + v, 0) / sorted.length;
    case 'median': {
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    }
    case 'best':
      return sorted.at(-1)!;
    case 'worst':
      return sorted[0]!;
  }
}

/** Values of every province with data for a key, for computed comparisons. */
function allValues(ds: ChartDataSource, index: string, year: number, measure: string): number[] {
  return ds
    .provincesWith(index, year, measure)
    .map((p) => ds.point(index, year, p, measure)?.value)
    .filter((v): v is number => typeof v === 'number');
}

export function buildChartModel(ds: ChartDataSource, spec: ChartSpec, locale: Locale): ChartModel {
  const s = chartStrings(locale);
  const ys = years(spec);
  const lastYear = ys.at(-1)!;
  const indexName = ds.indexName(spec.index, locale);
  const provinces = spec.provinces === 'all' ? ds.provincesWith(spec.index, lastYear, spec.measures[0]!) : spec.provinces;
  const featured = spec.featured ?? (provinces.length === 1 ? provinces[0] : undefined);
  const sources = new Set<string>();
  const notes: string[] = [];
  const records: ChartRecord[] = [];
  let precision = 0;

  const pointAt = (year: number, province: string, measure: string) => {
    const p = ds.point(spec.index, year, province, measure);
    if (p) {
      sources.add(p.source);
      if (p.value !== undefined) precision = Math.max(precision, Math.min(p.precision ?? 2, 2));
    }
    return p;
  };
  const record = (year: number, province: string, measure: string, series: string, p: DataPoint | undefined, value?: number | null) => {
    records.push({
      chart: spec.id,
      index: spec.index,
      year,
      province,
      province_name: province === 'national' ? s.national : ds.provinceName(province, locale),
      measure,
      measure_name: ds.measureName(spec.index, measure, locale),
      series,
      value: value !== undefined ? value : (p?.value ?? null),
      rank: p?.rank ?? null,
      rank_of: p?.rankOf ?? null,
      rank_kind: p?.rankKind ?? null,
      source: p?.source ?? null,
    });
  };

  let xKeys: string[];
  let xLabels: string[];
  const series: ChartSeries[] = [];
  const breaks: number[] = [];

  if (spec.kind === 'line' || spec.kind === 'rank-line') {
    xKeys = ys.map(String);
    xLabels = xKeys;
    // A new methodology period starts a new series: lines never join across a method change.
    const periods: { from: number; to: number }[] = [];
    for (const y of ys) {
      const p = ds.period(spec.index, y);
      if (!periods.some((q) => q.from === p.from)) periods.push(p);
    }
    for (const p of periods.slice(1)) breaks.push(Math.max(p.from, ys[0]!));
    for (const province of provinces) {
      for (const measure of spec.measures) {
        for (const period of periods) {
          const inPeriod = (y: number) => y >= period.from && y <= period.to;
          const pts = ys.map((y) => (inPeriod(y) ? pointAt(y, province, measure) : undefined));
          const base = spec.measures.length > 1 ? ds.measureName(spec.index, measure, locale) : ds.provinceName(province, locale);
          const label = periods.length > 1 ? `${base} (${s.periodLabel(period.from, Math.min(period.to, lastYear), ds.scale(spec.index, period.from, measure)?.max)})` : base;
          series.push({
            id: `${province}:${measure}:${period.from}`,
            label,
            role: province === featured ? 'featured' : 'province',
            province,
            measure,
            period,
            values: pts.map((p) => (spec.kind === 'rank-line' ? (p?.rank ?? null) : (p?.value ?? null))),
            ranks: pts.map((p) => (p?.rank && p.rankOf ? { rank: p.rank, of: p.rankOf, kind: p.rankKind ?? 'official' } : null)),
          });
          ys.forEach((y, i) => inPeriod(y) && record(y, province, measure, label, pts[i]));
        }
      }
    }
    if (spec.kind === 'line') {
      for (const cmp of spec.compare) {
        for (const measure of spec.measures) {
          for (const period of periods) {
            const inPeriod = (y: number) => y >= period.from && y <= period.to;
            const values = ys.map((y) => (inPeriod(y) ? statOf(allValues(ds, spec.index, y, measure), cmp) : null));
            const base = spec.measures.length > 1 ? `${s.comparison[cmp]}: ${ds.measureName(spec.index, measure, locale)}` : s.comparison[cmp];
            const label = periods.length > 1 ? `${base} (${s.periodLabel(period.from, Math.min(period.to, lastYear), undefined)})` : base;
            series.push({ id: `${cmp}:${measure}:${period.from}`, label, role: 'comparison', comparison: cmp, measure, values, ranks: values.map(() => null) });
            ys.forEach((y, i) => inPeriod(y) && record(y, 'national', measure, label, undefined, values[i] ?? null));
          }
        }
      }
    }
  } else if (spec.kind === 'bars') {
    const year = lastYear;
    const byMeasure = spec.measures.length > 1;
    xKeys = byMeasure ? [...spec.measures] : [...provinces];
    xLabels = byMeasure ? spec.measures.map((m) => ds.measureName(spec.index, m, locale)) : provinces.map((p) => ds.provinceName(p, locale));
    const seriesProvinces = byMeasure ? provinces : [provinces];
    for (const group of seriesProvinces) {
      const list = Array.isArray(group) ? group : [group];
      const province = list.length === 1 ? list[0]! : undefined;
      const pts = xKeys.map((k) => (byMeasure ? pointAt(year, province!, k) : pointAt(year, k, spec.measures[0]!)));
      const label = byMeasure ? ds.provinceName(province!, locale) : ds.measureName(spec.index, spec.measures[0]!, locale);
      series.push({
        id: byMeasure ? `${province}:${year}` : `${spec.measures[0]}:${year}`,
        label,
        role: byMeasure && province === featured ? 'featured' : 'province',
        ...(province ? { province } : {}),
        measure: byMeasure ? '*' : spec.measures[0]!,
        values: pts.map((p) => p?.value ?? null),
        ranks: pts.map((p) => (p?.rank && p.rankOf ? { rank: p.rank, of: p.rankOf, kind: p.rankKind ?? 'official' } : null)),
      });
      xKeys.forEach((k, i) =>
        byMeasure ? record(year, province!, k, label, pts[i]) : record(year, k, spec.measures[0]!, label, pts[i]),
      );
    }
    for (const cmp of spec.compare) {
      if (byMeasure) {
        const values = xKeys.map((m) => statOf(allValues(ds, spec.index, year, m), cmp));
        series.push({ id: `${cmp}:${year}`, label: s.comparison[cmp], role: 'comparison', comparison: cmp, measure: '*', values, ranks: values.map(() => null) });
        xKeys.forEach((k, i) => record(year, 'national', k, s.comparison[cmp], undefined, values[i] ?? null));
      } else {
        // Bars of provinces: a comparison is one more bar, after the provinces.
        const value = statOf(allValues(ds, spec.index, year, spec.measures[0]!), cmp);
        xKeys.push(`national:${cmp}`);
        xLabels.push(s.comparison[cmp]);
        series[0]!.values.push(value);
        series[0]!.ranks.push(null);
        record(year, 'national', spec.measures[0]!, s.comparison[cmp], undefined, value);
      }
    }
  } else {
    // ranked-bars: every province with a value, best first.
    const year = lastYear;
    const measure = spec.measures[0]!;
    const pts = provinces
      .map((p) => ({ province: p, point: pointAt(year, p, measure) }))
      .filter((x): x is { province: string; point: DataPoint } => typeof x.point?.value === 'number')
      .sort((a, b) => b.point.value! - a.point.value! || a.province.localeCompare(b.province));
    xKeys = pts.map((x) => x.province);
    xLabels = pts.map((x) => ds.provinceName(x.province, locale));
    const label = ds.measureName(spec.index, measure, locale);
    series.push({
      id: `${measure}:${year}`,
      label,
      role: 'province',
      measure,
      values: pts.map((x) => x.point.value ?? null),
      ranks: pts.map((x) => (x.point.rank && x.point.rankOf ? { rank: x.point.rank, of: x.point.rankOf, kind: x.point.rankKind ?? 'official' } : null)),
    });
    pts.forEach((x) => record(year, x.province, measure, label, x.point));
  }

  // Years or categories without a value are said so in the notes, never dropped silently.
  for (const fs of series.filter((x) => x.role === 'featured')) {
    const missing = xKeys.filter((k, i) => fs.values[i] === null && inSeriesPeriod(fs, k));
    if (missing.length) notes.push(s.missingNote(fs.label, missing.map((k) => xLabels[xKeys.indexOf(k)] ?? k)));
  }
  if (series.some((x) => x.ranks.some((r) => r?.kind === 'computed'))) notes.push(s.computedNote);
  if (breaks.length) notes.push(s.breakNote(breaks, indexName));
  if (spec.compare.length) notes.push(s.comparisonNote);

  const scaleYear = lastYear;
  const scale = ds.scale(spec.index, scaleYear, spec.measures[0]!) ?? { min: 0, max: 100, unit: 'points' as const };
  const isRank = spec.kind === 'rank-line';
  const maxRank = Math.max(1, ...series.flatMap((x) => x.ranks.map((r) => r?.of ?? 0)));
  const y = isRank
    ? { min: 1, max: maxRank, reverse: true, label: s.rankAxis, unit: 'rank' as const }
    : {
        min: spec.kind === 'line' ? Math.floor(Math.min(...series.flatMap((x) => x.values.filter((v): v is number => v !== null)), scale.max) * 0.95) : scale.min,
        max:
          spec.kind === 'line'
            ? Math.min(scale.max, Math.ceil(Math.max(...series.flatMap((x) => x.values.filter((v): v is number => v !== null)), scale.min) * 1.05))
            : Math.max(...ys.flatMap((yy) => spec.measures.map((m) => ds.scale(spec.index, yy, m)?.max ?? scale.max))),
        reverse: false,
        label: scale.unit === 'percent' ? s.percentAxis : s.pointsAxis,
        unit: scale.unit,
      };
  if (!isRank && !Number.isFinite(y.min)) y.min = scale.min;
  if (spec.kind === 'bars' || spec.kind === 'ranked-bars') y.min = Math.min(scale.min, 0) === 0 ? 0 : scale.min;

  const fmt = (v: number | null) => (v === null ? s.noData : formatNumber(v, precision, locale) + (scale.unit === 'percent' ? '%' : ''));
  const rankText = (r: ChartSeries['ranks'][number]) => (r ? `${r.rank}/${r.of}${r.kind === 'computed' ? ` (${s.computed})` : ''}` : undefined);

  const columns = series.map((x) => x.label);
  const rows = xKeys.map((_, i) => ({
    header: xLabels[i]!,
    cells: series.map((x) => {
      const value = x.values[i] ?? null;
      if (isRank) {
        const r = x.ranks[i] ?? null;
        return { text: rankText(r) ?? s.noData, value: r?.rank ?? null };
      }
      const rank = rankText(x.ranks[i] ?? null);
      return { text: fmt(value), value, ...(rank ? { rank } : {}) };
    }),
  }));

  const title =
    (locale === 'vi' ? spec.title_vi : spec.title_en) ??
    s.title({
      kind: spec.kind,
      index: indexName,
      measure: spec.measures.length === 1 && spec.measures[0] !== 'total' ? ds.measureName(spec.index, spec.measures[0]!, locale) : undefined,
      province: featured ? ds.provinceName(featured, locale) : provinces.length > 1 ? undefined : ds.provinceName(provinces[0]!, locale),
      years: ys,
      byProvince: spec.kind === 'bars' && spec.measures.length === 1 && provinces.length > 1,
    });
  const maxima = [...new Set(ys.map((yy) => ds.scale(spec.index, yy, spec.measures[0]!)?.max).filter((m): m is number => m !== undefined))];
  const subtitle = s.subtitle({ kind: spec.kind, unit: y.unit, maxima, breaks });
  const summary = summarise(ds, spec, locale, { ys, featured, provinces, fmt, series, xKeys });
  const sourceIds = [...sources].sort();

  return {
    id: spec.id,
    kind: spec.kind,
    index: spec.index,
    locale,
    title,
    subtitle,
    summary,
    xLabels,
    xKeys,
    y,
    precision,
    featured,
    series,
    breaks,
    table: { caption: title, rowHeader: spec.kind === 'line' || isRank ? s.year : spec.kind === 'ranked-bars' || spec.measures.length === 1 ? s.province : s.measure, columns, rows },
    records,
    sources: sourceIds,
    sourceLine: `${s.source}: ${sourceIds.map((id) => ds.sourceLabel(id, locale)).filter((v, i, a) => a.indexOf(v) === i).slice(0, 3).join('; ')}${sourceIds.length > 3 ? s.andMore(sourceIds.length - 3) : ''}`,
    notes,
  };
}

interface SummaryContext {
  ys: number[];
  featured: string | undefined;
  provinces: string[];
  fmt: (v: number | null) => string;
  series: ChartSeries[];
  xKeys: string[];
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
      rank: p.rank && p.rankOf ? { rank: p.rank, of: p.rankOf, computed: p.rankKind === 'computed' } : undefined,
      previous:
        prevYear !== undefined && prev
          ? {
              year: prevYear,
              change,
              rank: prev.rank && prev.rankOf ? { rank: prev.rank, of: prev.rankOf, computed: prev.rankKind === 'computed' } : undefined,
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
    rank: p?.rank && p.rankOf ? { rank: p.rank, of: p.rankOf, computed: p.rankKind === 'computed' } : undefined,
    best,
    worst,
  });
}
