/**
 * The Chart.js configuration for a chart model. The build-time PNG (Node, @napi-rs/canvas) and the
 * interactive chart in the browser both call this, so the two always draw the same thing.
 */
import type { Chart, ChartConfiguration, Plugin, ChartDataset } from 'chart.js';
import { intlLocale } from '../../i18n/index.ts';
import type { ChartModel, ChartSeries } from './model.ts';

/** The sign after a marked figure's label in a picture, and before the note under the plot that explains it. */
export const MARK_SIGN = '*';

/** What drawing needs: the page ships only this to the browser, not the table, rows or sentences. */
export type DrawModel = Pick<ChartModel, 'id' | 'kind' | 'locale' | 'xLabels' | 'xKeys' | 'y' | 'precision' | 'featured' | 'breaks' | 'scaleMax' | 'points'> & {
  series: Pick<ChartSeries, 'label' | 'role' | 'comparison' | 'values' | 'marked'>[];
  /** Drawn one below the other, each on its own axis (a method change). */
  panels?: DrawModel[];
  /** A panel's heading, drawn above its plot. */
  heading?: string;
};

export function drawModel(m: ChartModel): DrawModel {
  const { id, kind, locale, xLabels, xKeys, y, precision, featured, breaks, scaleMax, points } = m;
  const series = (list: ChartSeries[], keys: string[]) =>
    list.map(({ label, role, comparison, values, marked }) => ({
      label,
      role,
      ...(comparison ? { comparison } : {}),
      values: keys.map((k) => values[xKeys.indexOf(k)] ?? null),
      // A sign on a label leads to a note under the plot: only a picture that draws the notes gets the signs.
      ...(marked && m.markNotes.length ? { marked: keys.map((k) => marked[xKeys.indexOf(k)] ?? false) } : {}),
    }));
  const base = { id, kind, locale, xLabels, xKeys, y, precision, featured, breaks, ...(scaleMax ? { scaleMax } : {}), ...(points ? { points } : {}), series: series(m.series, xKeys) };
  if (!m.panels) return base;
  const panels = m.panels.map((p): DrawModel => ({
    id,
    kind,
    locale,
    xKeys: p.xKeys,
    xLabels: p.xKeys.map((k) => xLabels[xKeys.indexOf(k)]!),
    y: p.y,
    precision,
    featured,
    breaks: [],
    heading: p.label,
    series: series(m.series.filter((x) => p.series.includes(x.id)), p.xKeys),
  }));
  return { ...base, panels };
}

/** The plots to draw: each panel, or the chart itself. */
export function drawPanels(model: DrawModel): DrawModel[] {
  return model.panels ?? [model];
}
import { formatBound, formatNumber } from './number-format.ts';

export const FONT_FAMILY = "'Be Vietnam Pro', system-ui, sans-serif";

/** Wide (800 px) or phone (360 px): the same model drawn for the screen it is read on. */
export type LayoutName = 'wide' | 'phone';
/** Text size of ticks, labels and legend: on a phone, at least 12 CSS px once the picture fits a 360-px screen. */
export const TEXT_PX: Record<LayoutName, number> = { wide: 12, phone: 14 };
/** Up to this width (CSS px) a page shows the phone picture, and the interactive chart uses the phone layout. */
export const PHONE_MAX_WIDTH = 520;
export const FEATURED = '#0b5394';
const OTHERS = ['#b45f06', '#38761d', '#741b47', '#134f5c', '#7f6000', '#5b0f00'];
const POINT_STYLES = ['rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded'] as const;
const COMPARISON_STYLE = {
  'national-mean': { color: '#595959', dash: [6, 4], point: 'rect' },
  median: { color: '#6b6b6b', dash: [2, 3], point: 'triangle' },
  best: { color: '#2e7d32', dash: [10, 4], point: 'rectRot' },
  worst: { color: '#b71c1c', dash: [3, 3], point: 'crossRot' },
} as const;

interface Style {
  color: string;
  dash: number[];
  point: (typeof POINT_STYLES)[number] | 'circle';
  width: number;
}

