/**
 * Link-preview cards (og:image): the chart renderer's card layout, 1200 × 630, the size Facebook and Zalo show
 * without cropping. A chart card carries the page title, the chart's key figure (read from the chart model) and a
 * compact chart; a text card (a layout with no chart) the title and the site's name. Every card names its source.
 * The publishers' figures are never put under CC BY (PAPI's reports are "All rights reserved"); only a text card's
 * own text is. `cardInput*()` decide what is drawn (plain data, hashed for the file name); `renderCard()` draws it
 * with the chart renderer's fonts (charts/image.ts) through its text recorder (charts/text-boxes.ts), on one canvas
 * with the compact chart, so the card's text boxes go through the same clipping and overlap test as every chart's.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { ui, type Locale } from '../i18n/index.ts';
import { fillTemplate } from '../i18n/template.ts';
import type { ChartModel, ChartSeries } from './charts/model.ts';
import { formatNumber } from './charts/number-format.ts';
import { FONT_FAMILY, wrapText } from './charts/chartjs-config.ts';
import { FONT_FILES, font, registerFonts } from './charts/image.ts';
import { plotCanvas, recordingContext, type TextBox } from './charts/text-boxes.ts';
import type { MarkKind } from './marks.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The smallest title size the card may shrink to: the brief asks for a title at least 48 px tall. */
export const MIN_TITLE_PX = 48;
/** The chart renderer's fonts: the card has none of its own. */
export const CARD_FONT_FILES = FONT_FILES;
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const ACCENT = '#0b5394';
const GREY = '#9aa5b1';

export interface CardFigure {
  /** e.g. "81,51" or "hạng 19/63". */
  value: string;
  /** What the figure is: series and year, e.g. "Hà Nam · 2024". */
  label: string;
  /** Mark words (tính toán, suy ra …) shown beside the figure, as everywhere a figure appears. */
  marks: string[];
}

export interface CompactChart {
  type: 'line' | 'bar';
  /** Mixed or unknown scales: draw points, so that no bar length suggests a common maximum. */
  points: boolean;
  labels: string[];
  series: { values: (number | null)[]; colors: string[]; featured: boolean }[];
  y: { min: number; max: number; reverse: boolean };
}

export interface CardInput {
  kind: 'chart' | 'text';
  locale: Locale;
  title: string;
  siteName: string;
  /** The site's host, e.g. "chisohanam.vn". */
  host: string;
  /** Source and rights lines at the foot of the card. */
  sourceLines: string[];
  figure?: CardFigure;
  chart?: CompactChart;
}

/** A text box as the chart renderer records it, with what it is on the card ('chart': the compact chart's ticks). */
export type CardTextBox = TextBox & { role: 'title' | 'figure' | 'figure-label' | 'site' | 'source' | 'chart' };

export interface RenderedCard {
  png: Buffer;
  boxes: CardTextBox[];
  titlePx: number;
}

/** A text page: its title and the site's name; the source is the site itself, whose text is CC BY. */
export function textCardInput(title: string, locale: Locale, host: string): CardInput {
  const t = ui(locale);
  return { kind: 'text', locale, title, siteName: t.siteName, host, sourceLines: [fillTemplate(t.ogCard.textSource, { site: t.siteName })] };
}

