/**
 * buildChartModel: the one function that turns a chart spec into everything a reader or a journalist gets:
 * the series for Chart.js and the PNG, the data table, the CSV/JSON rows and the summary sentence.
 * A builder per chart kind (kinds.ts) lays out the series; the axis, table, notes and sentences are shared.
 * It reads data only through ChartDataSource (live data, or an edition's frozen points), so unit tests can feed it.
 */
import type { Locale } from '../../i18n/index.ts';
import type { ChartKind, ChartSpec, Comparison } from './spec.ts';
import { chartStrings } from './strings.ts';
import { MAP_STRINGS as mapStringsAll } from '../../i18n/map.ts';
const mapStrings = (l: Locale) => mapStringsAll[l];
import { formatNumber } from './number-format.ts';
import { MARK_SIGN } from './chartjs-config.ts';
import { publisherOrganisation } from '../../i18n/publishers.ts';
import { BUILDERS, chartYears, measureScales, type ChartBody, type ChartContext, type MeasureScales } from './kinds.ts';
import { summarise } from './summary.ts';
import type { Mark, MarkKind, NoDataKind } from '../marks.ts';
import type { BoundarySet } from '../geo.ts';
import { BOUNDARY_SOURCE_ID, mapGroupSentence, withGroupColumn, type MapBody, type MapModel } from './map.ts';

export type RankKind = 'official' | 'computed';

/** The preferred claim for one (index, year, province, measure), reduced to what a chart needs. */
export interface DataPoint {
  value?: number | undefined;
  precision?: number | undefined;
  rank?: number | undefined;
  rankOf?: number | undefined;
  rankKind?: RankKind | undefined;
  /** The source of the value (or of the rank when there is no value). */
  source: string;
  /** The source of the rank, where it differs from the value's. */
  rankSource?: string | undefined;
  /** True when sources disagree about this key. */
  conflict?: boolean | undefined;
  /** The marks (src/lib/marks.ts) of the value and of the rank as shown. */
  valueMarks?: MarkKind[] | undefined;
  rankMarks?: MarkKind[] | undefined;
}

/** The statistic a comparison draws, by its name in the data keys (…/national/<measure>/<stat>). */
export type ComparisonStat = 'mean' | 'median' | 'best' | 'worst';

/** A national statistic's preferred figure, its source and its marks (conflict, secondary). */
export interface StatPoint {
  value: number;
  precision?: number | undefined;
  source: string;
  marks: MarkKind[];
}

export interface Scale {
  min: number;
  max: number;
  unit: 'points' | 'percent';
  /** False where the maximum was not found and only a bound is known: the score is not shown against it. */
  known?: boolean;
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
  /** The original publisher's name, for the `source` column of downloads (the label where not given). */
  sourcePublisher?(id: string): string;
  /** A national statistic as the data states it (its preferred claim), where one exists: comparisons draw it rather than recompute it. */
  nationalStat?(index: string, year: number, measure: string, stat: ComparisonStat): StatPoint | undefined;
  /** True when the sources of the statistic at a key disagree: a comparison an older edition computed for it is disputed too. */
  statConflict?(key: string): boolean;
  /** The marks of a figure by its data key (a result or a statistic), as shown (its value or its rank), worded by the marks module, limited to `kinds`: what a picture's notes say. */
  markTexts?(key: string, kinds: MarkKind[], shown: 'value' | 'rank' | 'both', locale: Locale): Mark[];
  /** The label of a computed rank from the marks module ("tính toán; hạng thật có thể từ 34 đến 36"); none for an official rank. */
  computedRankLabel?(index: string, year: number, province: string, measure: string, locale: Locale): string | undefined;
  /** Why a key has no figure: not published, not found in our sources, or not applicable. */
  noDataKind?(index: string, year: number, province: string, measure: string): NoDataKind;
  /** The provinces a boundary file draws, with their GSO codes (maps; src/lib/geo.ts checks the join). */
  mapUnits?(set: BoundarySet): { province: string; code: string }[];
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
  /** Where the figure drawn carries a mark: its label in a picture gets the note sign (MARK_SIGN). */
  marked?: boolean[];
  /** A comparison's figures: each one's statistic key and marks, for the table, the CSV and the notes. */
  stats?: ({ key: string; marks: MarkKind[] } | null)[];
}

