/**
 * Map charts: the table lists every province the map colours, the featured province (Hà Nam) is outlined in the
 * drawing itself, the no-data provinces are named in the legend, the boundary credit is on every output, and the
 * four groups differ by lightness (a map printed in black and white still reads).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { chartDataSource } from '../../src/lib/charts/data-source.ts';
import { buildChartModel, type ChartModel } from '../../src/lib/charts/model.ts';
import { registeredCharts } from '../../src/lib/charts/registry.ts';
import { chartTextBoxes, renderChartSvg } from '../../src/lib/charts/image.ts';
import { chartSheets } from '../../src/lib/charts/xlsx.ts';
import { MAP_FILLS, NO_DATA_FILL, mapProblems, quantileGroups } from '../../src/lib/charts/map.ts';
import type { ChartSpec } from '../../src/lib/charts/spec.ts';
import { MAP_STRINGS } from '../../src/i18n/map.ts';

const ds = loadDataset();
const data = chartDataSource(ds);
const CREDIT = { vi: MAP_STRINGS.vi.credit, en: MAP_STRINGS.en.credit };
const frame = { licenceLine: 'CC BY 4.0 · chisohanam.example/bieu-do/x/' };
const sample: ChartSpec = { id: 'papi-ban-do-2024-thu', kind: 'map', index: 'papi', measures: ['total'], provinces: 'all', years: { year: 2024 }, compare: [], featured: 'ha-nam' };
const maps = [...registeredCharts().filter((s) => s.kind === 'map'), sample];

/** Luminance as a greyscale printer sees it (sRGB → linear, Rec. 709 weights). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('quantile groups', () => {
  it('splits values, highest first, into four groups of about equal size, equal values together', () => {
    expect(quantileGroups([8, 7, 6, 5, 4, 3, 2, 1])).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(quantileGroups([8, 7, 7, 5])).toEqual([0, 1, 1, 3]);
    expect(quantileGroups([8, 8, 8, 8])).toEqual([0, 0, 0, 0]);
  });
});

describe('the palette', () => {
  it('gets lighter from the highest group to the lowest, each step visible in greyscale, and no data is lighter still', () => {
    const l = [...MAP_FILLS, NO_DATA_FILL].map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]! - l[i - 1]!, `step ${i}`).toBeGreaterThan(0.08);
  });
});

describe.each(maps.map((s) => [s.id, s] as const))('map %s', (_id, spec) => {
  for (const locale of ['vi', 'en'] as const) {
    const model = buildChartModel(data, spec, locale);
    it(`${locale}: lists every coloured province in the table, outlines Hà Nam, names no-data provinces, carries the credit`, () => {
      expect(mapProblems(model)).toEqual([]);
      expect(model.map!.units).toHaveLength(63);
    });
    it(`${locale}: the drawing outlines Hà Nam and hatches the provinces without data, in both layouts`, () => {
      for (const layout of ['wide', 'phone'] as const) {
        const ops = chartTextBoxes(model, frame, layout).mapOps!;
        expect(ops.filter((o) => o.outlined).map((o) => o.province)).toEqual(['ha-nam']);
        expect(ops.filter((o) => o.hatched).map((o) => o.province).sort()).toEqual([...(model.map!.noData?.provinces ?? [])].sort());
      }
    });
    it(`${locale}: the credit line is on the picture, in the SVG, in the workbook`, () => {
      const text = chartTextBoxes(model, frame, 'phone').boxes.map((b) => b.text).join(' ');
      expect(text.replace(/\s+/g, ' ')).toContain(CREDIT[locale]);
      expect(renderChartSvg(model, frame).svg).toContain(CREDIT[locale]);
      const notes = chartSheets(model, { url: 'x', edition: 'y' })[1]!.rows.flat().join(' ');
      expect(notes).toContain(CREDIT[locale]);
      expect(notes).toContain('Open Development Mekong');
    });
  }
});

describe('the map checks can fail', () => {
  const model = buildChartModel(data, sample, 'vi');
  const broken = (change: (m: ChartModel) => ChartModel) => mapProblems(change(structuredClone(model)));
  it('a province coloured on the map but missing from the table', () => {
    expect(broken((m) => ({ ...m, table: { ...m.table, rows: m.table.rows.filter((r) => r.header !== 'Quảng Ninh') } }))).toEqual([expect.stringMatching(/quang-ninh is on the map but not in the table/)]);
  });
  it('Hà Nam not outlined', () => {
    expect(broken((m) => ({ ...m, map: { ...m.map!, outlined: [] } }))).toEqual([expect.stringMatching(/ha-nam is not outlined/)]);
    const ops = chartTextBoxes({ ...model, map: { ...model.map!, outlined: [] } }, frame, 'wide').mapOps!;
    expect(ops.some((o) => o.outlined)).toBe(false);
  });
  it('a no-data province the legend does not name, and a missing credit', () => {
    expect(model.map!.noData?.provinces.length).toBeGreaterThan(0);
    expect(broken((m) => ({ ...m, map: { ...m.map!, noData: { label: 'Không có số liệu', provinces: m.map!.noData!.provinces } } })).length).toBe(model.map!.noData!.provinces.length);
    expect(broken((m) => ({ ...m, sourceLine: 'Nguồn: x', notes: [] }))).toHaveLength(2);
  });
  it('a result without a shape fails the model, naming the province', () => {
    const noHaNam = { ...data, mapUnits: (set: 'vn63' | 'vn34') => data.mapUnits!(set).filter((u) => u.province !== 'ha-nam') };
    expect(() => buildChartModel(noHaNam, sample, 'vi')).toThrow(/province Hà Nam \(ha-nam\) has a result but no shape/);
  });
});
