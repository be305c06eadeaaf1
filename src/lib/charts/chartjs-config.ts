/**
 * The Chart.js configuration for a chart model. The build-time PNG (Node, @napi-rs/canvas) and the
 * interactive chart in the browser both call this, so the two always draw the same thing.
 */
import type { ChartConfiguration, Plugin, ChartDataset } from 'chart.js';
import { intlLocale } from '../../i18n/index.ts';
import type { ChartModel, ChartSeries } from './model.ts';

/** What drawing needs: the page ships only this to the browser, not the table, rows or sentences. */
export type DrawModel = Pick<ChartModel, 'id' | 'kind' | 'locale' | 'xLabels' | 'xKeys' | 'y' | 'precision' | 'featured' | 'breaks' | 'scaleMax' | 'points'> & {
  series: Pick<ChartSeries, 'label' | 'role' | 'comparison' | 'values'>[];
  /** Drawn one below the other, each on its own axis (a method change). */
  panels?: DrawModel[];
  /** A panel's heading, drawn above its plot. */
  heading?: string;
};

export function drawModel(m: ChartModel): DrawModel {
  const { id, kind, locale, xLabels, xKeys, y, precision, featured, breaks, scaleMax, points } = m;
  const series = (list: ChartSeries[], keys: string[]) =>
    list.map(({ label, role, comparison, values }) => ({ label, role, ...(comparison ? { comparison } : {}), values: keys.map((k) => values[xKeys.indexOf(k)] ?? null) }));
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

export function chartHeight(model: DrawModel): number {
  if (model.panels) return model.panels.reduce((sum, p) => sum + chartHeight(p), 0);
  if (model.heading) return 300;
  if (model.kind === 'ranked-bars') return 90 + model.xKeys.length * 18;
  if (model.kind === 'bars') return 110 + model.xKeys.length * Math.max(22, model.series.length * 12);
  return 380;
}

function valueText(model: DrawModel, v: number, j: number): string {
  if (model.y.unit === 'rank') return String(v);
  const max = model.scaleMax?.[j];
  return formatNumber(v, model.precision, model.locale) + (model.y.unit === 'percent' ? '%' : '') + (typeof max === 'number' ? `/${formatBound(max, model.locale)}` : '');
}

/** Draws value labels for the featured province, direct series labels and method-change markers. */
function annotations(model: DrawModel): Plugin {
  return {
    id: 'siteAnnotations',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = `600 12px ${FONT_FAMILY}`;
      ctx.textBaseline = 'middle';
      const horizontal = model.kind === 'bars' || model.kind === 'ranked-bars';
      model.series.forEach((series, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        const labelAll = series.role === 'featured' || (model.kind === 'ranked-bars');
        meta.data.forEach((el, j) => {
          const v = series.values[j];
          if (v === null || v === undefined) return;
          const featuredBar = model.xKeys[j] === model.featured || (horizontal && model.xKeys[j]!.startsWith('national:'));
          if (!labelAll && !featuredBar) return;
          if (model.kind === 'ranked-bars' && !featuredBar) return;
          const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
          ctx.fillStyle = series.role === 'featured' || featuredBar ? FEATURED : '#333';
          const text = valueText(model, v, j);
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.fillText(text, x + (model.points ? 10 : 4), y);
          } else {
            ctx.textAlign = 'center';
            ctx.fillText(text, x, y + (model.y.reverse ? 14 : -12));
          }
        });
      });
      if (model.heading) {
        ctx.fillStyle = '#1a1a1a';
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        ctx.fillText(model.heading, chart.chartArea.left, 2);
        ctx.textBaseline = 'middle';
      }
      // Method changes: a dashed vertical rule between the last year of the old method and the first of the new.
      if (model.breaks.length && !horizontal) {
        const xScale = chart.scales['x'];
        const area = chart.chartArea;
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
            ctx.fillStyle = '#444';
            ctx.textAlign = 'left';
            ctx.font = `12px ${FONT_FAMILY}`;
            ctx.fillText(model.locale === 'vi' ? 'Đổi phương pháp' : 'Method change', x + 4, area.top + 8);
          }
        }
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
}

export function chartJsConfig(model: DrawModel, opts: ConfigOptions): ChartConfiguration<'line' | 'bar'> {
  const horizontal = model.kind === 'bars' || model.kind === 'ranked-bars';
  const datasets = model.series.map((series, i): ChartDataset<'line' | 'bar'> => {
    const st = styleOf(series, i);
    if (horizontal && model.points) {
      // No common maximum: a dot per value, so no bar length invites comparing items.
      return { type: 'line', label: series.label, data: series.values, showLine: false, borderColor: st.color, backgroundColor: st.color, pointStyle: st.point, pointRadius: 6, pointHoverRadius: 8 } as ChartDataset<'line'>;
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
      borderWidth: st.width,
      borderDash: st.dash,
      pointStyle: st.point,
      pointRadius: series.role === 'featured' ? 5 : 4,
      pointHoverRadius: 7,
      spanGaps: false,
      tension: 0,
    } as ChartDataset<'line'>;
  });
  const rank = model.y.unit === 'rank';
  const valueAxis = {
    min: model.y.min,
    max: model.y.max,
    reverse: model.y.reverse,
    title: { display: true, text: model.y.label, font: { family: FONT_FAMILY, size: 12 } },
    ticks: { font: { family: FONT_FAMILY, size: 12 }, color: '#333', ...(rank ? { precision: 0 } : {}) },
    grid: { color: '#e3e3e3' },
  };
  const categoryAxis = { ticks: { font: { family: FONT_FAMILY, size: 12 }, color: '#333', autoSkip: false }, grid: { display: false } };
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
      layout: { padding: { right: horizontal ? 56 : 16, top: model.heading ? 24 : 8 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          display: model.series.length > 1,
          position: 'bottom',
          labels: { usePointStyle: true, font: { family: FONT_FAMILY, size: 12 }, color: '#222' },
        },
        tooltip: { enabled: opts.responsive },
      },
    },
    plugins: [annotations(model)],
  };
}