export interface TableCell {
  text: string;
  value: number | null;
  /** Rank text such as "19/63"; its marks are in `marks`. */
  rank?: string;
  /** The data key behind the cell: a result ("papi/2019/ha-nam/total") or a comparison's statistic ("papi/2019/national/total/mean"); null for an empty cell. */
  key: string | null;
  marks: MarkKind[];
  /** For an empty cell: which kind of missing data it is (pages word it; `text` stays the generic "no data"). */
  missing?: NoDataKind;
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
  /** Measures on different scales: each category's maximum (null where unknown), shown with its value. */
  scaleMax?: (number | null)[];
  /** Some maximum is unknown: values are drawn as points, so no bar length suggests a common maximum. */
  points?: boolean;
  precision: number;
  featured: string | undefined;
  series: ChartSeries[];
  /** Where a method changed inside the chart's years: the first year of the new method. */
  breaks: number[];
  /** A line chart across a method change is drawn as one panel per method, each on its own axis. */
  panels?: ChartPanel[];
  table: {
    caption: string;
    rowHeader: string;
    columns: string[];
    /** Marks every filled cell of a column carries: shown once on the column heading. */
    columnMarks: MarkKind[][];
    rows: { header: string; cells: TableCell[] }[];
  };
  /** Tidy rows for CSV and JSON: plain numbers, rank and rank_of in their own columns. */
  records: ChartRecord[];
  sources: string[];
  sourceLine: string;
  notes: string[];
  /** The picture's notes on its marked figures ("* 2019: Các nguồn nói khác nhau: …"), drawn above the source line. */
  markNotes: string[];
  /** A map's groups, legend, outline and boundary credit. */
  map?: MapModel;
}

export interface ChartPanel {
  /** e.g. "2011–2017, thang 60 điểm". */
  label: string;
  xKeys: string[];
  /** Ids of the series drawn in this panel. */
  series: string[];
  y: ChartModel['y'];
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
  /** The source id of the value (of the rank when there is no value). */
  source: string | null;
  /** That source's publisher, by name. */
  source_name: string | null;
  /** The source of the rank, which may be another claim's. */
  rank_source: string | null;
  /** The figure's data key: a result's, or a comparison's statistic ("papi/2021/national/total/mean"); null for a gap. */
  key: string | null;
  /** Marks of the figure, space-separated: conflict, computed, derived, secondary. */
  marks: string;
}

/** Line series carry their methodology period in the id ("ha-nam:total:2018"); a year outside it is not a gap. */
function inSeriesPeriod(series: ChartSeries, key: string): boolean {
  if (!series.period) return true;
  const year = Number(key);
  return year >= series.period.from && year <= series.period.to;
}

