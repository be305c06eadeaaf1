/**
 * Link-preview cards: 1200 × 630, at most 300 KB, a title at least 48 px tall, no text outside the card, the key
 * figure read from the chart model, the publishers' figures never under CC BY, and a file name that changes with
 * the content (Zalo and Facebook cache previews by URL).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildChartModel } from '../../src/lib/charts/model.ts';
import { chartSpecSchema } from '../../src/lib/charts/spec.ts';
import { liveCharts } from '../../src/lib/charts/live-models.ts';
import { CARD_HEIGHT, CARD_WIDTH, MIN_TITLE_PX, chartCardInput, renderCard, textCardInput, type TextBox } from '../../src/lib/og-card.ts';
import { CARD_RENDERER_FILES, cardAlt, cardKey } from '../../src/lib/og-card-cache.ts';
import { pngSize } from '../lib/png.ts';
import { fakeChartData } from './fake-chart-data.ts';

const MAX_BYTES = 300 * 1024;
const HOST = 'chisohanam.example';

/** Text boxes that reach outside the card. */
function outside(boxes: TextBox[]): TextBox[] {
  return boxes.filter((b) => b.x < 0 || b.y < 0 || b.x + b.width > CARD_WIDTH || b.y + b.height > CARD_HEIGHT);
}

describe('card checks can fail', () => {
  it('a box past the right edge is found', () => {
    const box: TextBox = { role: 'title', text: 'x', x: 1100, y: 10, width: 200, height: 60, px: 48 };
    expect(outside([box])).toEqual([box]);
  });
  it('the PNG header is read, and a wrong size is seen', () => {
    const png = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(1200, 16);
    png.writeUInt32BE(800, 20);
    expect(pngSize(png)).toEqual({ width: 1200, height: 800 });
    expect(() => pngSize(Buffer.from('GIF89a......................'))).toThrow(/not a PNG/);
  });
});

const { data, specs } = liveCharts();
const models = [
  ...specs.map((spec) => buildChartModel(data, spec, 'vi')),
  ...specs.filter((_, i) => i % 6 === 0).map((spec) => buildChartModel(data, spec, 'en')),
];
const longTitle = 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI): những điều người dân Hà Nam cần biết về cách đo, cách đọc và cách dùng kết quả mỗi năm';
const inputs = [
  ...models.map((m) => [`chart ${m.id} (${m.locale})`, chartCardInput(m, m.title, HOST)] as const),
  ...models.slice(0, 2).map((m) => [`chart ${m.id}, long title`, chartCardInput(m, longTitle, HOST)] as const),
  ['text card', textCardInput('PAPI là gì?', 'vi', HOST)] as const,
  ['text card, long title', textCardInput(`${longTitle} ${longTitle}`, 'vi', HOST)] as const,
  ['text card, English', textCardInput('What PAPI measures', 'en', HOST)] as const,
];

describe.each(inputs)('%s', (_name, input) => {
  const card = renderCard(input);
  it('is a 1200 × 630 PNG of at most 300 KB', () => {
    expect(pngSize(card.png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(card.png.length).toBeLessThanOrEqual(MAX_BYTES);
  });
  it('has a title at least 48 px tall, and every text box inside the card', () => {
    expect(card.titlePx).toBeGreaterThanOrEqual(MIN_TITLE_PX);
    const titles = card.boxes.filter((b) => b.role === 'title');
    expect(titles.length).toBeGreaterThan(0);
    for (const b of titles) expect(b.px).toBeGreaterThanOrEqual(MIN_TITLE_PX);
    expect(outside(card.boxes)).toEqual([]);
  });
  it('states the source, and puts CC BY only on our own text', () => {
    const sources = card.boxes.filter((b) => b.role === 'source').map((b) => b.text).join(' ');
    expect(sources).toMatch(/Nguồn|Source/);
    if (input.kind === 'chart') {
      // A chart card shows a publisher's figures: it names the publisher and says they are not ours to license.
      expect(sources).toMatch(/không theo CC BY|not under CC BY/);
      expect(sources).not.toMatch(/CC BY 4\.0/);
    } else {
      expect(sources).toMatch(/(văn bản|text) CC BY 4\.0/);
    }
  });
});

describe('chart card', () => {
  const model = buildChartModel(
    fakeChartData({
      'papi/2023/ha-nam/total': { value: 41.5, precision: 2, source: 'src-a' },
      'papi/2024/ha-nam/total': { value: 43.38, precision: 2, source: 'src-a' },
    }),
    chartSpecSchema.parse({ id: 'test', kind: 'line', index: 'papi', measures: ['total'], provinces: ['ha-nam'], years: { from: 2023, to: 2024 } }),
    'vi',
  );
  const input = chartCardInput(model, model.title, HOST);
  it('shows the latest value of the featured series, formatted as the page formats it', () => {
    expect(input.figure?.value).toBe('43,38');
    expect(input.figure?.label).toContain('2024');
  });
  it('has the figure and the source in its alt text', () => {
    const alt = cardAlt(input);
    expect(alt).toContain(model.title);
    expect(alt).toContain('43,38');
    expect(alt).toContain(model.sourceLine);
  });
});

describe('card file name', () => {
  const contents = CARD_RENDERER_FILES.map((f) => readFileSync(f));
  const input = textCardInput('PAPI là gì?', 'vi', HOST);
  it('is the same for the same card', () => {
    expect(cardKey(input, contents)).toBe(cardKey(structuredClone(input), contents.map((c) => Buffer.from(c))));
  });
  it('changes when the title changes', () => {
    expect(cardKey({ ...input, title: 'PAPI là gì' }, contents)).not.toBe(cardKey(input, contents));
  });
  it.each(CARD_RENDERER_FILES.map((f, i) => [f, i] as const))('changes when %s changes', (_file, i) => {
    const edited = contents.map((c, j) => (j === i ? Buffer.concat([c, Buffer.from(' ')]) : c));
    expect(cardKey(input, edited)).not.toBe(cardKey(input, contents));
  });
  it('hashes every module the drawing code imports at run time', () => {
    const imports = [...readFileSync('src/lib/og-card.ts', 'utf8').matchAll(/^import (?!type )[^;]*? from '(\.[^']+)'/gms)].map((m) => `src/lib/${m[1]!}`.replace(/src\/lib\/\.\.\//, 'src/').replace('/./', '/'));
    for (const dep of imports) expect(CARD_RENDERER_FILES, `og-card.ts imports ${dep}`).toContain(dep);
  });
});