/** A chart page (or a page led by one chart): the title, the key figure and a compact chart, with the chart's source. */
export function chartCardInput(model: ChartModel, title: string, host: string): CardInput {
  const t = ui(model.locale);
  const { shown, xKeys, xLabels, y } = currentPanel(model);
  const key = keyFigure(model, shown, xKeys, xLabels);
  // A page titled otherwise (a province's name) says which chart the figure comes from.
  const figure = key && title !== model.title ? { ...key, label: `${model.title}: ${key.label}` } : key;
  const featured = featuredSeries(shown);
  const bar = model.kind === 'bars' || model.kind === 'ranked-bars' || model.kind === 'map';
  const chart: CompactChart = {
    type: bar ? 'bar' : 'line',
    points: model.points === true || model.scaleMax !== undefined,
    labels: xLabels,
    series: shown.map((s) => ({
      values: s.values,
      featured: s === featured,
      // A bar of the featured province stands out among the others; lines other than the featured one are grey.
      colors: xKeys.map((k) => (s !== featured ? GREY : bar && model.featured && xKeys.includes(model.featured) && k !== model.featured ? GREY : ACCENT)),
    })),
    y: { min: y.min, max: y.max, reverse: y.reverse },
  };
  return {
    kind: 'chart',
    locale: model.locale,
    title,
    siteName: t.siteName,
    host,
    sourceLines: [model.sourceLine, t.ogCard.dataRights],
    ...(figure ? { figure } : {}),
    chart,
  };
}

/** A line across a method change is drawn per method: the card shows the current one, on its own axis. */
function currentPanel(model: ChartModel): { shown: ChartSeries[]; xKeys: string[]; xLabels: string[]; y: ChartModel['y'] } {
  const panel = model.panels?.at(-1);
  if (!panel) return { shown: model.series, xKeys: model.xKeys, xLabels: model.xLabels, y: model.y };
  const at = panel.xKeys.map((k) => model.xKeys.indexOf(k));
  const shown = model.series.filter((s) => panel.series.includes(s.id)).map((s) => ({ ...s, values: at.map((i) => s.values[i] ?? null), ranks: at.map((i) => s.ranks[i] ?? null) }));
  return { shown, xKeys: panel.xKeys, xLabels: at.map((i) => model.xLabels[i] ?? ''), y: panel.y };
}

/** The featured series; a line split by method changes has one per period: the one with the latest value. */
function featuredSeries(shown: ChartSeries[]): ChartSeries | undefined {
  const featured = shown.filter((s) => s.role === 'featured');
  const last = (s: ChartSeries) => s.values.findLastIndex((v) => v !== null);
  return featured.reduce<ChartSeries | undefined>((best, s) => (!best || last(s) > last(best) ? s : best), undefined) ?? shown[0];
}

/**
 * The figure a reader expects first: the featured series' latest value (lines), the featured province's bar,
 * or, for one province's measures, the highest one. Formatted as the page formats it, with its marks.
 */
function keyFigure(model: ChartModel, shown: ChartSeries[], xKeys: string[], xLabels: string[]): CardFigure | undefined {
  const t = ui(model.locale);
  const series = featuredSeries(shown);
  if (!series) return undefined;
  let i = -1;
  if (model.kind === 'line' || model.kind === 'rank-line') {
    i = series.values.findLastIndex((v) => v !== null);
  } else if (model.featured && xKeys.includes(model.featured)) {
    i = xKeys.indexOf(model.featured);
  } else if (model.scaleMax === undefined) {
    // Measures on one scale: the highest. On mixed scales no value is comparable, so the first one is shown.
    const max = Math.max(...series.values.filter((v): v is number => v !== null));
    i = series.values.indexOf(max);
  } else {
    i = series.values.findIndex((v) => v !== null);
  }
  const value = series.values[i];
  if (i < 0 || value === null || value === undefined) return undefined;
  const rank = series.ranks[i];
  const rankText = rank ? fillTemplate(t.ogCard.rank, { rank: String(rank.rank), of: String(rank.of) }) : undefined;
  const unit = model.y.unit === 'percent' ? '%' : '';
  const text = model.kind === 'rank-line' ? rankText ?? '' : `${formatNumber(value, model.precision, model.locale)}${unit}`;
  const highest = model.kind === 'bars' && !(model.featured && xKeys.includes(model.featured)) && model.scaleMax === undefined;
  const where = highest ? `${xLabels[i]} (${t.ogCard.highest})` : xLabels[i];
  const label = [series.label, where, model.kind === 'rank-line' ? undefined : rankText].filter(Boolean).join(' · ');
  const marks = new Set<MarkKind>(figureMarks(model, series, xKeys[i]!));
  if (rank?.kind === 'computed') marks.add('computed');
  return { value: text, label, marks: [...marks].map((m) => t.marks[m]) };
}