export function buildChartModel(ds: ChartDataSource, spec: ChartSpec, locale: Locale): ChartModel {
  const ys = chartYears(spec);
  const lastYear = ys.at(-1)!;
  const provinces = spec.provinces === 'all' ? ds.provincesWith(spec.index, lastYear, spec.measures[0]!) : spec.provinces;
  const featured = spec.featured ?? (provinces.length === 1 ? provinces[0] : undefined);
  const c: ChartContext = { ds, spec, locale, s: chartStrings(locale), ys, lastYear, provinces, featured };
  const body = BUILDERS[spec.kind](c);
  const { xKeys, xLabels, series, breaks, records } = body;
  const map = (body as Partial<MapBody>).map;

  const scale = ds.scale(spec.index, lastYear, spec.measures[0]!) ?? { min: 0, max: 100, unit: 'points' as const };
  const ms = measureScales(c);
  const mixed = ms?.mixed ? ms : undefined;
  const y = axis(c, series, scale, mixed);
  const precision = Math.max(0, ...body.read.filter((p) => p.value !== undefined).map((p) => Math.min(p.precision ?? 2, 2)));
  const fmt = (v: number | null) => (v === null ? c.s.noData : formatNumber(v, precision, locale) + (scale.unit === 'percent' ? '%' : ''));
  const title = chartTitle(c);
  const sources = [...new Set(body.read.map((p) => p.source))].sort();
  const marked = markedFigures(c, body);

  return {
    id: spec.id,
    kind: spec.kind,
    index: spec.index,
    locale,
    title,
    subtitle: c.s.subtitle({ kind: spec.kind, unit: y.unit, maxima: scaleMaxima(c), breaks, ...(mixed ? { mixed: { scales: mixed.distinct, unknown: mixed.unknown, count: xKeys.length } } : {}) }),
    summary: withConflictNotes(c, marked, [summarise(ds, spec, locale, { ys, featured, provinces, fmt, series, xKeys, scales: mixed }), map ? mapGroupSentence(map, featured, featured && ds.provinceName(featured, locale), locale) : ''].filter(Boolean).join(' ')),
    xLabels,
    xKeys,
    y,
    ...(mixed ? { scaleMax: mixed.byMeasure.map((x) => (x && x.known !== false ? x.max : null)), ...(mixed.unknown ? { points: true } : {}) } : {}),
    precision,
    featured,
    series: series.map((x, i) => (marked.some((f) => f.i === i) ? { ...x, marked: x.values.map((_, j) => marked.some((f) => f.i === i && f.j === j)) } : x)),
    breaks,
    ...(spec.kind === 'line' && breaks.length ? { panels: methodPanels(c, series, xKeys, y) } : {}),
    table: map ? withGroupColumn(chartTable(c, body, title, fmt), map, xKeys, c.s.noData, locale) : chartTable(c, body, title, fmt),
    records,
    // A map also cites its boundaries, with their own licence, on every output.
    sources: map ? [...sources, BOUNDARY_SOURCE_ID] : sources,
    sourceLine: map ? `${sourceLine(c, sources, records)}. ${map.credit}` : sourceLine(c, sources, records),
    notes: map ? [...chartNotes(c, body), mapStrings(locale).quantileNote(map.groups.length), map.credit] : chartNotes(c, body),
    markNotes: markNotes(c, body, marked),
    ...(map ? { map } : {}),
  };
}

/** One panel per methodology period, so that scores on two scales are never read on one axis. */
function methodPanels(c: ChartContext, series: ChartSeries[], xKeys: string[], shared: ChartModel['y']): ChartPanel[] {
  const { ds, spec, s } = c;
  const periods = series.map((x) => x.period!).filter((p, i, all) => all.findIndex((q) => q.from === p.from) === i);
  const maxima = new Set(periods.map((p) => ds.scale(spec.index, Math.max(p.from, c.ys[0]!), spec.measures[0]!)?.max));
  return periods.map((p) => {
    const from = Math.max(p.from, c.ys[0]!);
    const to = Math.min(p.to, c.lastYear);
    const inPanel = series.filter((x) => x.period?.from === p.from);
    const scale = ds.scale(spec.index, from, spec.measures[0]!) ?? { min: 0, max: 100, unit: 'points' as const };
    return {
      label: s.periodLabel(from, to, scale.unit === 'points' ? scale.max : undefined),
      xKeys: xKeys.filter((k) => Number(k) >= from && Number(k) <= to),
      series: inPanel.map((x) => x.id),
      // Periods on the same scale share one axis; on different scales each fits its own.
      y: maxima.size > 1 ? axis(c, inPanel, scale, undefined) : shared,
    };
  });
}

/** Ranks run top down from 1; a line fits its values; bars start at zero on their scale. */
function axis(c: ChartContext, series: ChartSeries[], scale: Scale, mixed: MeasureScales | undefined): ChartModel['y'] {
  const { ds, spec, s } = c;
  if (spec.kind === 'rank-line') {
    return { min: 1, max: Math.max(1, ...series.flatMap((x) => x.ranks.map((r) => r?.of ?? 0))), reverse: true, label: s.rankAxis, unit: 'rank' };
  }
  const label = scale.unit === 'percent' ? s.percentAxis : s.pointsAxis;
  if (spec.kind === 'line') {
    const values = series.flatMap((x) => x.values.filter((v): v is number => v !== null));
    const min = Math.floor(Math.min(...values, scale.max) * 0.95);
    const max = Math.min(scale.max, Math.ceil(Math.max(...values, scale.min) * 1.05));
    return { min: Number.isFinite(min) ? min : scale.min, max, reverse: false, label, unit: scale.unit };
  }
  if (mixed?.unknown) {
    // No common maximum exists: the axis only fits the values and the known maxima.
    const top = Math.max(...series.flatMap((x) => x.values.filter((v): v is number => v !== null)), ...mixed.distinct.map((x) => x.max));
    return { min: 0, max: Math.ceil(top * 1.1), reverse: false, label, unit: scale.unit };
  }
  const max = Math.max(...c.ys.flatMap((yy) => spec.measures.map((m) => ds.scale(spec.index, yy, m)?.max ?? scale.max)));
  return { min: Math.min(scale.min, 0) === 0 ? 0 : scale.min, max, reverse: false, label, unit: scale.unit };
}

