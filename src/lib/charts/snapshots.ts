/**
 * Frozen editions: when a data edition is published (npm run edition:freeze), each registered chart's spec
 * and the data points it reads are written to content/snapshots/<edition>.json. Versioned embeds are drawn
 * by the current code from those points, so an old article keeps its numbers while wording and drawing can
 * still be fixed. Names, scales and methodology periods come from the current dataset.
 */
import { z } from 'astro/zod';
import type { ChartDataSource, ComparisonStat, DataPoint } from './model.ts';
import { buildChartModel } from './model.ts';
import { chartSpecSchema, type ChartSpec } from './spec.ts';

/** The format of a frozen chart; reading code knows only this one. */
export const FROZEN_CHART_VERSION = 1;

const frozenPointSchema = z.strictObject({
  year: z.number().int(),
  province: z.string(),
  measure: z.string(),
  value: z.number().optional(),
  precision: z.number().int().optional(),
  rank: z.number().int().optional(),
  rank_of: z.number().int().optional(),
  rank_kind: z.enum(['official', 'computed']).optional(),
  source: z.string(),
  /** Places gained since `rank_change_from`, where the data rules allow it to be stated. */
  rank_change: z.number().int().optional(),
  rank_change_from: z.number().int().optional(),
  /** For a comparison's national statistic (province "national"): which one. Editions before 2026-12b have none, and compute theirs. */
  stat: z.enum(['mean', 'median', 'best', 'worst']).optional(),
});
export type FrozenPoint = z.infer<typeof frozenPointSchema>;

const frozenChartSchema = z.strictObject({
  version: z.literal(FROZEN_CHART_VERSION),
  spec: chartSpecSchema,
  points: z.array(frozenPointSchema),
});
export type FrozenChart = z.infer<typeof frozenChartSchema>;

export const snapshotSchema = z.strictObject({
  edition: z.string(),
  frozen: z.string(),
  /** Chart id → its spec and data as published. */
  charts: z.record(z.string(), frozenChartSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

const pointKey = (year: number, province: string, measure: string) => `${year}/${province}/${measure}`;
const statKey = (year: number, measure: string, stat: ComparisonStat) => `${year}/national/${measure}/${stat}`;

/** A chart's spec and every point its model reads from the live data, in both locales. */
export function freezeChart(live: ChartDataSource, spec: ChartSpec): FrozenChart {
  const points = new Map<string, FrozenPoint>();
  const recording: ChartDataSource = {
    ...live,
    point(index, year, province, measure) {
      const p = live.point(index, year, province, measure);
      if (p) points.set(pointKey(year, province, measure), { ...points.get(pointKey(year, province, measure)), ...frozenPoint(year, province, measure, p) });
      return p;
    },
    nationalStat(index, year, measure, stat) {
      const st = live.nationalStat?.(index, year, measure, stat);
      if (st) points.set(statKey(year, measure, stat), { year, province: 'national', measure, stat, value: st.value, precision: st.precision, source: st.source });
      return st;
    },
    rankChange(index, province, measure, year, previousYear) {
      const change = live.rankChange(index, province, measure, year, previousYear);
      const p = points.get(pointKey(year, province, measure));
      // The summary reads a point before its rank change; a change without its point could not be frozen.
      if (change !== null && !p) throw new Error(`${spec.id}: a rank change for ${pointKey(year, province, measure)} without its point`);
      if (change !== null) Object.assign(p!, { rank_change: change, rank_change_from: previousYear });
      return change;
    },
  };
  for (const locale of ['vi', 'en'] as const) buildChartModel(recording, spec, locale);
  const sorted = [...points.values()].sort((a, b) => a.year - b.year || a.measure.localeCompare(b.measure) || a.province.localeCompare(b.province));
  // The gallery order is where the chart sits on today's site, not part of what was published.
  const { order: _order, ...frozenSpec } = spec;
  return { version: FROZEN_CHART_VERSION, spec: frozenSpec, points: sorted };
}

/** Undefined fields are left out of the file by JSON.stringify. */
function frozenPoint(year: number, province: string, measure: string, p: DataPoint): FrozenPoint {
  return { year, province, measure, value: p.value, precision: p.precision, rank: p.rank, rank_of: p.rankOf, rank_kind: p.rankKind, source: p.source };
}

/** The live data source with its figures replaced by a frozen chart's points. */
export function frozenDataSource(live: ChartDataSource, chart: FrozenChart): ChartDataSource {
  const points = new Map(chart.points.map((p) => [p.stat ? statKey(p.year, p.measure, p.stat) : pointKey(p.year, p.province, p.measure), p]));
  return {
    ...live,
    // An edition that froze no statistic computed its comparisons, and still does.
    nationalStat(index, year, measure, stat) {
      const p = points.get(statKey(year, measure, stat));
      if (p?.value === undefined) return undefined;
      const now = live.nationalStat?.(index, year, measure, stat);
      return { value: p.value, precision: p.precision, source: p.source, marks: now && now.value === p.value ? now.marks : [] };
    },
    point(_index, year, province, measure) {
      const p = points.get(pointKey(year, province, measure));
      if (!p) return undefined;
      // Marks and the rank's own source are read live for the same figures: a conflict found later marks old embeds too.
      const now = live.point(_index, year, province, measure);
      const same = now && now.value === p.value && now.rank === p.rank && now.rankOf === p.rank_of;
      return {
        value: p.value, precision: p.precision, rank: p.rank, rankOf: p.rank_of, rankKind: p.rank_kind, source: p.source,
        ...(same ? { rankSource: now.rankSource, conflict: now.conflict, valueMarks: now.valueMarks, rankMarks: now.rankMarks } : {}),
      };
    },
    provincesWith(_index, year, measure) {
      return chart.points.filter((p) => p.year === year && p.measure === measure && p.value !== undefined && !p.stat).map((p) => p.province);
    },
    rankChange(_index, province, measure, year, previousYear) {
      const p = points.get(pointKey(year, province, measure));
      return p?.rank_change !== undefined && p.rank_change_from === previousYear ? p.rank_change : null;
    },
  };
}

/** The snapshot file: one line per spec and per point, so a diff shows which figure moved. */
export function snapshotJson({ edition, frozen, charts }: Snapshot): string {
  const chart = ([id, c]: [string, FrozenChart]) =>
    `  ${JSON.stringify(id)}: {\n   "version": ${c.version},\n   "spec": ${JSON.stringify(c.spec)},\n   "points": [\n${c.points.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n   ]\n  }`;
  return `{\n "edition": ${JSON.stringify(edition)},\n "frozen": ${JSON.stringify(frozen)},\n "charts": {\n${Object.entries(charts).map(chart).join(',\n')}\n }\n}\n`;
}