/** The marks the model's records give the figure at one x key (a year, a province or a measure). */
function figureMarks(model: ChartModel, series: ChartSeries, xKey: string): MarkKind[] {
  const record = model.records.find(
    (r) => r.series === series.label && (String(r.year) === xKey || r.province === xKey || r.measure === xKey) && (series.province === undefined || r.province === series.province),
  );
  return (record?.marks.split(' ').filter(Boolean) ?? []) as MarkKind[];
}

/** The chart renderer's greedy word wrap; `max` lines, the last one cut with an ellipsis when the text does not fit. */
function wrap(ctx: SKRSContext2D, text: string, width: number, max: number): { lines: string[]; fits: boolean } {
  const lines = wrapText(ctx, text.trim(), width);
  const fits = lines.length <= max && lines.every((l) => ctx.measureText(l).width <= width);
  if (fits) return { lines, fits };
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last && ctx.measureText(`${last}…`).width > width) last = last.replace(/\s*\S+$/, '') || last.slice(0, -1);
  kept[max - 1] = `${last}…`;
  return { lines: kept, fits: false };
}

/** The largest title size from `from` down to MIN_TITLE_PX at which the title fits its box; else the minimum, cut. */
function fitTitle(ctx: SKRSContext2D, title: string, width: number, maxLines: number, from: number): { px: number; lines: string[] } {
  for (let px = from; px >= MIN_TITLE_PX; px -= 4) {
    ctx.font = font(700, px);
    const w = wrap(ctx, title, width, maxLines);
    if (w.fits) return { px, lines: w.lines };
  }
  ctx.font = font(700, MIN_TITLE_PX);
  return { px: MIN_TITLE_PX, lines: wrap(ctx, title, width, maxLines).lines };
}

/** Draws the card on `target` at 1×; every text goes through the renderer's recorder. Returns the boxes, tagged. */
function drawCard(target: SKRSContext2D, input: CardInput): { boxes: CardTextBox[]; titlePx: number } {
  registerFonts();
  const recorded: TextBox[] = [];
  const roles = new Map<TextBox, CardTextBox['role']>();
  const ctx = recordingContext(target, recorded, 1);
  const text = (role: CardTextBox['role'], s: string, x: number, y: number, px: number, weight: 400 | 700, color: string) => {
    const before = recorded.length;
    ctx.font = font(weight, px);
    ctx.fillStyle = color;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(s, x, y);
    for (const b of recorded.slice(before)) roles.set(b, role);
  };
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, CARD_WIDTH, 14);
  ctx.textBaseline = 'top';

  const pad = 64;
  const chart = input.kind === 'chart' && input.chart;
  const left = chart ? 560 : CARD_WIDTH - pad * 2;
  // Foot: site name and host on the last line, source lines above it.
  const footPx = 22;
  ctx.font = font(400, footPx);
  const sourceLines = input.sourceLines.flatMap((s) => wrap(ctx, s, CARD_WIDTH - pad * 2, 2).lines);
  const footTop = CARD_HEIGHT - 48 - 34 - sourceLines.length * 30;
  ctx.strokeStyle = '#d0d7de';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(pad, footTop - 18);
  ctx.lineTo(CARD_WIDTH - pad, footTop - 18);
  ctx.stroke();
  sourceLines.forEach((l, i) => text('source', l, pad, footTop + i * 30, footPx, 400, MUTED));
  text('site', input.siteName, pad, CARD_HEIGHT - 48 - 30, 26, 700, ACCENT);
  ctx.font = font(400, 24);
  const hostWidth = ctx.measureText(input.host).width;
  text('site', input.host, CARD_WIDTH - pad - Math.ceil(hostWidth), CARD_HEIGHT - 48 - 28, 24, 400, MUTED);

  const top = 56;
  const titleRoom = footTop - 40 - top - (input.figure ? 150 : 0);
  const maxPx = chart ? 52 : 68;
  const maxLines = Math.max(1, Math.min(chart ? 3 : 4, Math.floor(titleRoom / (MIN_TITLE_PX * 1.2))));
  const title = fitTitle(ctx, input.title, left, maxLines, maxPx);
  const lineH = Math.round(title.px * 1.2);
  title.lines.forEach((l, i) => text('title', l, pad, top + i * lineH, title.px, 700, INK));
  let y = top + title.lines.length * lineH + 24;

  if (input.figure) {
    text('figure', input.figure.value, pad, y, 84, 700, ACCENT);
    y += 104;
    ctx.font = font(400, 24);
    const label = [input.figure.label, ...input.figure.marks.map((m) => `(${m})`)].join(' ');
    for (const l of wrap(ctx, label, left, 3).lines) {
      text('figure-label', l, pad, y, 24, 400, MUTED);
      y += 30;
    }
  }
  if (chart) drawCompactChart(target, recorded, chart, { x: pad + left + 40, y: top, width: CARD_WIDTH - pad * 2 - left - 40, height: footTop - 40 - top });
  return { boxes: recorded.map((b) => ({ ...b, role: roles.get(b) ?? 'chart' })), titlePx: title.px };
}

