/**
 * Draws a map chart's plot (the provinces, the archipelagos' names and the legend) on the picture's canvas, with
 * d3-geo's path generator writing straight into the canvas context: the same code serves PNG, WebP and SVG.
 * Wide: the map on the left, the legend on its right. Phone: the legend under the map. No tiles, no base layer.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { geoPath } from 'd3-geo';
import type { ChartModel } from './model.ts';
import { TEXT_PX, wrapText, type LayoutName } from './chartjs-config.ts';
import { MAP_EXTENTS, NO_DATA_FILL, NO_DATA_HATCH, OUTLINE, type MapModel } from './map.ts';
import { archipelagos, fitProjection, loadBoundaries, type Boundaries } from '../geo.ts';
import { loadDataset } from '../dataset.ts';

const FONT = "'Be Vietnam Pro'";
const font = (weight: number, px: number) => `${weight} ${px}px ${FONT}`;
const lineHeight = (px: number) => Math.round(px * 1.35);
const SWATCH = { w: 22, h: 14, gap: 8 };

/** One drawn province: what a test reads back (fill, hatch, outline) from the drawing itself. */
export interface MapOp {
  province: string;
  fill: string;
  hatched: boolean;
  outlined: boolean;
}

interface LegendRow {
  lines: string[];
  y: number;
  swatch?: { fill: string; hatched?: boolean; outlined?: boolean };
  bold?: boolean;
}

interface MapPlan {
  legend: { x: number; rows: LegendRow[] };
  height: number;
}

function boundaries(map: MapModel): Boundaries {
  return loadBoundaries(map.boundaries, loadDataset().provinces.values());
}

/** Where the legend goes and how tall the plot is, for a plot `width` CSS px wide. */
export function planMap(ctx: SKRSContext2D, model: ChartModel, layout: LayoutName, width: number): MapPlan {
  const map = model.map!;
  const px = TEXT_PX[layout];
  const lh = lineHeight(px);
  const [, [mapRight, mapBottom]] = MAP_EXTENTS[layout];
  const x = layout === 'wide' ? mapRight + 20 : 0;
  const textWidth = width - x - SWATCH.w - SWATCH.gap;
  let y = layout === 'wide' ? 8 : mapBottom + 12;
  const rows: LegendRow[] = [];
  const add = (text: string, swatch?: LegendRow['swatch'], bold = false) => {
    ctx.font = font(bold ? 700 : 400, px);
    const lines = wrapText(ctx, text, bold ? width - x : textWidth);
    rows.push({ lines, y, ...(swatch ? { swatch } : {}), bold });
    y += lines.length * lh + 6;
  };
  add(map.legendTitle, undefined, true);
  for (const g of map.groups) add(`${g.name}: ${g.range}`, { fill: g.fill });
  if (map.noData) add(map.noData.label, { fill: NO_DATA_FILL, hatched: true });
  for (const o of map.outlined) add(o.label, { fill: '#ffffff', outlined: true });
  const height = layout === 'wide' ? Math.max(mapBottom + 4, y) : y;
  return { legend: { x, rows }, height };
}

function hatch(ctx: SKRSContext2D, x0: number, y0: number, x1: number, y1: number): void {
  ctx.strokeStyle = NO_DATA_HATCH;
  ctx.lineWidth = 0.8;
  ctx.beginPath();
  for (let d = x0 - (y1 - y0); d < x1; d += 4) {
    ctx.moveTo(d, y1);
    ctx.lineTo(d + (y1 - y0), y0);
  }
  ctx.stroke();
}

/**
 * The path sink d3-geo writes into: points closer than `minPx` to the last one kept are skipped, a fraction of a
 * pixel no reader sees, which keeps the SVG a fraction of its size. A ring's first and last points are always kept.
 */
function thinning(ctx: SKRSContext2D, minPx: number) {
  let lastX = NaN;
  let lastY = NaN;
  return {
    moveTo(x: number, y: number) { ctx.moveTo(x, y); lastX = x; lastY = y; },
    lineTo(x: number, y: number) {
      if (Math.abs(x - lastX) < minPx && Math.abs(y - lastY) < minPx) return;
      ctx.lineTo(x, y); lastX = x; lastY = y;
    },
    closePath() { ctx.closePath(); },
    arc(x: number, y: number, r: number, a0: number, a1: number) { ctx.moveTo(x + r, y); ctx.arc(x, y, r, a0, a1); },
  };
}