function styleOf(series: DrawModel['series'][number], i: number): Style {
  if (series.role === 'featured') return { color: FEATURED, dash: [], point: 'circle', width: 3 };
  if (series.role === 'comparison' && series.comparison) {
    const c = COMPARISON_STYLE[series.comparison];
    return { color: c.color, dash: [...c.dash], point: c.point, width: 2 };
  }
  return { color: OTHERS[i % OTHERS.length]!, dash: i % 2 ? [8, 3] : [], point: POINT_STYLES[i % POINT_STYLES.length]!, width: 2 };
}

/** Lines a category label takes above its bars, estimated from its length (the plugin wraps with real widths). */
function labelLines(text: string, layout: LayoutName): number {
  const px = TEXT_PX[layout];
  const width = layout === 'phone' ? 320 : 700;
  return Math.min(3, Math.max(1, Math.ceil((text.length * px * 0.6) / width)));
}

/** Every plot of all provinces (60+ bars) on a phone: one compact strip, Hà Nam marked; the table lists them all. */
export function isRankStrip(model: DrawModel, layout: LayoutName): boolean {
  return layout === 'phone' && model.kind === 'ranked-bars';
}

const BAR_PX: Record<LayoutName, number> = { wide: 10, phone: 12 };

/** Height of a category of horizontal bars: its label lines above, its bars, the same space below. */
function barCategoryHeight(model: DrawModel, j: number, layout: LayoutName): number {
  const line = Math.round(TEXT_PX[layout] * 1.3);
  const group = model.points ? 16 : BAR_PX[layout] * model.series.length;
  return group + 2 * (labelLines(model.xLabels[j] ?? '', layout) * line + 6);
}

/** Room for the value axis and the legend, which wraps into rows on a phone. */
function axisAndLegendHeight(model: DrawModel, layout: LayoutName): number {
  const rows = model.series.length > 1 ? (layout === 'phone' ? Math.ceil(model.series.length / 2) : 1) : 0;
  return 64 + rows * Math.round(TEXT_PX[layout] * 2);
}

export function chartHeight(model: DrawModel, layout: LayoutName = 'wide'): number {
  if (model.panels) return model.panels.reduce((sum, p) => sum + chartHeight(p, layout), 0);
  if (isRankStrip(model, layout)) return 280;
  if (model.heading) return layout === 'phone' ? 340 : 300;
  if (model.kind === 'ranked-bars') return 90 + model.xKeys.length * 18;
  if (model.kind === 'bars') return axisAndLegendHeight(model, layout) + model.xKeys.reduce((sum, _k, j) => sum + barCategoryHeight(model, j, layout), 0);
  return layout === 'phone' ? 340 + axisAndLegendHeight(model, layout) - 64 : 380;
}

