/**
 * Marks reach every output of a chart, comparisons included: a comparison draws the national statistic the data
 * states (a published mean before one computed from a data file), with its key and marks, and is computed only where
 * the data has none (secondary when its inputs are, never from a derived figure); a picture carries a note under its
 * plot on every marked figure it draws, so that an image copied on its own still says which figures are not plain fact.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildChartModel, type ChartModel, type DataPoint, type StatPoint } from '../../src/lib/charts/model.ts';
import { chartSpecSchema } from '../../src/lib/charts/spec.ts';
import { chartTextBoxes } from '../../src/lib/charts/image.ts';
import { liveCharts } from '../../src/lib/charts/live-models.ts';
import { MARK_SIGN, drawModel } from '../../src/lib/charts/chartjs-config.ts';
import { fakeChartData } from './fake-chart-data.ts';

vi.setConfig({ testTimeout: 120_000 });

const spec = chartSpecSchema.parse({ id: 't', kind: 'line', index: 'papi', measures: ['total'], provinces: ['ha-nam'], years: { from: 2022, to: 2023 }, compare: ['national-mean', 'best'] });
const pt = (value: number, extra: Partial<DataPoint> = {}): DataPoint => ({ value, precision: 2, source: 's', ...extra });
const points = {
  'papi/2022/ha-nam/total': pt(42.73),
  'papi/2022/nam-dinh/total': pt(44.1, { valueMarks: ['secondary'] }),
  'papi/2023/ha-nam/total': pt(41.56),
  'papi/2023/nam-dinh/total': pt(50, { valueMarks: ['derived'] }),
  'papi/2023/ha-noi/total': pt(43, {}),
};

/** The fake data with a statistic for 2023's mean, and marks worded as the marks module would. */
function withStat(stat: StatPoint | undefined) {
  return {
    ...fakeChartData(points),
    nationalStat: (_i: string, year: number, _m: string, which: string) => (year === 2023 && which === 'mean' ? stat : undefined),
    // A derived figure's text opens with its label, as the marks module words it ("Suy ra từ …").
    markTexts: (key: string, kinds: string[]) => kinds.map((kind) => ({ kind, label: kind, text: kind === 'derived' ? `Derived from ${key}` : `the ${kind} of ${key}` })) as never,
  };
}

const cell = (m: ChartModel, year: string, column: string) => m.table.rows.find((r) => r.header === year)!.cells[m.table.columns.indexOf(column)]!;