/** Draws the plot with its top left at `origin` (CSS px; the context is already scaled to CSS px). */
export function drawMapPlot(ctx: SKRSContext2D, model: ChartModel, layout: LayoutName, origin: { x: number; y: number }, width: number): MapOp[] {
  const map = model.map!;
  const b = boundaries(map);
  const extent = MAP_EXTENTS[layout];
  const projection = fitProjection(b, extent);
  const plan = planMap(ctx, model, layout, width);
  const ops: MapOp[] = [];
  ctx.save();
  ctx.translate(origin.x, origin.y);
  const path = geoPath(projection, thinning(ctx, 0.6) as unknown as CanvasRenderingContext2D);
  const fillOf = (group: number | null) => (group === null ? NO_DATA_FILL : map.groups[group]?.fill ?? NO_DATA_FILL);
  for (const u of map.units) {
    const shape = b.bySlug.get(u.province);
    if (!shape) throw new Error(`chart ${model.id}: province ${u.province} (GSO code ${u.code}) has no shape in ${b.file}`);
    const fill = fillOf(u.group);
    ctx.beginPath();
    path(shape);
    ctx.fillStyle = fill;
    ctx.fill();
    if (u.group === null) {
      ctx.save();
      ctx.beginPath();
      path(shape);
      ctx.clip();
      const [[x0, y0], [x1, y1]] = path.bounds(shape);
      hatch(ctx, x0, y0, x1, y1);
      ctx.restore();
    }
    ctx.beginPath();
    path(shape);
    ctx.strokeStyle = u.group === null ? '#8c8c8c' : '#ffffff';
    ctx.lineWidth = 0.6;
    ctx.stroke();
    ops.push({ province: u.province, fill, hatched: u.group === null, outlined: false });
  }
  // Outlines last, so no neighbour's border covers them: a white halo, then the colour.
  for (const o of map.outlined) {
    const shape = b.bySlug.get(o.province)!;
    for (const [color, w] of [[OUTLINE.halo, OUTLINE.width + 2.5], [OUTLINE.color, OUTLINE.width]] as const) {
      ctx.beginPath();
      path(shape);
      ctx.strokeStyle = color;
      ctx.lineWidth = w;
      ctx.lineJoin = 'round';
      ctx.stroke();
    }
    const op = ops.find((x) => x.province === o.province);
    if (op) op.outlined = true;
  }
  // Islands are a few pixels at this scale: each also gets a dot in its province's colour, so none vanishes.
  for (const a of archipelagos(b)) {
    const owner = map.units.find((u) => u.province === (a.name === 'Hoàng Sa' ? 'da-nang' : 'khanh-hoa'));
    // One path for all of an archipelago's dots: one fill and one stroke in the SVG, not one per island.
    const r = layout === 'phone' ? 1.8 : 2;
    ctx.beginPath();
    for (const part of a.parts) {
      const [cx, cy] = path.centroid({ type: 'Polygon', coordinates: part });
      // An octagon: a dot at this size, and a few points in the SVG where an arc would take hundreds.
      for (let k = 0; k <= 8; k++) (k ? ctx.lineTo : ctx.moveTo).call(ctx, cx + r * Math.cos((k * Math.PI) / 4), cy + r * Math.sin((k * Math.PI) / 4));
      ctx.closePath();
    }
    ctx.fillStyle = fillOf(owner?.group ?? null);
    ctx.fill();
    ctx.strokeStyle = '#4d4d4d';
    ctx.lineWidth = 0.6;
    ctx.stroke();
  }
  // The archipelagos' names: under Hoàng Sa, above Trường Sa.
  const px = TEXT_PX[layout];
  ctx.font = font(400, px);
  ctx.fillStyle = '#333333';
  ctx.textAlign = 'center';
  for (const a of archipelagos(b)) {
    const geo = { type: 'MultiPolygon' as const, coordinates: a.parts };
    const [[x0, y0], [x1, y1]] = path.bounds(geo);
    const name = a.name === 'Hoàng Sa' ? map.islands.hoangSa : map.islands.truongSa;
    ctx.textBaseline = a.name === 'Hoàng Sa' ? 'top' : 'bottom';
    ctx.fillText(name, (x0 + x1) / 2, a.name === 'Hoàng Sa' ? y1 + 3 : y0 - 3);
  }
  // The legend.
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const lh = lineHeight(px);
  for (const row of plan.legend.rows) {
    let tx = plan.legend.x;
    if (row.swatch) {
      const sy = row.y + (lh - SWATCH.h) / 2;
      ctx.fillStyle = row.swatch.fill;
      ctx.fillRect(tx, sy, SWATCH.w, SWATCH.h);
      if (row.swatch.hatched) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(tx, sy, SWATCH.w, SWATCH.h);
        ctx.clip();
        hatch(ctx, tx, sy, tx + SWATCH.w, sy + SWATCH.h);
        ctx.restore();
      }
      ctx.lineWidth = row.swatch.outlined ? OUTLINE.width : 0.8;
      ctx.strokeStyle = row.swatch.outlined ? OUTLINE.color : '#8c8c8c';
      ctx.strokeRect(tx, sy, SWATCH.w, SWATCH.h);
      tx += SWATCH.w + SWATCH.gap;
    }
    ctx.font = font(row.bold ? 700 : 400, px);
    ctx.fillStyle = '#1a1a1a';
    row.lines.forEach((l, i) => ctx.fillText(l, tx, row.y + i * lh));
  }
  ctx.restore();
  return ops;
}

/** Every string a map draws besides the frame, for the font-coverage test. */
export function mapTexts(model: ChartModel): string[] {
  const map = model.map;
  if (!map) return [];
  return [map.legendTitle, ...map.groups.map((g) => `${g.name}: ${g.range}`), map.noData?.label ?? '', ...map.outlined.map((o) => o.label), map.islands.hoangSa, map.islands.truongSa];
}
