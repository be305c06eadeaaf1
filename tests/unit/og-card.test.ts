/**
 * Link-preview cards: 1200 × 630, at most 300 KB, a title at least 48 px tall, no text outside the card, the key
 * figure read from the chart model, the publishers' figures never under CC BY, and a file name that changes with
 * the content (Zalo and Facebook cache previews by URL).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildChartModel, type ChartModel } from '../../src/lib/charts/model.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { ui } from '../../src/i18n/index.ts';
import { chartSpecSchema } from '../../src/lib/charts/spec.ts';
import { liveCharts } from '../../src/lib/charts/live-models.ts';
import { CARD_HEIGHT, CARD_WIDTH, MIN_TITLE_PX, cardTextBoxes, chartCardInput, renderCard, textCardInput, type CardInput } from '../../src/lib/og-card.ts';
import { textProblems, type TextBox } from '../../src/lib/charts/text-boxes.ts';
import { CARD_RENDERER_FILES, cardAlt, cardKey } from '../../src/lib/og-card-cache.ts';
import { pngSize } from '../lib/png.ts';
import { fakeChartData } from './fake-chart-data.ts';

const MAX_BYTES = 300 * 1024;
const HOST = 'chisohanam.example';

/** Texts that leave the card or overlap another: the chart renderer's own check (tests/unit/chart-text-boxes.test.ts). */
const cardTextProblems = (boxes: TextBox[]) => textProblems(boxes, CARD_WIDTH, CARD_HEIGHT);

const VI_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
/**
 * Vietnamese words in an English card's source line. Names keep their letters on /en/ (Hà Nam Provincial Portal,
 * Báo Hà Nam, magazine titles), so capitalised words and press titles are left out; any other word with a
 * Vietnamese letter ("tệp dữ liệu", "và", "báo cáo") is a line not put into English.
 */