/** A figure's label; a marked figure ends in the sign of the notes under the plot. */
function valueText(model: DrawModel, v: number, j: number, marked = false): string {
  const sign = marked ? MARK_SIGN : '';
  if (model.y.unit === 'rank') return String(v) + sign;
  const max = model.scaleMax?.[j];
  return formatNumber(v, model.precision, model.locale) + (model.y.unit === 'percent' ? '%' : '') + sign + (typeof max === 'number' ? `/${formatBound(max, model.locale)}` : '');
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A straight piece of a drawn line, in the chart's CSS px. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Does the segment pass through the rectangle? (Liang–Barsky clipping: a non-empty clipped part means yes.) */
function segmentCrossesRect(s: Segment, r: Rect): boolean {
  let [t0, t1] = [0, 1];
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  for (const [p, q] of [[-dx, s.x0 - r.x0], [dx, r.x1 - s.x0], [-dy, s.y0 - r.y0], [dy, r.y1 - s.y0]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Every segment of the lines Chart.js drew (datasets with showLine; a missing value breaks the line, spanGaps is off). */
export function lineSegments(chart: Chart): Segment[] {
  const segments: Segment[] = [];
  chart.data.datasets.forEach((ds, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.hidden || meta.type !== 'line' || (ds as { showLine?: boolean }).showLine === false) return;
    let prev: { x: number; y: number } | undefined;
    meta.data.forEach((el, j) => {
      const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
      const v = ds.data[j];
      const ok = v !== null && v !== undefined && Number.isFinite(x) && Number.isFinite(y);
      if (ok && prev) segments.push({ x0: prev.x, y0: prev.y, x1: x, y1: y });
      prev = ok ? { x, y } : undefined;
    });
  });
  return segments;
}

type Ctx = CanvasRenderingContext2D;

/** The box a text will take, with a margin, for the given alignment (middle, top or bottom baseline). */
function textRect(ctx: Ctx, text: string, x: number, y: number, align: CanvasTextAlign, baseline: 'middle' | 'top' | 'bottom', px: number): Rect {
  const w = ctx.measureText(text).width;
  const x0 = align === 'left' ? x : align === 'center' ? x - w / 2 : x - w;
  const y0 = baseline === 'top' ? y : baseline === 'middle' ? y - px * 0.65 : y - px * 1.3;
  return { x0: x0 - 2, y0: y0 - 1, x1: x0 + w + 2, y1: y0 + px * 1.3 + 1 };
}

/** Greedy word wrap with the context's current font; any canvas (browser, @napi-rs/canvas) measures text. */
export function wrapText(ctx: { measureText(text: string): { width: number } }, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws what Chart.js does not: category labels above horizontal bars, value labels placed so that none collides
 * with another, with a marker or with a line (a label that cannot be placed is skipped: the table has every value,
 * and the last point of each labelled line keeps its label wherever a spot is free), panel headings and
 * method-change markers.
 */
function annotations(model: DrawModel, layout: LayoutName): Plugin {
  const px = TEXT_PX[layout];
  return {
    id: 'siteAnnotations',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      const area = chart.chartArea;
      const bounds: Rect = { x0: 0, y0: 0, x1: chart.width, y1: area.bottom };
      const placed: Rect[] = [];
      const inside = (r: Rect) => r.x0 >= bounds.x0 && r.y0 >= bounds.y0 && r.x1 <= bounds.x1 && r.y1 <= bounds.y1;
      const free = (r: Rect) => inside(r) && !placed.some((p) => overlaps(p, r));
      const draw = (text: string, x: number, y: number, align: CanvasTextAlign, baseline: 'middle' | 'top' | 'bottom') => {
        ctx.textAlign = align;
        ctx.textBaseline = baseline;
        ctx.fillText(text, x, y);
        placed.push(textRect(ctx, text, x, y, align, baseline, px));
      };
      ctx.save();
      const horizontal = (model.kind === 'bars' || model.kind === 'ranked-bars') && !isRankStrip(model, layout);
      if (model.heading) {
        ctx.font = `600 ${px}px ${FONT_FAMILY}`;
        ctx.fillStyle = '#1a1a1a';
        draw(model.heading, area.left, 2, 'left', 'top');
      }
      // Method changes: a dashed vertical rule between the last year of the old method and the first of the new.
      // Its caption is placed after the values (below), so that a value's label, which a note may explain, comes first.
      const ruleXs: number[] = [];
      if (model.breaks.length && !horizontal) {
        const xScale = chart.scales['x'];
        if (xScale) {
          for (const year of model.breaks) {
            const idx = model.xKeys.indexOf(String(year));
            if (idx <= 0) continue;
            const x = (xScale.getPixelForValue(idx - 1) + xScale.getPixelForValue(idx)) / 2;
            ctx.strokeStyle = '#444';
            ctx.setLineDash([4, 4]);
            ctx.beginPath();
            ctx.moveTo(x, area.top);
            ctx.lineTo(x, area.bottom);
            ctx.stroke();
            ctx.setLineDash([]);
            ruleXs.push(x);
          }
        }
      }
      // Category labels above their bars, wrapped to the plot's width: never cut at the left edge.
      if (model.kind === 'bars' && horizontal) {
        ctx.font = `${px}px ${FONT_FAMILY}`;
        ctx.fillStyle = '#222';
        const line = Math.round(px * 1.3);
        model.xLabels.forEach((label, j) => {
          let top = Infinity;
          model.series.forEach((_s, i) => {
            const meta = chart.getDatasetMeta(i);
            const el = meta.data[j];
            if (meta.hidden || !el) return;
            const { y, height } = el.getProps(['y', 'height'], true) as { y: number; height?: number };
            top = Math.min(top, y - (height ?? 12) / 2);
          });
          if (!Number.isFinite(top)) return;
          const lines = wrapText(ctx, label, chart.width - area.left - 4);
          lines.forEach((l, k) => draw(l, area.left, top - 4 - (lines.length - 1 - k) * line, 'left', 'bottom'));
        });
      }
      ctx.font = `600 ${px}px ${FONT_FAMILY}`;
      // Markers of every line: a label must not hide another series' point.
      const markers: Rect[] = [];
      if (!horizontal) {
        const r = isRankStrip(model, layout) ? 3 : 5;
        model.series.forEach((_s, i) => {
          const meta = chart.getDatasetMeta(i);
          if (meta.hidden) return;
          meta.data.forEach((el, j) => {
            // A missing value has no marker (Chart.js still gives it a position: the pixel of 0).
            const v = chart.data.datasets[i]?.data[j];
            if (v === null || v === undefined) return;
            const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
            if (Number.isFinite(x) && Number.isFinite(y)) markers.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
          });
        });
      }
      // The lines themselves: a value written across a line is hard to read and hides where the line goes.
      const lines = horizontal ? [] : lineSegments(chart);
      const offLines = (r: Rect) => !lines.some((s) => segmentCrossesRect(s, r));
      const clear = (r: Rect) => free(r) && offLines(r) && !markers.some((m) => overlaps(m, r));
      model.series.forEach((series, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        const labelAll = series.role === 'featured' || model.kind === 'ranked-bars';
        const wanted = series.values.flatMap((v, j) => {
          if (v === null || v === undefined) return [];
          const featuredBar = model.xKeys[j] === model.featured || ((model.kind === 'bars' || model.kind === 'ranked-bars') && model.xKeys[j]!.startsWith('national:'));
          if (!labelAll && !featuredBar) return [];
          if (model.kind === 'ranked-bars' && !featuredBar) return [];
          return [{ v, j, featuredBar }];
        });
        // The last point first, so that it always keeps its label; then from right to left.
        wanted.reverse().forEach(({ v, j, featuredBar }, n) => {
          const el = meta.data[j];
          if (!el) return;
          const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
          ctx.fillStyle = series.role === 'featured' || featuredBar ? FEATURED : '#333';
          const text = valueText(model, v, j, series.marked?.[j]);
          if (horizontal) {
            draw(text, x + (model.points ? 10 : 4), y, 'left', 'middle');
            return;
          }
          if (isRankStrip(model, layout)) {
            // The strip falls from left to right: beside a dot, up-right and down-left are free of other dots.
            const label = `${model.xLabels[j]}: ${text}`;
            const spots = [
              { x: x + 7, y: y - 5, align: 'left' as const, baseline: 'bottom' as const },
              { x: x - 7, y: y + 5, align: 'right' as const, baseline: 'top' as const },
              { x: x + 7, y: y + 5, align: 'left' as const, baseline: 'top' as const },
              { x: x - 7, y: y - 5, align: 'right' as const, baseline: 'bottom' as const },
            ];
            const spot = spots.find((p) => clear(textRect(ctx, label, p.x, p.y, p.align, p.baseline, px)));
            if (spot) draw(label, spot.x, spot.y, spot.align, spot.baseline);
            return;
          }
          const w = ctx.measureText(text).width;
          const cx = Math.min(Math.max(x, area.left + w / 2 + 2), chart.width - w / 2 - 2);
          const above = { y: y - 8, baseline: 'bottom' as const };
          const below = { y: y + 8, baseline: 'top' as const };
          const tries = model.y.reverse ? [below, above] : [above, below];
          const spots = [
            ...tries.map((t) => ({ x: cx, y: t.y, align: 'center' as const, baseline: t.baseline })),
            // Then diagonally off the point, where the line's own segments leave room.
            ...tries.flatMap((t) => [
              { x: x + 6, y: t.y, align: 'left' as const, baseline: t.baseline },
              { x: x - 6, y: t.y, align: 'right' as const, baseline: t.baseline },
            ]),
          ];
          // Within the plot's width: left of it are the value axis's ticks and title.
          const inPlot = (r: Rect) => r.x0 >= area.left;
          const spot = spots.find((p) => { const r = textRect(ctx, text, p.x, p.y, p.align, p.baseline, px); return inPlot(r) && clear(r); });
          // The last point and a marked one (its sign leads to a note) keep their labels even beside a marker, as long
          // as no other text and no line is there.
          // Its spots reach further: beside the point, then a step or more up or down, clear of every line.
          const further = [
            { x: x + 8, y, align: 'left' as const, baseline: 'middle' as const },
            { x: x - 8, y, align: 'right' as const, baseline: 'middle' as const },
            ...[1, 2, 3].flatMap((k) => tries.flatMap((t) => [
              { x: cx, y: t.y + (t.baseline === 'bottom' ? -k : k) * px, align: 'center' as const, baseline: t.baseline },
              { x: x - 6, y: t.y + (t.baseline === 'bottom' ? -k : k) * px, align: 'right' as const, baseline: t.baseline },
            ])),
          ];
          const last = n === 0 || series.marked?.[j] ? [...spots, ...further].find((p) => { const r = textRect(ctx, text, p.x, p.y, p.align, p.baseline, px); return inPlot(r) && free(r) && offLines(r); }) : undefined;
          const at = spot ?? last;
          if (at) draw(text, at.x, at.y, at.align, at.baseline);
        });
      });
      // The rule's caption: right of it or left, at the top or the bottom of the plot, wherever no text, marker or line
      // is; where there is no such place the rule stands alone (the subtitle and the notes name the change).
      ctx.font = `${px}px ${FONT_FAMILY}`;
      ctx.fillStyle = '#444';
      const caption = model.locale === 'vi' ? 'Đổi phương pháp' : 'Method change';
      for (const x of ruleXs) {
        const spots = [area.top + 4, area.bottom - 4].flatMap((y) => {
          const baseline = y === area.top + 4 ? ('top' as const) : ('bottom' as const);
          return [{ x: x + 4, y, align: 'left' as const, baseline }, { x: x - 4, y, align: 'right' as const, baseline }];
        });
        const spot = spots.find((p) => {
          const r = textRect(ctx, caption, p.x, p.y, p.align, p.baseline, px);
          return r.x0 >= area.left && r.x1 <= area.right && clear(r);
        });
        if (spot) draw(caption, spot.x, spot.y, spot.align, spot.baseline);
      }
      ctx.restore();
    },
  };
}

export interface ConfigOptions {
  /** Turn animation off (build-time images, prefers-reduced-motion). */
  animate: boolean;
  devicePixelRatio?: number;
  responsive: boolean;
  layout?: LayoutName;
}

export function chartJsConfig(model: DrawModel, opts: ConfigOptions): ChartConfiguration<'line' | 'bar'> {
  const layout = opts.layout ?? 'wide';
  const px = TEXT_PX[layout];
  const strip = isRankStrip(model, layout);
  const horizontal = (model.kind === 'bars' || model.kind === 'ranked-bars') && !strip;
  const datasets = model.series.map((series, i): ChartDataset<'line' | 'bar'> => {
    const st = styleOf(series, i);
    if (horizontal && model.points) {
      // No common maximum: a dot per value, so no bar length invites comparing items.
      return { type: 'line', label: series.label, data: series.values, showLine: false, borderColor: st.color, backgroundColor: st.color, pointStyle: st.point, pointRadius: 6, pointHoverRadius: 8 } as ChartDataset<'line'>;
    }
    if (strip) {
      // All provinces as dots in rank order, on an axis fitted to their values: where the featured province stands.
      const colors = model.xKeys.map((k) => (k === model.featured ? FEATURED : k.startsWith('national:') ? '#595959' : '#8aa2b8'));
      const radii = model.xKeys.map((k) => (k === model.featured || k.startsWith('national:') ? 5 : 2.5));
      return { type: 'line', label: series.label, data: series.values, showLine: false, pointBackgroundColor: colors, pointBorderColor: colors, pointRadius: radii, pointHoverRadius: 6 } as ChartDataset<'line'>;
    }
    if (horizontal) {
      // Bars of provinces: the featured province stands out, comparisons are grey.
      const perBar = series.role !== 'comparison' && model.featured !== undefined && model.xKeys.includes(model.featured);
      const colors = perBar
        ? model.xKeys.map((k) => (k === model.featured ? FEATURED : k.startsWith('national:') ? '#595959' : '#8aa2b8'))
        : st.color;
      return {
        type: 'bar',
        label: series.label,
        data: series.values,
        ...(model.kind === 'bars' ? { barThickness: BAR_PX[layout] } : {}),
        backgroundColor: colors,
        borderColor: series.role === 'comparison' ? st.color : colors,
        borderWidth: series.role === 'comparison' ? 2 : 0,
        borderDash: st.dash,
      } as ChartDataset<'bar'>;
    }
    return {
      type: 'line',
      label: series.label,
      data: series.values,
      borderColor: st.color,
      backgroundColor: st.color,
      borderWidth: layout === 'phone' ? Math.min(st.width, 2.5) : st.width,
      borderDash: st.dash,
      pointStyle: st.point,
      pointRadius: (series.role === 'featured' ? 5 : 4) - (layout === 'phone' ? 1.5 : 0),
      pointHoverRadius: 7,
      spanGaps: false,
      tension: 0,
    } as ChartDataset<'line'>;
  });
  const rank = model.y.unit === 'rank';
  const font = { family: FONT_FAMILY, size: px };
  const valueAxis = {
    // The strip fits its axis to the values (dots, no bar lengths to compare).
    ...(strip ? { grace: '4%' } : { min: model.y.min, max: model.y.max }),
    reverse: model.y.reverse,
    title: { display: true, text: model.y.label, font },
    ticks: { font, color: '#333', ...(rank ? { precision: 0 } : {}) },
    grid: { color: '#e3e3e3' },
    // Ticks at round numbers plus the ends (1 and 63): drop a round tick too close to an end ("60" over "63").
    afterBuildTicks: (scale: { ticks: { value: number }[]; min: number; max: number; width: number; height: number; isHorizontal: () => boolean }) => {
      const length = scale.isHorizontal() ? scale.width : scale.height;
      if (!length || scale.ticks.length < 3) return;
      const gap = ((px * (scale.isHorizontal() ? 3 : 1.6)) * (scale.max - scale.min)) / length;
      const first = scale.ticks[0]!;
      const last = scale.ticks.at(-1)!;
      scale.ticks = scale.ticks.filter((t) => t === first || t === last || (Math.abs(t.value - first.value) >= gap && Math.abs(last.value - t.value) >= gap));
    },
  };
  const categoryAxis = strip
    ? { ticks: { display: false }, grid: { display: false } }
    : horizontal && model.kind === 'bars'
      ? { ticks: { display: false }, grid: { display: false } }
      : { ticks: { font, color: '#333', autoSkip: layout === 'phone', maxRotation: layout === 'phone' ? 0 : 50, autoSkipPadding: 8 }, grid: { display: false } };
  return {
    type: horizontal ? 'bar' : 'line',
    data: { labels: model.xLabels, datasets },
    options: {
      locale: intlLocale(model.locale),
      responsive: opts.responsive,
      maintainAspectRatio: false,
      animation: opts.animate ? { duration: 400 } : false,
      ...(opts.devicePixelRatio ? { devicePixelRatio: opts.devicePixelRatio } : {}),
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { right: horizontal ? (layout === 'phone' ? 72 : 64) : 16, top: model.heading ? Math.round(px * 1.5) + 4 : px + 8 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          display: model.series.length > 1,
          position: 'bottom',
          labels: { usePointStyle: true, font, color: '#222', ...(layout === 'phone' ? { boxWidth: 8, boxHeight: 8, padding: 8 } : {}) },
        },
        tooltip: { enabled: opts.responsive },
      },
    },
    plugins: [annotations(model, layout)],
  };
}
