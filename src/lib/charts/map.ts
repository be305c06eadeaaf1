/**
 * The `map` chart kind: one measure of one year on the provinces' shapes. Provinces with a value fall into four
 * quantile groups, highest first (as the PAPI reports map them); provinces without one are hatched and named in
 * the legend; the featured province (Hà Nam) is outlined. The body (rows, records, series) is the ranked bars'
 * one, plus every province on the map without data, so the table lists every province the map colours.
 */
import type { Extent, BoundarySet } from '../geo.ts';
import { MAP_STRINGS } from '../../i18n/map.ts';
import type { ChartBody, ChartContext } from './kinds.ts';
import type { ChartModel, DataPoint } from './model.ts';
import { pointRank } from './rank.ts';
import { quarterOf } from '../standing.ts';
import { formatNumber } from './number-format.ts';
import type { LayoutName } from './chartjs-config.ts';

export const BOUNDARY_SOURCE_ID = 'odm-dia-phan-tinh';
export const MAP_GROUP_COUNT = 4;
/** Highest group darkest: one hue (blue, safe for colour-blind readers), each group clearly lighter than the last, so the map survives greyscale. */
export const MAP_FILLS = ['#08306b', '#2171b5', '#6baed6', '#c6dbef'] as const;
export const NO_DATA_FILL = '#f0f0f0';
export const NO_DATA_HATCH = '#737373';
/** Orange on a white halo: visible on every fill and in greyscale. */
export const OUTLINE = { color: '#e66100', halo: '#ffffff', width: 2.5 } as const;

/** Where the map is drawn inside the plot area (CSS px from the plot's top left), per layout. */
export const MAP_EXTENTS: Record<LayoutName, Extent> = {
  wide: [[0, 4], [430, 484]],
  phone: [[0, 4], [336, 380]],
};

export interface MapGroup {
  name: string;
  /** The group's range in the locale's number format, lowest–highest. */
  range: string;
  fill: string;
  min: number;
  max: number;
  provinces: string[];
}

export interface MapModel {
  boundaries: BoundarySet;
  legendTitle: string;
  groups: MapGroup[];
  noData: { label: string; provinces: string[] } | undefined;
  /** Outlined provinces (the featured one), with the legend's words. */
  outlined: { province: string; label: string }[];
  /** Every province on the map, with its GSO code and its group (null: no data). */
  units: { province: string; code: string; group: number | null }[];
  credit: string;
  islands: { hoangSa: string; truongSa: string };
}

/**
 * Quartile groups (0 highest) of values sorted highest first, by the rule the ranking table uses (quarterOf: the
 * place over the count), so the map and the table under it agree; an equal value stays in the group before it.
 */
export function quantileGroups(sortedDesc: number[]): number[] {
  const out: number[] = [];
  sortedDesc.forEach((v, i) => {
    out.push(i > 0 && v === sortedDesc[i - 1] ? out[i - 1]! : quarterOf(i + 1, sortedDesc.length) - 1);
  });
  return out;
}

export type MapBody = ChartBody & { map: MapModel };

/** The map's body: provinces with values (best first), then those without; the groups and the outline. */
export function mapBody(c: ChartContext, chartRecord: (year: number, province: string, measure: string, series: string, p: DataPoint | undefined) => ChartBody['records'][number]): MapBody {
  const { ds, spec, locale } = c;
  const m = MAP_STRINGS[locale];
  const year = c.lastYear;
  const measure = spec.measures[0]!;
  if (!ds.mapUnits) throw new Error(`chart ${spec.id}: this data source has no province shapes`);
  const units = ds.mapUnits('vn63');
  const onMap = new Set(units.map((u) => u.province));
  const valued = c.provinces
    .map((province) => ({ province, point: ds.point(spec.index, year, province, measure) }))
    .filter((x): x is { province: string; point: DataPoint } => typeof x.point?.value === 'number')
    .sort((a, b) => b.point.value! - a.point.value! || a.province.localeCompare(b.province));
  // A province with a result must have a shape: the build fails here, naming it.
  for (const x of valued) {
    if (!onMap.has(x.province)) throw new Error(`chart ${spec.id}: province ${ds.provinceName(x.province, 'vi')} (${x.province}) has a result but no shape in the boundary file`);
  }
  const has = new Set(valued.map((x) => x.province));
  const missing = [...onMap].filter((p) => !has.has(p)).sort((a, b) => ds.provinceName(a, locale).localeCompare(ds.provinceName(b, locale), locale));
  const group = quantileGroups(valued.map((x) => x.point.value!));
  // The ranges use the chart's decimals, or more where two groups' ends would otherwise read the same.
  const ends = MAP_FILLS.map((_, k) => valued.filter((_, i) => group[i] === k).map((x) => x.point.value!));
  let precision = Math.max(0, ...valued.map((x) => Math.min(x.point.precision ?? 2, 2)));
  const touch = (d: number) => ends.some((e, k) => k > 0 && e.length && ends[k - 1]!.length && formatNumber(Math.max(...e), d, locale) === formatNumber(Math.min(...ends[k - 1]!), d, locale));
  while (precision < 4 && touch(precision)) precision++;
  const fmt = (v: number) => formatNumber(v, precision, locale);
  const groups: MapGroup[] = m.groups.map((name, k) => {
    const members = valued.filter((_, i) => group[i] === k);
    const values = members.map((x) => x.point.value!);
    const min = Math.min(...values);
    const max = Math.max(...values);
    return { name, range: members.length ? `${fmt(min)}–${fmt(max)}` : '', fill: MAP_FILLS[k]!, min, max, provinces: members.map((x) => x.province) };
  }).filter((g) => g.provinces.length);
  const groupOf = new Map(valued.map((x, i) => [x.province, group[i]!]));
  const label = ds.measureName(spec.index, measure, locale);
  const keys = [...valued.map((x) => x.province), ...missing];
  const points = keys.map((p) => ds.point(spec.index, year, p, measure));
  const featured = c.featured && onMap.has(c.featured) ? c.featured : undefined;
  return {
    xKeys: keys,
    xLabels: keys.map((p) => ds.provinceName(p, locale)),
    series: [{ id: `${measure}:${year}`, label, role: 'province', measure, values: points.map((p) => p?.value ?? null), ranks: points.map(pointRank) }],
    breaks: [],
    records: valued.map((x) => chartRecord(year, x.province, measure, label, x.point)),
    read: points.filter((p): p is DataPoint => p !== undefined),
    map: {
      boundaries: 'vn63',
      legendTitle: m.legendTitle,
      groups,
      noData: missing.length ? { label: m.noData(missing.map((p) => ds.provinceName(p, locale))), provinces: missing } : undefined,
      outlined: featured ? [{ province: featured, label: m.outlined(ds.provinceName(featured, locale)) }] : [],
      units: units.map(({ province, code }) => ({ province, code, group: groupOf.get(province) ?? null })),
      credit: m.credit,
      islands: m.islands,
    },
  };
}