export function vietnameseWords(line: string): string[] {
  // A press title keeps its Vietnamese name, also where the card's two source lines cut it short ("Tạp chí…").
  const withoutPressTitles = line.replace(/(Báo|Tạp chí)(?: [^;(]+|…)/gu, '');
  return withoutPressTitles.split(/[\s;:,.()·]+/u).filter((w) => /^\p{Ll}/u.test(w) && VI_LETTER.test(w));
}

/** A chart card's foot: the source first, the publishers' rights last, and no CC BY licence anywhere on it. */
function chartCardRightsOk(locale: 'vi' | 'en', text: string): boolean {
  const shape = locale === 'vi' ? /^Nguồn: .*Số liệu thuộc bản quyền của đơn vị công bố, không theo CC BY$/u : /^Source: .*Figures © their publishers, not under CC BY$/u;
  return shape.test(text) && !/CC BY 4\.0/.test(text);
}

/** The source and rights lines a card prints, as drawn. */
const sourceText = (input: CardInput) => cardTextBoxes(input).boxes.filter((b) => b.role === 'source').map((b) => b.text).join(' ');

describe('card checks can fail', () => {
  const box = (text: string, x: number, y: number, w: number, h: number): TextBox => ({ text, px: 48, corners: [{ x, y }, { x: x + w, y }, { x: x + w, y: y + h }, { x, y: y + h }] });
  it('a box past the right edge, and two overlapping boxes, are found', () => {
    expect(cardTextProblems([box('x', 1100, 10, 200, 60)])).toHaveLength(1);
    expect(cardTextProblems([box('a', 100, 10, 200, 60), box('b', 150, 40, 200, 60)])).toHaveLength(1);
  });
  it('a chart card without its source, or with CC BY on its figures, is found', () => {
    expect(chartCardRightsOk('en', 'Source: VCCI (pcivietnam.vn): PCI data file Figures © their publishers, not under CC BY')).toBe(true);
    expect(chartCardRightsOk('en', 'Figures © their publishers, not under CC BY')).toBe(false);
    expect(chartCardRightsOk('en', 'Source: VCCI (pcivietnam.vn) · CC BY 4.0 Figures © their publishers, not under CC BY')).toBe(false);
    expect(chartCardRightsOk('vi', 'Nguồn: VCCI Số liệu thuộc bản quyền của đơn vị công bố, không theo CC BY')).toBe(true);
  });
  it('a Vietnamese source line on an English card is found, and an English one with names passes', () => {
    expect(vietnameseWords('Source: CECODES, VFF-CRT, RTA và UNDP (papi.org.vn): tệp dữ liệu PAPI')).toEqual(['và', 'tệp', 'dữ', 'liệu']);
    expect(vietnameseWords('Nguồn: Báo Hà Nam (2024); Cổng Thông tin điện tử tỉnh Hà Nam')).toEqual(['điện', 'tử', 'tỉnh']);
    expect(vietnameseWords('Source: Báo Hà Nam (2024); Tạp chí Môi trường và Cuộc sống; Hà Nam Provincial Portal (2022-05)')).toEqual([]);
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
    expect(cardTextProblems(card.boxes)).toEqual([]);
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

/**
 * Every chart card, in both languages: it states the source in the page's language, and never puts CC BY on the
 * publishers' figures. Source lines come from the chart model; drawn boxes, not inputs, are checked.
 */
describe.each(['vi', 'en'] as const)('every chart card in %s', (locale) => {
  const cards = specs.map((spec) => {
    const model = buildChartModel(data, spec, locale);
    return [spec.id, chartCardInput(model, model.title, HOST)] as const;
  });
  it('states the source and that the figures are the publishers\', never under CC BY', () => {
    const bad = cards.flatMap(([id, input]) => (chartCardRightsOk(locale, sourceText(input)) ? [] : [`${id}: ${sourceText(input)}`]));
    expect(bad).toEqual([]);
  });
  if (locale === 'en') {
    it('prints its source line in English', () => {
      const bad = cards.flatMap(([id, input]) => {
        const words = vietnameseWords(sourceText(input));
        return words.length ? [`${id}: ${words.join(' ')}`] : [];
      });
      expect(bad).toEqual([]);
    });
  }
});

describe('text card', () => {
  it('states the site as its source, in the page\'s language, with CC BY on the text only', () => {
    expect(sourceText(textCardInput('What PAPI measures', 'en', HOST))).toMatch(/^Source: .* · text CC BY 4\.0; figures © their publishers$/u);
    expect(vietnameseWords(sourceText(textCardInput('What PAPI measures', 'en', HOST)))).toEqual([]);
    expect(sourceText(textCardInput('PAPI là gì?', 'vi', HOST))).toMatch(/^Nguồn: .* · văn bản CC BY 4\.0; số liệu thuộc đơn vị công bố$/u);
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

describe('the key figure of a card carries its marks', () => {
  const ds = loadDataset();
  /** The figure a card leads with, found from the chart's records: the featured province's latest one. */
  const leadKey = (m: ChartModel) => {
    const rows = m.records.filter((r) => r.province === m.featured && (r.value !== null || r.rank !== null));
    const latest = rows.sort((a, b) => b.year - a.year)[0];
    return latest && `${latest.index}/${latest.year}/${latest.province}/${latest.measure}`;
  };
  const drawnLabel = (input: CardInput) => cardTextBoxes(input).boxes.filter((b) => b.role === 'figure-label').map((b) => b.text).join(' ');

  it.each(['vi', 'en'] as const)('in %s, every card whose key figure sources disagree on says so beside it', (locale) => {
    const word = ui(locale).marks.conflict;
    const checked: string[] = [];
    for (const spec of specs) {
      const m = buildChartModel(data, spec, locale);
      const key = leadKey(m);
      if (!key || !ds.results.get(key)?.conflict) continue;
      checked.push(spec.id);
      expect(drawnLabel(chartCardInput(m, m.title, HOST)), `${spec.id} (${key})`).toContain(`(${word})`);
    }
    expect(checked).toContain('papi-xep-hang-2021');
  });

  it('would notice a card that drops the mark', () => {
    const m = buildChartModel(data, specs.find((x) => x.id === 'papi-xep-hang-2021')!, 'vi');
    const input = chartCardInput(m, m.title, HOST);
    expect(drawnLabel({ ...input, figure: { ...input.figure!, marks: [] } })).not.toContain(`(${ui('vi').marks.conflict})`);
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
