/**
 * One builder per chart kind: each lays out the categories, the series and the tidy records of its kind.
 * Axis, table, notes and sentences are shared, in model.ts. Builders read only through ChartDataSource.
 */
import type { Locale } from '../../i18n/index.ts';
import type { ChartSentences } from '../../i18n/chart-sentences.ts';
import type { ChartKind, ChartSpec, Comparison } from './spec.ts';
import type { ChartDataSource, ChartRecord, ChartSeries, ComparisonStat, DataPoint, Scale } from './model.ts';
import type { MarkKind } from '../marks.ts';
import { pointRank } from './rank.ts';
import { formatBound } from './number-format.ts';
import { mapBody } from './map.ts';

export interface ChartContext {
  ds: ChartDataSource;
  spec: ChartSpec;
  locale: Locale;
  s: ChartSentences;
  ys: number[];
  lastYear: number;
  provinces: string[];
  featured: string | undefined;
}

/** What a builder lays out; the rest of the model is derived from it. */
export interface ChartBody {
  xKeys: string[];
  xLabels: string[];
  series: ChartSeries[];
  /** Where a method changed inside the chart's years: the first year of the new method. */
  breaks: number[];
  records: ChartRecord[];
  /** Every point the chart shows or skipped, for its sources and its precision. */
  read: DataPoint[];
}

type Period = { from: number; to: number };

/** The scales of the measures drawn as bars: they may differ (PAPI sub-dimensions) or be unknown (PAR INDEX domains). */
export interface MeasureScales {
  byMeasure: (Scale | undefined)[];
  /** The known scales, each once. */
  distinct: Scale[];
  /** How many measures have no known maximum. */
  unknown: number;
  /** True when the measures cannot be read on one scale. */
  mixed: boolean;
}

export function measureScales(c: ChartContext): MeasureScales | undefined {
  if (c.spec.kind !== 'bars' || c.spec.measures.length < 2) return undefined;
  const byMeasure = c.spec.measures.map((m) => c.ds.scale(c.spec.index, c.lastYear, m));
  const known = byMeasure.filter((x): x is Scale => x !== undefined && x.known !== false);
  const distinct = known.filter((x, i) => known.findIndex((k) => k.min === x.min && k.max === x.max) === i);
  const unknown = byMeasure.length - known.length;
  return { byMeasure, distinct, unknown, mixed: distinct.length > 1 || unknown > 0 };
}
type Part = Pick<ChartBody, 'series' | 'records' | 'read'>;

export const BUILDERS: Record<ChartKind, (c: ChartContext) => ChartBody> = {
  line: lines,
  'rank-line': lines,
  bars: (c) => (c.spec.measures.length > 1 ? measureBars(c) : provinceBars(c)),
  'ranked-bars': rankedBars,
  map: (c) => mapBody(c, (year, province, measure, series, p) => chartRecord(c, year, province, measure, series, p)),
};

export function chartYears(spec: ChartSpec): number[] {
  if ('year' in spec.years) return [spec.years.year];
  const out: number[] = [];
  for (let y = spec.years.from; y <= spec.years.to; y++) out.push(y);
  return out;
}

/** Lines over years. A new methodology period starts a new series: lines never join across a method change. */
function lines(c: ChartContext): ChartBody {
  const { spec, ys } = c;
  const periods: Period[] = [];
  for (const y of ys) {
    const p = c.ds.period(spec.index, y);
    if (!periods.some((q) => q.from === p.from)) periods.push(p);
  }
  const split = periods.length > 1;
  const parts = [
    ...c.provinces.flatMap((province) => spec.measures.flatMap((measure) => periods.map((period) => provinceLine(c, province, measure, period, split)))),
    ...(spec.kind === 'line' ? spec.compare : []).flatMap((cmp) =>
      spec.measures.flatMap((measure) => periods.map((period) => comparisonLine(c, cmp, measure, period, split))),
    ),
  ];
  const xKeys = ys.map(String);
  return { xKeys, xLabels: xKeys, breaks: periods.slice(1).map((p) => Math.max(p.from, ys[0]!)), ...joinParts(parts) };
}