/** The data key behind a series' cell, from the kind's layout; none for comparisons and empty cells. */
function cellKey(c: ChartContext, x: ChartSeries, xKey: string, i: number): { index: string; year: number; province: string; measure: string } | undefined {
  return x.values[i] === null && !x.ranks[i] ? undefined : cellAt(c, x, xKey);
}

function cellAt({ spec, lastYear }: ChartContext, x: ChartSeries, xKey: string): { index: string; year: number; province: string; measure: string } | undefined {
  if (x.role === 'comparison' || xKey.startsWith('national:')) return undefined;
  if (spec.kind === 'line' || spec.kind === 'rank-line') return { index: spec.index, year: Number(xKey), province: x.province!, measure: x.measure };
  if (x.measure === '*') return { index: spec.index, year: lastYear, province: x.province!, measure: xKey };
  return { index: spec.index, year: lastYear, province: x.province ?? xKey, measure: x.measure };
}

function chartTable(c: ChartContext, { xKeys, xLabels, series }: ChartBody, caption: string, fmt: (v: number | null) => string): ChartModel['table'] {
  const { spec, s } = c;
  const isRank = spec.kind === 'rank-line';
  const rankText = (r: ChartSeries['ranks'][number]) => (r ? `${r.rank}/${r.of}` : undefined);
  // An empty cell says which kind of missing data it is; a year outside a series' method is not applicable.
  const missingKind = (x: ChartSeries, xKey: string): NoDataKind | undefined => {
    if (!inSeriesPeriod(x, xKey)) return 'not-applicable';
    const at = cellAt(c, x, xKey);
    return at && c.ds.noDataKind?.(at.index, at.year, at.province, at.measure);
  };
  const empty = (x: ChartSeries, xKey: string, value: number | null): TableCell => {
    const missing = missingKind(x, xKey);
    return { text: s.noData, value, key: null, marks: [], ...(missing ? { missing } : {}) };
  };
  const rows = xKeys.map((xKey, i) => ({
    header: xLabels[i]!,
    cells: series.map((x): TableCell => {
      if (x.values[i] === null && !x.ranks[i]) return empty(x, xKey, null);
      const stat = x.stats?.[i];
      if (stat) return { text: fmt(x.values[i] ?? null), value: x.values[i] ?? null, key: stat.key, marks: stat.marks };
      const at = cellKey(c, x, xKey, i);
      const p = at && c.ds.point(at.index, at.year, at.province, at.measure);
      const key = at && p ? `${at.index}/${at.year}/${at.province}/${at.measure}` : null;
      const r = x.ranks[i] ?? null;
      if (isRank) return { text: rankText(r) ?? s.noData, value: r?.rank ?? null, key, marks: r ? (p?.rankMarks ?? []) : [] };
      const value = x.values[i] ?? null;
      const rank = rankText(r);
      const marks = [...new Set([...(value !== null ? (p?.valueMarks ?? []) : []), ...(rank ? (p?.rankMarks ?? []) : [])])];
      return { text: fmt(value), value, ...(rank ? { rank } : {}), key, marks };
    }),
  }));
  const columnMarks = series.map((_, j) => {
    const filled = rows.map((row) => row.cells[j]!).filter((cell) => cell.key);
    return filled.length > 1 ? filled[0]!.marks.filter((m) => m !== 'conflict' && filled.every((cell) => cell.marks.includes(m))) : [];
  });
  const rowHeader = spec.kind === 'line' || isRank ? s.year : spec.kind === 'ranked-bars' || spec.measures.length === 1 ? s.province : s.measure;
  return { caption, rowHeader, columns: series.map((x) => x.label), columnMarks, rows };
}

