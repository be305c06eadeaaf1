/** The marks module: one definition of conflict, computed, derived, secondary and the three kinds of missing data. */
import { describe, expect, it, vi } from 'vitest';
import { readDataFiles } from '../../src/data/read.ts';
import { assertValidDataset, RESULT_FILES } from '../../src/data/validate.ts';
import type { Result } from '../../src/data/schemas.ts';
import { buildDataset } from '../../src/lib/dataset.ts';
import { getResult } from '../../src/lib/results.ts';
import { conflictClaims, conflictNote, factMarks, figureMarks, markKinds, noDataKind, publisherOrganisation, rankSpoken, statMarks } from '../../src/lib/marks.ts';

vi.setConfig({ testTimeout: 60_000 });

const files = readDataFiles(process.cwd());
const ds = buildDataset(assertValidDataset(files));

describe('marks', () => {
  it('flags both conflicts of Hà Nam with each claim and its publisher, generated from the claims', () => {
    const r2019 = getResult(ds, 'papi/2019/ha-nam/total');
    expect(markKinds(r2019, 'rank')).toContain('conflict');
    const note = conflictNote(ds, r2019, 'vi');
    expect(note).toMatch(/8\/63 theo Báo Hà Nam/);
    // The rank this site computed from the data file is said to be ours, not CECODES' claim.
    expect(note).toMatch(/9\/63 do trang này tính từ số liệu của CECODES/);
    expect(note).not.toMatch(/\(tính toán\) theo/);
    // In English, the publishers are named in English, and one figure two sources give is said once.
    const en = conflictNote(ds, getResult(ds, 'papi/2021/ha-nam/total'), 'en');
    expect(en).toMatch(/^Sources disagree on the rank: 22\/60 according to Báo Hà Nam and computed by this site from the data of CECODES, VFF-CRT, RTA and UNDP/);
    expect(en).not.toMatch(/ và |Cổng Thông tin/);
    const r2021 = getResult(ds, 'papi/2021/ha-nam/total');
    const m = figureMarks(ds, r2021, 'rank', 'en').find((x) => x.kind === 'conflict')!;
    expect(m.claims!.map((c) => c.figure)).toEqual(expect.arrayContaining(['22/60', '20/60']));
    expect(m.text).not.toMatch(/\d\.\d.*theo/);
  });

  it('names each publisher once for a figure, though two of its documents back it (PAPI 2019: the data file and its table)', () => {
    for (const id of ['papi/2019/ha-nam/total', 'papi/2021/ha-nam/total']) {
      for (const g of conflictClaims(ds, getResult(ds, id), 'vi')) {
        expect(g.publishers.length, `${id} ${g.figure}`).toBe(new Set(g.publishers.map(publisherOrganisation)).size);
        expect(g.publishers.join(', ')).not.toMatch(/PAPI.*PAPI|papi\.org\.vn.*papi\.org\.vn/);
      }
    }
  });

  it('marks every PCI 2017–2021 figure from the secondary research panel "secondary", and none from VCCI’s own 2005–2016 spreadsheets', () => {
    const panel = [...ds.results.values()].filter((r) => r.index === 'pci' && r.year >= 2017 && r.year <= 2021);
    const fromPanel = panel.filter((r) => r.claims.find((c) => c.preferred)!.source === 'nghien-cuu-pci-2017-2021');
    expect(fromPanel.length).toBeGreaterThan(1000);
    for (const r of fromPanel) expect(markKinds(r, 'value'), r.id).toContain('secondary');
    const early = getResult(ds, 'pci/2016/ha-nam/total');
    expect(markKinds(early, 'value')).not.toContain('secondary');
  });

  it('statistics and facts carry their own marks: a conflict with both values, never "tính toán" for a mean', () => {
    const mean = ds.nationalStats.get('papi/2018/national/total/mean')!;
    const m = statMarks(ds, mean, 'vi');
    expect(m.map((x) => x.kind)).toEqual(['conflict']);
    expect(m[0]!.claims!.length).toBeGreaterThanOrEqual(2);
    expect(statMarks(ds, ds.nationalStats.get('papi/2021/national/total/mean')!, 'vi')).toEqual([]);
    const fact = [...ds.facts.values()][0]!;
    expect(factMarks(ds, fact, 'vi').map((x) => x.kind)).not.toContain('computed');
  });

  it('keeps a stated change of points with the change of places (PAR INDEX 2021: −17 places and −1,94 points from 2020)', () => {
    const c = getResult(ds, 'par-index/2021/ha-nam/total').claims.find((x) => x.preferred)!;
    expect(c).toMatchObject({ rank_change: -17, rank_change_from: 2020, value_change: -1.94 });
  });

  it('marks a computed rank only when a rank is shown, with the 2024 range derived from the provinces of that year', () => {
    const r = getResult(ds, 'papi/2024/ha-nam/total');
    expect(markKinds(r, 'value')).not.toContain('computed');
    expect(markKinds(r, 'rank')).toContain('computed');
    const mark = figureMarks(ds, r, 'rank', 'vi').find((x) => x.kind === 'computed')!;
    expect(mark.text).toContain('61 trên 63');
    expect(mark.label).toContain('từ 34 đến 36');
    // An official rank carries no computed mark.
    expect(markKinds(getResult(ds, 'papi/2022/ha-nam/total'), 'rank')).not.toContain('computed');
  });

  it('marks a derived claim "suy ra" with its arithmetic', () => {
    const file = RESULT_FILES['par-index'];
    const results = JSON.parse(files[file]!) as Result[];
    const derived: Result = {
      id: 'par-index/2020/ha-nam/total', index: 'par-index', year: 2020, province: 'ha-nam', measure: 'total',
      claims: [{ value: 83.45, precision: 2, rank: 43, rank_of: 63, rank_kind: 'official', source: results.find((r) => r.id === 'par-index/2021/ha-nam/total')!.claims[0]!.source, preferred: true,
        derived: { from: 'par-index/2021/ha-nam/total', value_change: -1.94, rank_change: -17 } }],
      preferred_rule: 'test',
    };
    const edited = buildDataset(assertValidDataset({ ...files, [file]: JSON.stringify([...results.filter((r) => r.id !== derived.id), derived]) }));
    const marks = figureMarks(edited, getResult(edited, derived.id), 'both', 'vi');
    const m = marks.find((x) => x.kind === 'derived')!;
    expect(m.label).toBe('suy ra');
    expect(m.text).toContain('81,51 + 1,94 = 83,45');
    expect(m.text).toContain('60 − 17 = 43');
  });

  it('marks a secondary figure', () => {
    const r = [...ds.results.values()].find((x) => x.claims.find((c) => c.preferred)?.flag === 'secondary' && x.claims.length === 1)!;
    expect(markKinds(r)).toContain('secondary');
  });

  it('tells the three kinds of missing data apart', () => {
    expect(noDataKind(ds, 'papi', 2030, 'ha-nam', 'total')).toBe('not-published');
    expect(noDataKind(ds, 'par-index', 2011, 'ha-nam', 'total')).toBe('not-published');
    expect(noDataKind(ds, 'par-index', 2015, 'ha-nam', 'total')).toBe('not-found');
    // PAPI's 80-point dimensions 7 and 8 do not exist in the 60-point years.
    expect(noDataKind(ds, 'papi', 2015, 'ha-nam', '8')).toBe('not-applicable');
    expect(noDataKind(ds, 'pci', 2010, 'ha-tay', 'total')).toBe('not-applicable');
  });

  it('reads a rank out as "hạng x trên N"', () => {
    expect(rankSpoken(19, 63, 'vi')).toBe('hạng 19 trên 63');
    expect(rankSpoken(19, 63, 'en')).toBe('ranked 19 of 63');
  });
});

describe('chart summaries use the marks module for a computed rank', () => {
  it('states the places a 2024 computed rank could really be, in vi and en, the same label the marks give', async () => {
    const { buildChartModel } = await import('../../src/lib/charts/model.ts');
    const { chartDataSource } = await import('../../src/lib/charts/data-source.ts');
    const { chartSpecSchema } = await import('../../src/lib/charts/spec.ts');
    const spec = chartSpecSchema.parse({ id: 'test', kind: 'line', index: 'papi', measures: ['total'], provinces: ['ha-nam'], years: { from: 2023, to: 2024 } });
    const r = getResult(ds, 'papi/2024/ha-nam/total');
    for (const locale of ['vi', 'en'] as const) {
      const label = figureMarks(ds, r, 'rank', locale).find((m) => m.kind === 'computed')!.label;
      expect(label).toMatch(/34.*36/);
      expect(buildChartModel(chartDataSource(ds), spec, locale).summary).toContain(`(${label})`);
    }
  });
});