function provinceLine(c: ChartContext, province: string, measure: string, period: Period, split: boolean): Part {
  const { ds, spec, locale, s } = c;
  const inPeriod = (y: number) => y >= period.from && y <= period.to;
  const pts = c.ys.map((y) => (inPeriod(y) ? ds.point(spec.index, y, province, measure) : undefined));
  const base = spec.measures.length > 1 ? ds.measureName(spec.index, measure, locale) : ds.provinceName(province, locale);
  const label = split ? `${base} (${s.periodLabel(period.from, Math.min(period.to, c.lastYear), ds.scale(spec.index, period.from, measure)?.max)})` : base;
  return {
    series: [
      {
        id: `${province}:${measure}:${period.from}`,
        label,
        role: province === c.featured ? 'featured' : 'province',
        province,
        measure,
        period,
        values: pts.map((p) => (spec.kind === 'rank-line' ? (p?.rank ?? null) : (p?.value ?? null))),
        ranks: pts.map(pointRank),
      },
    ],
    records: c.ys.flatMap((y, i) => (inPeriod(y) ? [chartRecord(c, y, province, measure, label, pts[i])] : [])),
    read: defined(pts),
  };
}

function comparisonLine(c: ChartContext, cmp: Comparison, measure: string, period: Period, split: boolean): Part {
  const { ds, spec, s } = c;
  const inPeriod = (y: number) => y >= period.from && y <= period.to;
  const figures = c.ys.map((y) => (inPeriod(y) ? comparisonFigure(c, y, measure, cmp) : undefined));
  const values = figures.map((f) => f?.value ?? null);
  const base = spec.measures.length > 1 ? `${s.comparison[cmp]}: ${ds.measureName(spec.index, measure, c.locale)}` : s.comparison[cmp];
  const label = split ? `${base} (${s.periodLabel(period.from, Math.min(period.to, c.lastYear), undefined)})` : base;
  return {
    series: [{ id: `${cmp}:${measure}:${period.from}`, label, role: 'comparison', comparison: cmp, measure, period, values, ranks: values.map(() => null), stats: figures.map(statCell) }],
    records: c.ys.flatMap((y, i) => (figures[i] ? [chartRecord(c, y, 'national', measure, label, undefined, figures[i])] : [])),
    read: figures.flatMap(statRead),
  };
}

/** Bars of one year's measures (dimensions), a series per province, a comparison as one more series. */
function measureBars(c: ChartContext): ChartBody {
  const { ds, spec, locale, s } = c;
  const year = c.lastYear;
  const xKeys = [...spec.measures];
  const parts: Part[] = c.provinces.map((province) => {
    const pts = xKeys.map((m) => ds.point(spec.index, year, province, m));
    const label = ds.provinceName(province, locale);
    return {
      series: [
        { id: `${province}:${year}`, label, role: province === c.featured ? 'featured' : 'province', province, measure: '*', values: pts.map((p) => p?.value ?? null), ranks: pts.map(pointRank) },
      ],
      records: xKeys.map((m, i) => chartRecord(c, year, province, m, label, pts[i])),
      read: defined(pts),
    };
  });
  for (const cmp of spec.compare) {
    const figures = xKeys.map((m) => comparisonFigure(c, year, m, cmp));
    const values = figures.map((f) => f.value);
    parts.push({
      series: [{ id: `${cmp}:${year}`, label: s.comparison[cmp], role: 'comparison', comparison: cmp, measure: '*', values, ranks: values.map(() => null), stats: figures.map(statCell) }],
      records: xKeys.map((m, i) => chartRecord(c, year, 'national', m, s.comparison[cmp], undefined, figures[i])),
      read: figures.flatMap(statRead),
    });
  }
  // On mixed scales each measure's name carries its own maximum, where one is known.
  const ms = measureScales(c)!;
  const xLabels = xKeys.map((m, i) => {
    const scale = ms.byMeasure[i];
    const name = ds.measureName(spec.index, m, locale);
    return ms.mixed && scale && scale.known !== false ? s.withMax(name, formatBound(scale.max, locale)) : name;
  });
  return { xKeys, xLabels, breaks: [], ...joinParts(parts) };
}