/** A figure the chart shows that is not plain fact: where it is drawn, its data key and the kinds of its marks as shown. */
interface MarkedFigure {
  i: number;
  j: number;
  key: string;
  /** A result's parts (none for a comparison's statistic). */
  at?: { index: string; year: number; province: string; measure: string } | undefined;
  kinds: MarkKind[];
  /** How a note names it: the category, after the series where the chart has several ("2019", "Nam Định, 2024"). */
  name: string;
}

/** Every figure the chart draws with a mark: a rank chart shows ranks, every other kind values; comparisons too. */
function markedFigures(c: ChartContext, body: ChartBody): MarkedFigure[] {
  const isRank = c.spec.kind === 'rank-line';
  return body.series.flatMap((x, i) =>
    body.xKeys.flatMap((xKey, j) => {
      // A series split by method names its period ("… (2018–2024)"); beside one of its years the period is said already.
      const series = x.period ? x.label.replace(/ \(\d{4}–\d{4}[^)]*\)$/, '') : x.label;
      const name = x.role === 'featured' || body.series.length === 1 ? body.xLabels[j]! : `${series}, ${body.xLabels[j]}`;
      const stat = x.stats?.[j];
      if (stat) return stat.marks.length ? [{ i, j, key: stat.key, kinds: stat.marks, name }] : [];
      const at = cellKey(c, x, xKey, j);
      const p = at && c.ds.point(at.index, at.year, at.province, at.measure);
      const kinds = (isRank ? p?.rankMarks : p?.valueMarks) ?? [];
      if (!at || !kinds.length) return [];
      return [{ i, j, key: `${at.index}/${at.year}/${at.province}/${at.measure}`, at, kinds, name }];
    }),
  );
}

/** A summary names every figure of the chart that sources disagree on, with both claims and their publishers. */
function withConflictNotes(c: ChartContext, marked: MarkedFigure[], summary: string): string {
  if (!c.ds.markTexts) return summary;
  const notes = new Set<string>();
  for (const f of marked.filter((x) => x.kinds.includes('conflict'))) {
    const note = c.ds.markTexts(f.key, ['conflict'], c.spec.kind === 'rank-line' ? 'rank' : 'value', c.locale)[0]?.text;
    if (note) notes.add(`${f.name}: ${note}`);
  }
  return [summary, ...notes].join(' ');
}

/**
 * The notes a picture carries under its plot, so that an image copied on its own still says which figures are not
 * plain fact: each conflict with both claims, and each other mark once, naming the figures it applies to (or "every
 * figure" where all carry it).
 */
const MAX_NAMED = 6;

function markNotes(c: ChartContext, body: ChartBody, marked: MarkedFigure[]): string[] {
  if (!c.ds.markTexts || !marked.length) return [];
  const shown = c.spec.kind === 'rank-line' ? 'rank' : 'value';
  const drawn = body.series.reduce((n, x) => n + body.xKeys.filter((k, j) => x.stats?.[j] || cellKey(c, x, k, j)).length, 0);
  const groups = new Map<string, { names: string[]; mark: Mark }>();
  for (const f of marked) {
    for (const mark of c.ds.markTexts(f.key, f.kinds, f.at ? shown : 'value', c.locale)) {
      const id = mark.kind === 'conflict' ? `${mark.kind}|${f.name}` : `${mark.kind}|${mark.label}|${mark.briefText ?? mark.text}`;
      const group = groups.get(id) ?? { names: [], mark };
      group.names.push(f.name);
      groups.set(id, group);
    }
  }
  // One line per figure or list of figures: two marks on the same figures (a computed rank from a secondary panel) share it.
  const lines = new Map<string, { asides: string[]; texts: string[] }>();
  for (const { names, mark } of groups.values()) {
    // A long list would bury the note: beyond a few, the count, and the table marks each figure.
    const counted = names.length > MAX_NAMED && names.length < drawn;
    const who = names.length > 1 && names.length === drawn ? c.s.allFigures : counted ? c.s.someFigures(names.length, drawn) : names.join(', ');
    const text = mark.briefText ?? mark.text;
    // A text that opens with its own label ("Suy ra từ …") needs no label before it; a conflict's says what it is.
    const label = mark.kind === 'conflict' || text.toLocaleLowerCase(c.locale).startsWith(mark.label.toLocaleLowerCase(c.locale)) ? '' : mark.label;
    const line = lines.get(who) ?? { asides: [], texts: [] };
    for (const aside of [label, counted ? c.s.eachInTable : '']) if (aside && !line.asides.includes(aside)) line.asides.push(aside);
    line.texts.push(text);
    lines.set(who, line);
  }
  return [...lines].map(([who, { asides, texts }]) => `${MARK_SIGN} ${who}${asides.length ? ` (${asides.join('; ')})` : ''}: ${texts.join(' ')}`);
}