/** The sentence on the featured province's group, after the ranked summary. */
export function mapGroupSentence(map: MapModel, featured: string | undefined, name: string | undefined, locale: ChartModel['locale']): string {
  if (!featured || !name) return '';
  const m = MAP_STRINGS[locale];
  const k = map.groups.findIndex((g) => g.provinces.includes(featured));
  return k < 0 ? m.summaryNoGroup({ province: name }) : m.summaryGroup({ province: name, group: map.groups[k]!.name, k: k + 1, of: map.groups.length });
}

/** The table gains the group column: each province's group name, "no data" where it has none. */
export function withGroupColumn(table: ChartModel['table'], map: MapModel, xKeys: string[], noData: string, locale: ChartModel['locale']): ChartModel['table'] {
  const groupName = (province: string) => map.groups.find((g) => g.provinces.includes(province))?.name ?? noData;
  return {
    ...table,
    columns: [...table.columns, MAP_STRINGS[locale].groupColumn],
    columnMarks: [...table.columnMarks, []],
    rows: table.rows.map((row, i) => ({ ...row, cells: [...row.cells, { text: groupName(xKeys[i]!), value: null, key: null, marks: [] }] })),
  };
}

/** What a map's table, legend and credit must hold; each problem in words (empty: none). */
export function mapProblems(model: ChartModel): string[] {
  const map = model.map;
  if (!map) return [`${model.id}: not a map`];
  const problems: string[] = [];
  const rows = new Set(model.table.rows.map((r) => r.header));
  map.units.forEach((u) => {
    const name = model.xLabels[model.xKeys.indexOf(u.province)];
    if (!name || !rows.has(name)) problems.push(`${model.id}: ${u.province} is on the map but not in the table`);
  });
  if (model.featured && !map.outlined.some((o) => o.province === model.featured)) problems.push(`${model.id}: ${model.featured} is not outlined`);
  const noData = map.units.filter((u) => u.group === null).map((u) => model.xLabels[model.xKeys.indexOf(u.province)] ?? u.province);
  for (const name of noData) if (!map.noData?.label.includes(name)) problems.push(`${model.id}: ${name} has no data but the legend does not name it`);
  if (!model.sourceLine.includes(map.credit)) problems.push(`${model.id}: the source line lacks the boundary credit`);
  if (!model.notes.includes(map.credit)) problems.push(`${model.id}: the notes lack the boundary credit`);
  return problems;
}

/** What the interactive map needs (shipped in the page's chart JSON): each shape's colour, outline and tooltip, and the legend. */
export interface MapDraw {
  units: { code: string; name: string; text: string; fill: string; outlined: boolean }[];
  legend: { label: string; fill: string; hatched?: boolean; outlined?: boolean }[];
}

export function mapDraw(model: Pick<ChartModel, 'map' | 'xKeys' | 'xLabels' | 'table'>): MapDraw | undefined {
  const map = model.map;
  if (!map) return undefined;
  const outlined = new Set(map.outlined.map((o) => o.province));
  return {
    units: map.units.map((u) => {
      const i = model.xKeys.indexOf(u.province);
      const row = model.table.rows[i];
      return {
        code: u.code,
        name: model.xLabels[i] ?? u.province,
        text: row ? row.cells.map((c) => [c.text, c.rank].filter(Boolean).join(' · ')).join(' · ') : '',
        fill: u.group === null ? NO_DATA_FILL : (MAP_FILLS[u.group] ?? NO_DATA_FILL),
        outlined: outlined.has(u.province),
      };
    }),
    legend: [
      ...map.groups.map((g) => ({ label: `${g.name}: ${g.range}`, fill: g.fill })),
      ...(map.noData ? [{ label: map.noData.label, fill: NO_DATA_FILL, hatched: true }] : []),
      ...map.outlined.map((o) => ({ label: o.label, fill: '#ffffff', outlined: true })),
    ],
  };
}