/** Bars of one measure across provinces, one series; a comparison is one more bar, after the provinces. */
function provinceBars(c: ChartContext): ChartBody {
  const { ds, spec, locale, s } = c;
  const year = c.lastYear;
  const measure = spec.measures[0]!;
  const province = c.provinces.length === 1 ? c.provinces[0] : undefined;
  const pts = c.provinces.map((p) => ds.point(spec.index, year, p, measure));
  const stats = spec.compare.map((cmp) => ({ cmp, figure: comparisonFigure(c, year, measure, cmp) }));
  const label = ds.measureName(spec.index, measure, locale);
  return {
    xKeys: [...c.provinces, ...stats.map(({ cmp }) => `national:${cmp}`)],
    xLabels: [...c.provinces.map((p) => ds.provinceName(p, locale)), ...stats.map(({ cmp }) => s.comparison[cmp])],
    series: [
      {
        id: `${measure}:${year}`,
        label,
        role: 'province',
        ...(province ? { province } : {}),
        measure,
        values: [...pts.map((p) => p?.value ?? null), ...stats.map((x) => x.figure.value)],
        ranks: [...pts.map(pointRank), ...stats.map(() => null)],
        ...(stats.length ? { stats: [...pts.map(() => null), ...stats.map((x) => statCell(x.figure))] } : {}),
      },
    ],
    breaks: [],
    records: [
      ...c.provinces.map((p, i) => chartRecord(c, year, p, measure, label, pts[i])),
      ...stats.map(({ cmp, figure }) => chartRecord(c, year, 'national', measure, s.comparison[cmp], undefined, figure)),
    ],
    read: [...defined(pts), ...stats.flatMap((x) => statRead(x.figure))],
  };
}

/** Every province with a value, best first. */
function rankedBars(c: ChartContext): ChartBody {
  const { ds, spec, locale } = c;
  const year = c.lastYear;
  const measure = spec.measures[0]!;
  const all = c.provinces.map((province) => ({ province, point: ds.point(spec.index, year, province, measure) }));
  const pts = all
    .filter((x): x is { province: string; point: DataPoint } => typeof x.point?.value === 'number')
    .sort((a, b) => b.point.value! - a.point.value! || a.province.localeCompare(b.province));
  const label = ds.measureName(spec.index, measure, locale);
  return {
    xKeys: pts.map((x) => x.province),
    xLabels: pts.map((x) => ds.provinceName(x.province, locale)),
    series: [{ id: `${measure}:${year}`, label, role: 'province', measure, values: pts.map((x) => x.point.value ?? null), ranks: pts.map((x) => pointRank(x.point)) }],
    breaks: [],
    records: pts.map((x) => chartRecord(c, year, x.province, measure, label, x.point)),
    read: defined(all.map((x) => x.point)),
  };
}

function joinParts(parts: Part[]): Part {
  return { series: parts.flatMap((p) => p.series), records: parts.flatMap((p) => p.records), read: parts.flatMap((p) => p.read) };
}

function defined(points: (DataPoint | undefined)[]): DataPoint[] {
  return points.filter((p): p is DataPoint => p !== undefined);
}

/** A tidy row of a province's point, or of a comparison's figure (`cmp`), which has no point of its own. */
function chartRecord(c: ChartContext, year: number, province: string, measure: string, series: string, p: DataPoint | undefined, cmp?: ComparisonFigure): ChartRecord {
  if (cmp) {
    const source = cmp.source ?? null;
    return {
      chart: c.spec.id, index: c.spec.index, year, province, province_name: c.s.national, measure, measure_name: c.ds.measureName(c.spec.index, measure, c.locale), series,
      value: cmp.value, rank: null, rank_of: null, rank_kind: null,
      source, source_name: source ? (c.ds.sourcePublisher?.(source) ?? c.ds.sourceLabel(source, c.locale)) : null, rank_source: null,
      key: cmp.value !== null ? cmp.key : null,
      marks: cmp.marks.join(' '),
    };
  }
  return {
    chart: c.spec.id,
    index: c.spec.index,
    year,
    province,
    province_name: province === 'national' ? c.s.national : c.ds.provinceName(province, c.locale),
    measure,
    measure_name: c.ds.measureName(c.spec.index, measure, c.locale),
    series,
    value: p?.value ?? null,
    rank: p?.rank ?? null,
    rank_of: p?.rankOf ?? null,
    rank_kind: p?.rankKind ?? null,
    source: p?.source ?? null,
    source_name: p ? (c.ds.sourcePublisher?.(p.source) ?? c.ds.sourceLabel(p.source, c.locale)) : null,
    rank_source: p?.rank !== undefined ? (p.rankSource ?? p.source) : null,
    key: p ? `${c.spec.index}/${year}/${province}/${measure}` : null,
    marks: [...new Set([...(p?.value !== undefined ? (p.valueMarks ?? []) : []), ...(p?.rank !== undefined ? (p.rankMarks ?? []) : [])])].join(' '),
  };
}

