/**
 * The build-time images draw text with Be Vietnam Pro, registered from a Latin and a Vietnamese file.
 * A letter missing from both would silently fall back to another font, so every character drawn must have a glyph.
 */
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { FONT_DIR, FONT_FILES, textsDrawn } from '../../src/lib/charts/image.ts';
import { buildChartModel } from '../../src/lib/charts/model.ts';
import { chartSpecSchema } from '../../src/lib/charts/spec.ts';
import { fakeChartData } from './fake-chart-data.ts';
import { liveCharts } from '../../src/lib/charts/live-models.ts';

function fontsByWeight() {
  const open = (f: string) => fontkit.openSync(FONT_DIR + f) as fontkit.Font;
  return {
    400: FONT_FILES.filter((f) => f.includes('-400-')).map(open),
    700: FONT_FILES.filter((f) => f.includes('-700-')).map(open),
  };
}

export function missingGlyphs(texts: string[], fonts: fontkit.Font[]): string[] {
  const chars = new Set([...texts.join('')].filter((c) => c.trim()));
  return [...chars].filter((c) => !fonts.some((f) => f.hasGlyphForCodePoint(c.codePointAt(0)!)));
}

describe('font coverage of chart images', () => {
  const fonts = fontsByWeight();
  const alphabet = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';

  it('has every Vietnamese letter in both weights', () => {
    expect(missingGlyphs([alphabet], fonts[400])).toEqual([]);
    expect(missingGlyphs([alphabet], fonts[700])).toEqual([]);
  });

  it('has a glyph for every character a chart draws, in both locales', () => {
    const ds = fakeChartData({ 'papi/2021/ha-nam/total': { value: 43.2855, precision: 4, rank: 22, rankOf: 60, rankKind: 'official', source: 's' } });
    const spec = chartSpecSchema.parse({ id: 'x', kind: 'line', index: 'papi', measures: ['total'], provinces: ['ha-nam'], years: { from: 2016, to: 2021 }, compare: ['national-mean', 'best'] });
    for (const locale of ['vi', 'en'] as const) {
      const texts = textsDrawn(buildChartModel(ds, spec, locale), { licenceLine: 'CC BY 4.0 · http://localhost:4321/bieu-do/x/' });
      expect(missingGlyphs(texts, fonts[400])).toEqual([]);
      expect(missingGlyphs(texts, fonts[700])).toEqual([]);
    }
  });

  it('has a glyph for every character of the live charts\' notes on marked figures and source lines, in both locales', () => {
    const { data, specs } = liveCharts();
    const texts = specs.flatMap((spec) => (['vi', 'en'] as const).flatMap((locale) => { const m = buildChartModel(data, spec, locale); return [...m.markNotes, m.sourceLine]; }));
    expect(texts.some((t) => t.startsWith('*'))).toBe(true);
    expect(missingGlyphs(texts, fonts[400])).toEqual([]);
  });

  it('would notice a character the fonts lack', () => {
    expect(missingGlyphs(['Hà Nam ✓ 中'], fonts[400])).toEqual(['✓', '中']);
  });
});
