/** The rank-change rule on the real data: stated by a source, or between two comparable official ranks; else none. */
import { describe, expect, it, vi } from 'vitest';
import { readDataFiles } from '../../src/data/read.ts';
import { assertValidDataset } from '../../src/data/validate.ts';
import { buildDataset } from '../../src/lib/dataset.ts';
import { getResult, headlineRank, headlineValue, rankChange } from '../../src/lib/results.ts';
import { rankingRows } from '../../src/lib/rankings.ts';
import { conflictNote } from '../../src/lib/marks.ts';

// Reading and validating the whole dataset takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const ds = buildDataset(assertValidDataset(readDataFiles(process.cwd())));

describe('rank changes', () => {
  it('never computes a change from a rank derived from a stated change, nor ranks a derived figure', () => {
    const files = readDataFiles(process.cwd());
    const file = 'content/data/results/par-index.json';
    const results = JSON.parse(files[file]!) as { id: string; claims: Record<string, unknown>[] }[];
    // Without the stated change, 2021 (60/63) against the derived 2020 (43/63) would give −17.
    for (const c of results.find((r) => r.id === 'par-index/2021/ha-nam/total')!.claims) delete c['rank_change'], delete c['rank_change_from'];
    const noStated = buildDataset(assertValidDataset({ ...files, [file]: JSON.stringify(results) }));
    expect(headlineRank(getResult(noStated, 'par-index/2020/ha-nam/total'))?.derived).toBeDefined();
    expect(rankChange(noStated, 'par-index', 'ha-nam', 'total', 2021, 2020)).toBeNull();
    expect(rankingRows(ds, 'par-index', 2020).map((r) => r.result.province)).not.toContain('ha-nam');
  });
  it('uses a change a source states (PAR INDEX 2021: down 17 places from 2020)', () => {
    expect(rankChange(ds, 'par-index', 'ha-nam', 'total', 2021, 2020)).toBe(-17);
    expect(rankChange(ds, 'sipas', 'ha-nam', 'total', 2021, 2020)).toBe(-1);
  });
  it('computes a change between two official ranks out of the same N (PAPI 2023: 40/61 after 26/61)', () => {
    expect(rankChange(ds, 'papi', 'ha-nam', 'total', 2023, 2022)).toBe(-14);
  });
  it('states no change between ranks out of different N (PAPI 2021 22/60 after 2020 18/63)', () => {
    expect(rankChange(ds, 'papi', 'ha-nam', 'total', 2021, 2020)).toBeNull();
  });
  it('states no change when a rank is computed (PAPI 2024)', () => {
    expect(headlineRank(getResult(ds, 'papi/2024/ha-nam/total'))?.rank_kind).toBe('computed');
    expect(rankChange(ds, 'papi', 'ha-nam', 'total', 2024, 2023)).toBeNull();
  });
  it('states no change across the 2018 method change', () => {
    expect(rankChange(ds, 'papi', 'ha-nam', 'total', 2018, 2017)).toBeNull();
  });
});

describe('the seed article\u2019s figures', () => {
  it('PAPI 2021: 43,28 in the article is rounding of 43.2855; the rank conflict 22/60 vs 20/60 is shown', () => {
    const r = getResult(ds, 'papi/2021/ha-nam/total');
    expect(headlineValue(r)?.value).toBe(43.2855);
    expect(headlineRank(r)).toMatchObject({ rank: 22, rank_of: 60, rank_kind: 'official' });
    const seed = r.claims.find((c) => c.source === 'tap-chi-thanh-tra-2022-06-23')!;
    expect(seed).toMatchObject({ value: 43.28, rank: 20, flag: 'rounding' });
    expect(r.conflict).toBe(true);
    expect(conflictNote(ds, r, 'vi')).toMatch(/22\/60.*20\/60/);
  });
  it('PAR INDEX 81,51 (60/63) and SIPAS 88,38 (19/63) in 2021', () => {
    expect(headlineValue(getResult(ds, 'par-index/2021/ha-nam/total'))?.value).toBe(81.51);
    expect(headlineRank(getResult(ds, 'par-index/2021/ha-nam/total'))).toMatchObject({ rank: 60, rank_of: 63 });
    expect(headlineRank(getResult(ds, 'sipas/2021/ha-nam/total'))).toMatchObject({ rank: 19, rank_of: 63 });
  });
});
