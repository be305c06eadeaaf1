/**
 * No text on a chart picture is clipped or overlapping, in any layout: the renderer records the box of every text
 * it draws (frame, ticks, data labels, legend), and this test fails when one leaves the canvas or overlaps another.
 * It also fails when a data line runs through a text (a value label written on the line), and when the last point
 * of a featured line has no label.
 * It runs over every registered chart and every province template chart, in both locales. The boxes come from
 * the same drawing as the images, at 1× and without encoding (the raster images record the same boxes).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { chartDataSource, provinceSlugsWithResults } from '../../src/lib/charts/data-source.ts';
import { buildChartModel } from '../../src/lib/charts/model.ts';
import { provinceChartSpecs, registeredCharts } from '../../src/lib/charts/registry.ts';
import { chartTextBoxes, LAYOUTS } from '../../src/lib/charts/image.ts';
import { cardTextBoxes, chartCardInput, textCardInput } from '../../src/lib/og-card.ts';
import { textOnLines, textProblems, type TextBox } from '../../src/lib/charts/text-boxes.ts';
import { drawModel, drawPanels, type LayoutName } from '../../src/lib/charts/chartjs-config.ts';
import { formatNumber } from '../../src/lib/charts/number-format.ts';
import type { ChartModel } from '../../src/lib/charts/model.ts';

const ds = loadDataset();
const data = chartDataSource(ds);
const specs = [...registeredCharts(), ...provinceSlugsWithResults(ds).flatMap((slug) => provinceChartSpecs(slug))];
// As long as the longest real licence line: the site's address and the chart's path.
const frame = { licenceLine: 'CC BY 4.0 · https://chisohanam.example/en/charts/papi-ha-nam-noi-dung-thanh-phan-2024/' };
const layouts = Object.keys(LAYOUTS) as LayoutName[];
/** A 360-px screen shows the phone picture 326 px wide (measured in Chromium on a chart page): padding takes the rest. */
const PHONE_DISPLAY_WIDTH = 326;
const MIN_CSS_PX = 12;

/** Texts smaller than 12 CSS px once a phone picture is shrunk to its displayed width. */
export function tooSmall(boxes: TextBox[], width: number): string[] {
  const factor = Math.min(1, PHONE_DISPLAY_WIDTH / width);
  return boxes.filter((b) => b.px * factor < MIN_CSS_PX - 0.01).map((b) => `"${b.text}" is ${(b.px * factor).toFixed(1)} CSS px on a 360-px screen`);
}

/** Featured lines whose last point has no label among the drawn texts (the issue: it always keeps its label). */
export function lastLabelsMissing(model: ChartModel, boxes: TextBox[]): string[] {
  if (model.kind !== 'line' && model.kind !== 'rank-line') return [];
  return drawPanels(drawModel(model)).flatMap((panel) =>
    panel.series
      .filter((s) => s.role === 'featured')
      .flatMap((s) => {
        const last = s.values.filter((v): v is number => typeof v === 'number').at(-1);
        if (last === undefined) return [];
        const text = panel.y.unit === 'rank' ? String(last) : formatNumber(last, panel.precision, model.locale);
        return boxes.some((b) => b.text.startsWith(text)) ? [] : [`${s.label}: no label "${text}" on the last point`];
      }),
  );
}

const box = (text: string, x: number, y: number, w: number, h: number): TextBox => ({
  text,
  px: 12,
  corners: [{ x, y }, { x: x + w, y }, { x: x + w, y: y + h }, { x, y: y + h }],
});