const STAT_OF: Record<Comparison, ComparisonStat> = { 'national-mean': 'mean', median: 'median', best: 'best', worst: 'worst' };

/** A comparison's figure: its statistic's key, value, source (none when computed here) and marks. */
interface ComparisonFigure {
  key: string;
  value: number | null;
  precision?: number | undefined;
  source?: string | undefined;
  marks: MarkKind[];
}

/**
 * The figure a comparison draws: the national statistic the data states (a published mean is preferred to one
 * computed from a data file), else one computed here from the provinces' values. A figure computed from secondary
 * figures is secondary too; a derived figure never feeds it.
 */
function comparisonFigure(c: ChartContext, year: number, measure: string, cmp: Comparison): ComparisonFigure {
  const key = `${c.spec.index}/${year}/national/${measure}/${STAT_OF[cmp]}`;
  const stated = c.ds.nationalStat?.(c.spec.index, year, measure, STAT_OF[cmp]);
  if (stated) return { key, value: stated.value, precision: stated.precision, source: stated.source, marks: stated.marks };
  const points = allValues(c.ds, c.spec.index, year, measure);
  const value = statOf(points, cmp);
  const from = cmp === 'best' || cmp === 'worst' ? points.filter((p) => p.value === value) : points;
  // Only an edition frozen before statistics were drawn computes one the data has: if its sources disagree, so is this.
  const marks: MarkKind[] = [...(c.ds.statConflict?.(key) ? ['conflict' as const] : []), ...(from.some((p) => p.marks.includes('secondary')) ? ['secondary' as const] : [])];
  return { key, value, marks };
}

const statCell = (f: ComparisonFigure | undefined) => (f && f.value !== null ? { key: f.key, marks: f.marks } : null);
/** A stated statistic is read like a point: its source is cited and its precision counts. */
const statRead = (f: ComparisonFigure | undefined): DataPoint[] => (f?.source && f.value !== null ? [{ value: f.value, precision: f.precision, source: f.source }] : []);

/**
 * A comparison computed from the provinces' values. A mean or a median of two values is rounded to the precision of
 * its most precise input: more decimals would be float noise (35.749611111111115), not information.
 */
function statOf(points: { value: number; precision: number | undefined }[], which: Comparison): number | null {
  if (!points.length) return null;
  const sorted = points.map((p) => p.value).sort((a, b) => a - b);
  const decimals = Math.max(...points.map((p) => p.precision ?? decimalsOf(p.value)));
  switch (which) {
    case 'national-mean':
      return roundTo(sorted.reduce((s, v) => s + v, 0) / sorted.length, decimals);
    case 'median': {
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid]! : roundTo((sorted[mid - 1]! + sorted[mid]!) / 2, decimals);
    }
    case 'best':
      return sorted.at(-1)!;
    case 'worst':
      return sorted[0]!;
  }
}

/** Values of every province with data for a key, with their published precision and marks, for computed comparisons; a derived value is left out. */
function allValues(ds: ChartDataSource, index: string, year: number, measure: string): { value: number; precision: number | undefined; marks: MarkKind[] }[] {
  return ds
    .provincesWith(index, year, measure)
    .map((p) => ds.point(index, year, p, measure))
    .filter((p): p is DataPoint & { value: number } => typeof p?.value === 'number' && !p.valueMarks?.includes('derived'))
    .map((p) => ({ value: p.value, precision: p.precision, marks: p.valueMarks ?? [] }));
}

/** Decimals written in a number's shortest form: 43.2855 → 4. */
function decimalsOf(v: number): number {
  return (String(v).split('.')[1] ?? '').length;
}

/** Rounds in decimal notation ("35.7496e4"), so that 1.005 rounds up as written. */
export function roundTo(v: number, decimals: number): number {
  if (String(v).includes('e')) return Math.round(v * 10 ** decimals) / 10 ** decimals;
  return Number(`${Math.round(Number(`${v}e${decimals}`))}e-${decimals}`);
}