describe('comparisons', () => {
  it('draw the statistic the data states, with its key, source and marks', () => {
    const m = buildChartModel(withStat({ value: 43.78, precision: 2, source: 'press', marks: ['conflict'] }), spec, 'vi');
    const mean = cell(m, '2023', 'Trung bình cả nước');
    expect(mean).toMatchObject({ value: 43.78, key: 'papi/2023/national/total/mean', marks: ['conflict'] });
    const row = m.records.find((r) => r.province === 'national' && r.year === 2023 && r.series === 'Trung bình cả nước')!;
    expect(row).toMatchObject({ value: 43.78, source: 'press', marks: 'conflict' });
    expect(m.sources).toContain('press');
  });

  it('are computed where the data has no statistic: secondary from secondary inputs, never from a derived figure', () => {
    const m = buildChartModel(withStat(undefined), spec, 'vi');
    // 2022: Hà Nam 42,73 and Nam Định 44,10 (secondary); 2023: Hà Nam and Hà Nội only (Nam Định's 50 is derived).
    expect(cell(m, '2022', 'Trung bình cả nước')).toMatchObject({ value: 43.42, key: 'papi/2022/national/total/mean', marks: ['secondary'] });
    expect(cell(m, '2022', 'Cao nhất cả nước')).toMatchObject({ value: 44.1, marks: ['secondary'] });
    expect(cell(m, '2023', 'Trung bình cả nước')).toMatchObject({ value: 42.28, marks: [] });
    expect(cell(m, '2023', 'Cao nhất cả nước')).toMatchObject({ value: 43, marks: [] });
  });

  it('every filled cell of every live chart table has a data key', () => {
    const { data, specs } = liveCharts();
    const bad = specs.flatMap((s) => {
      const m = buildChartModel(data, s, 'vi');
      return m.table.rows.flatMap((r) => r.cells.filter((c) => c.value !== null && !c.key).map(() => `${s.id} ${r.header}`));
    });
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('notes on marked figures in pictures', () => {
  it('a marked figure gets the sign after its label and a note under the plot; a plain one gets neither', () => {
    const m = buildChartModel(withStat({ value: 43.78, precision: 2, source: 'press', marks: ['conflict'] }), { ...spec, compare: ['national-mean'] }, 'vi');
    expect(m.markNotes).toEqual([
      `${MARK_SIGN} Trung bình cả nước, 2022 (secondary): the secondary of papi/2022/national/total/mean`,
      `${MARK_SIGN} Trung bình cả nước, 2023: the conflict of papi/2023/national/total/mean`,
    ]);
    const mean = drawModel(m).series.find((x) => x.label === 'Trung bình cả nước')!;
    expect(mean.marked).toEqual([true, true]);
    expect(drawModel(m).series.find((x) => x.label === 'Hà Nam')!.marked).toBeUndefined();
    expect(buildChartModel(withStat(undefined), { ...spec, compare: [] }, 'vi').markNotes).toEqual([]);
    // A text that opens with its own label is not preceded by it again.
    const derived = buildChartModel(withStat({ value: 43.78, source: 'press', marks: ['derived'] }), { ...spec, compare: ['national-mean'], years: { year: 2023 } }, 'vi');
    expect(derived.markNotes).toEqual([`${MARK_SIGN} Trung bình cả nước, 2023: Derived from papi/2023/national/total/mean`]);
  });

  /** Every marked cell of a table is named by a note (or counted in one), and each conflict by its own. */
  function unnoted(m: ChartModel): string[] {
    const notes = m.markNotes.join('\n');
    const counted = /\d+ trên tổng số \d+ số liệu|Mọi số liệu/.test(notes);
    return m.table.rows.flatMap((row) =>
      row.cells.flatMap((c, j) => {
        // A picture shows values, or ranks on a rank chart: a computed rank in a value chart's table is not drawn.
        const marks = m.kind === 'rank-line' ? c.marks : c.marks.filter((k) => k !== 'computed');
        if (!marks.length) return [];
        // A series split by method is named without its period beside one of its years.
        const name = m.series[j]!.role === 'featured' || m.series.length === 1 ? row.header : `${m.series[j]!.label.replace(/ \(.*\)$/, '')}, ${row.header}`;
        const named = m.markNotes.some((n) => n.includes(name));
        if (marks.includes('conflict') && !m.markNotes.some((n) => n.startsWith(`${MARK_SIGN} ${name}: Các nguồn nói khác nhau`))) return [`${m.id} ${name}: conflict`];
        return named || counted ? [] : [`${m.id} ${name}: ${marks.join(' ')}`];
      }),
    );
  }

  it('would notice a picture without its notes', () => {
    const m = buildChartModel(withStat({ value: 43.78, precision: 2, source: 'press', marks: ['conflict'] }), spec, 'vi');
    expect(unnoted({ ...m, markNotes: [] })).toEqual(['t Trung bình cả nước, 2022: secondary', 't Cao nhất cả nước, 2022: secondary', 't Trung bình cả nước, 2023: conflict']);
  });

  const { data, specs } = liveCharts();
  const models = specs.map((s) => buildChartModel(data, s, 'vi'));

  it('every live chart notes every marked figure of its table, each conflict with both claims', () => {
    expect(models.some((m) => m.markNotes.some((n) => n.includes('Các nguồn nói khác nhau')))).toBe(true);
    expect(models.flatMap(unnoted).slice(0, 10)).toEqual([]);
  });

  it('the notes are drawn on the picture, in both layouts, above the source line', () => {
    const m = models.find((x) => x.id === 'papi-ha-nam-thu-hang')!;
    expect(m.markNotes.length).toBeGreaterThan(1);
    for (const layout of ['wide', 'phone'] as const) {
      const { boxes } = chartTextBoxes(m, { licenceLine: 'CC BY 4.0 · x' }, layout);
      const drawn = boxes.map((b) => b.text).join(' ');
      for (const note of m.markNotes) expect(drawn.replace(/\s+/g, ' '), layout).toContain(note.slice(0, 30));
      const noteAt = boxes.findIndex((b) => b.text.startsWith(MARK_SIGN));
      const sourceAt = boxes.findIndex((b) => b.text.startsWith('Nguồn:'));
      expect(noteAt).toBeGreaterThan(-1);
      expect(noteAt).toBeLessThan(sourceAt);
      // The conflicting year carries the sign on its label in the plot.
      expect(boxes.some((b) => /^\d+\*$/.test(b.text))).toBe(true);
    }
  });
});