describe('the text-box check itself', () => {
  it('finds a box outside the canvas and two overlapping boxes, and passes apart boxes', () => {
    expect(textProblems([box('cut', -20, 10, 50, 12)], 100, 100)).toHaveLength(1);
    expect(textProblems([box('60', 10, 10, 20, 12), box('63', 10, 16, 20, 12)], 100, 100)).toHaveLength(1);
    expect(textProblems([box('a', 10, 10, 20, 12), box('b', 10, 30, 20, 12)], 100, 100)).toEqual([]);
  });

  it('finds a label crossed by a line segment, and passes one beside it', () => {
    const label = box('45,46', 100, 50, 30, 12);
    expect(textOnLines([label], [{ x0: 90, y0: 70, x1: 140, y1: 40 }])).toHaveLength(1);
    expect(textOnLines([label], [{ x0: 90, y0: 80, x1: 140, y1: 70 }])).toEqual([]);
    // A steep segment that passes beside the box's corner without touching it.
    expect(textOnLines([label], [{ x0: 131, y0: 80, x1: 150, y1: 20 }])).toEqual([]);
  });

  it('finds a featured line whose last point lost its label', () => {
    const model = buildChartModel(data, registeredCharts().find((s) => s.id === 'papi-ha-nam-tong-diem-2018-2024')!, 'vi');
    const drawn = chartTextBoxes(model, frame, 'phone').boxes;
    expect(lastLabelsMissing(model, drawn)).toEqual([]);
    const last = drawModel(model).series.find((s) => s.role === 'featured')!.values.filter((v) => typeof v === 'number').at(-1)!;
    const text = formatNumber(last, model.precision, 'vi');
    expect(lastLabelsMissing(model, drawn.filter((b) => !b.text.startsWith(text)))).toHaveLength(1);
  });

  it('finds text too small on a phone: 12 px drawn on an 800-px picture, not 14 px on a 360-px one', () => {
    expect(tooSmall([box('tick', 0, 0, 10, 10)], 800)).toHaveLength(1);
    expect(tooSmall([{ ...box('tick', 0, 0, 10, 10), px: 14 }], 360)).toEqual([]);
  });
});

describe.each(layouts)('chart text in the %s layout', (layout) => {
  it.each(specs.map((s) => [s.id, s] as const))('%s: every text inside the picture, none overlapping, none on a line, the last point labelled', (_id, spec) => {
    for (const locale of ['vi', 'en'] as const) {
      const model = buildChartModel(data, spec, locale);
      const picture = chartTextBoxes(model, frame, layout);
      expect(picture.boxes.length).toBeGreaterThan(3);
      expect(textProblems(picture.boxes, picture.width, picture.height), `${spec.id} (${locale}, ${layout})`).toEqual([]);
      expect(textOnLines(picture.boxes, picture.segments ?? []), `${spec.id} (${locale}, ${layout}): text on a line`).toEqual([]);
      expect(lastLabelsMissing(model, picture.boxes), `${spec.id} (${locale}, ${layout})`).toEqual([]);
      if (layout === 'phone') expect(tooSmall(picture.boxes, picture.width), `${spec.id} (${locale})`).toEqual([]);
    }
  }, 60_000);
});

/**
 * The link-preview card is one more layout of the same renderer (src/lib/og-card.ts): its title, figure, source and
 * compact chart's ticks are recorded by the same recorder and checked by the same test. A text page's card has no chart.
 */
describe('chart text in the card layout', () => {
  const host = 'chisohanam.example';
  it.each(specs.map((s) => [s.id, s] as const))('%s: every text inside the card, none overlapping', (_id, spec) => {
    for (const locale of ['vi', 'en'] as const) {
      const model = buildChartModel(data, spec, locale);
      const card = cardTextBoxes(chartCardInput(model, model.title, host));
      expect(card.boxes.filter((b) => b.role === 'chart').length, `${spec.id} (${locale}): the compact chart's ticks are recorded`).toBeGreaterThan(0);
      expect(textProblems(card.boxes, card.width, card.height), `${spec.id} (${locale}, card)`).toEqual([]);
    }
  }, 60_000);
  it.each(['PAPI là gì?', 'Bộ tiêu chí PAPI: các lĩnh vực và nội dung thành phần, để in và dán lên bảng tin của khu dân cư, thôn, tổ dân phố ở mọi xã, phường và thị trấn'])('text card "%s": every text inside, none overlapping', (title) => {
    for (const locale of ['vi', 'en'] as const) {
      const card = cardTextBoxes(textCardInput(title, locale, host));
      expect(textProblems(card.boxes, card.width, card.height)).toEqual([]);
    }
  });
});