export function renderCard(input: CardInput): RenderedCard {
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const { boxes, titlePx } = drawCard(canvas.getContext('2d'), input);
  return { png: canvas.toBuffer('image/png'), boxes, titlePx };
}

/** The text boxes alone, not encoded: what the overlap test checks over every chart's card. */
export function cardTextBoxes(input: CardInput): { width: number; height: number; boxes: CardTextBox[] } {
  return { width: CARD_WIDTH, height: CARD_HEIGHT, boxes: drawCard(createCanvas(CARD_WIDTH, CARD_HEIGHT).getContext('2d'), input).boxes };
}

/**
 * The card's plot: Chart.js drawn straight onto the card's canvas through the renderer's recorder (as the wide and
 * phone layouts draw theirs), with a compact configuration: no legend, no data labels, few ticks, no animation.
 */
function drawCompactChart(target: SKRSContext2D, boxes: TextBox[], c: CompactChart, box: { x: number; y: number; width: number; height: number }): void {
  const plot = plotCanvas(target, boxes, 1, { x: box.x, y: box.y }, box.width, box.height);
  const many = c.labels.length > 20;
  const chart = new Chart(plot as unknown as HTMLCanvasElement, {
    type: c.type,
    data: {
      labels: c.labels,
      datasets: c.series.map((s) => ({
        data: s.values,
        borderColor: c.type === 'line' ? (s.featured ? ACCENT : GREY) : s.colors,
        backgroundColor: s.colors,
        pointBackgroundColor: s.colors,
        borderWidth: c.type === 'line' ? (s.featured ? 5 : 3) : 0,
        pointRadius: c.points ? 9 : c.type === 'line' ? 4 : 0,
        showLine: !c.points,
        spanGaps: false,
        ...(c.type === 'bar' ? { categoryPercentage: 0.9, barPercentage: many ? 1 : 0.8 } : {}),
        ...(c.points && c.type === 'bar' ? { type: 'line' as const } : {}),
      })),
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { display: !many, grid: { display: false }, ticks: { font: { family: FONT_FAMILY, size: 18 }, color: MUTED, maxRotation: 0, autoSkip: true, maxTicksLimit: 4 } },
        y: {
          min: c.y.min,
          max: c.y.max,
          reverse: c.y.reverse,
          grid: { color: '#e5e8ec' },
          border: { display: false },
          ticks: { font: { family: FONT_FAMILY, size: 18 }, color: MUTED, maxTicksLimit: 5, includeBounds: false },
        },
      },
    },
  });
  chart.destroy();
}