/** Years or categories without a value are said so in the notes, never dropped silently. */
function chartNotes(c: ChartContext, { xKeys, xLabels, series, breaks }: ChartBody): string[] {
  const { s } = c;
  const notes = series
    .filter((x) => x.role === 'featured')
    .map((fs) => ({ fs, missing: xKeys.filter((k, i) => fs.values[i] === null && inSeriesPeriod(fs, k)) }))
    .filter(({ missing }) => missing.length)
    .map(({ fs, missing }) => s.missingNote(fs.label, missing.map((k) => xLabels[xKeys.indexOf(k)] ?? k)));
  if (series.some((x) => x.ranks.some((r) => r?.kind === 'computed'))) notes.push(s.computedNote);
  if (breaks.length) notes.push(s.breakNote(breaks, c.ds.indexName(c.spec.index, c.locale), c.spec.kind === 'line'));
  if (c.spec.compare.length) notes.push(s.comparisonNote);
  return notes;
}

function chartTitle({ ds, spec, locale, s, ys, provinces, featured }: ChartContext): string {
  const hand = locale === 'vi' ? spec.title_vi : spec.title_en;
  if (hand !== undefined) return hand;
  return s.title({
    kind: spec.kind,
    index: ds.indexName(spec.index, locale),
    measure: spec.measures.length === 1 && spec.measures[0] !== 'total' ? ds.measureName(spec.index, spec.measures[0]!, locale) : undefined,
    province: featured ? ds.provinceName(featured, locale) : provinces.length > 1 ? undefined : ds.provinceName(provinces[0]!, locale),
    years: ys,
    byProvince: spec.kind === 'bars' && spec.measures.length === 1 && provinces.length > 1,
  });
}

/** The scale maxima over the chart's years, for the subtitle ("out of 60, and 80 from 2018"). */
function scaleMaxima({ ds, spec, ys }: ChartContext): number[] {
  return [...new Set(ys.map((yy) => ds.scale(spec.index, yy, spec.measures[0]!)?.max).filter((m): m is number => m !== undefined))];
}

/** A label ending in the source's own date ("Báo Hà Nam (2024)", "(tháng 5/2022)", "(23 June 2022)"); an undated one (a data file) gets the years it gives. */
const DATED = /\((?:\d{2}\/\d{2}\/|tháng \d{1,2}\/|\d{1,2} [A-Z][a-z]+ |[A-Z][a-z]+ )?\d{4}\)$/u;

function sourceLine({ ds, locale, s }: ChartContext, sourceIds: string[], records: ChartRecord[]): string {
  // A figure derived from a later year's stated change is not a figure of its year in that source.
  const backs = (id: string) => records.filter((r) => (r.source === id || r.rank_source === id) && !r.marks.split(' ').includes('derived'));
  // The publisher of most figures first; a data file and a page of one organisation named once, with the years of both.
  const ordered = [...sourceIds].sort((a, b) => backs(b).length - backs(a).length || a.localeCompare(b));
  const entries = new Map<string, { label: string; years: Set<number> }>();
  for (const id of ordered) {
    const label = ds.sourceLabel(id, locale);
    const entry = entries.get(DATED.test(label) ? label : publisherOrganisation(label)) ?? { label, years: new Set<number>() };
    for (const r of backs(id)) entry.years.add(r.year);
    entries.set(DATED.test(label) ? label : publisherOrganisation(label), entry);
  }
  const labels = [...entries.values()].map(({ label, years }) => {
    const sorted = [...years].sort((a, b) => a - b);
    // The report years a data file's figures belong to (PAPI 2011–2024), never a date the source does not state.
    return DATED.test(label) || !sorted.length ? label : `${label}, ${s.dataYears(sorted[0]!, sorted.at(-1)!)}`;
  });
  return `${s.source}: ${labels.slice(0, 3).join('; ')}${labels.length > 3 ? s.andMore(labels.length - 3) : ''}`;
}
