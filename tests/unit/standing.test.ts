import { describe, expect, it } from 'vitest';
import { quarterOf, standings } from '../../src/lib/standing.ts';
import { fakeChartData } from './fake-chart-data.ts';

describe('standings', () => {
  const pt = (rank: number, of = 61) => ({ value: 5, rank, rankOf: of, rankKind: 'computed' as const, source: 's' });
  const ds = fakeChartData({
    'papi/2022/ha-nam/7': pt(36), 'papi/2023/ha-nam/7': pt(55), 'papi/2024/ha-nam/7': pt(53),
    'papi/2022/ha-nam/5': pt(30), 'papi/2023/ha-nam/5': pt(7), 'papi/2024/ha-nam/5': pt(10),
    'papi/2022/ha-nam/1': pt(25), 'papi/2023/ha-nam/1': pt(23),
  });
  const [env, proc, part] = standings(ds, 'papi', 'ha-nam', ['7', '5', '1'], [2022, 2023, 2024]);

  it('calls a dimension weak when it sits in the bottom quarter in at least half the years', () => {
    expect(env!.verdict).toBe('weakness');
    expect(env!.bottom).toBe(2);
  });
  it('calls a dimension strong when it sits in the top quarter in at least half the years', () => {
    expect(proc!.verdict).toBe('strength');
  });
  it('leaves the rest mixed and skips years without a rank', () => {
    expect(part!.verdict).toBe('mixed');
    expect(part!.years.map((y) => y.year)).toEqual([2022, 2023]);
  });
  it('uses the N of each year', () => {
    expect(quarterOf(15, 60)).toBe(1);
    expect(quarterOf(16, 60)).toBe(2);
    expect(quarterOf(46, 60)).toBe(4);
  });
});

describe('patterns a reader can name', () => {
  const pt = (rank: number, of = 61) => ({ value: 5, rank, rankOf: of, rankKind: 'computed' as const, source: 's' });
  const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
  const run = (ranks: number[]) => {
    const ds = fakeChartData(Object.fromEntries(ranks.map((r, i) => [`papi/${years[i]}/ha-nam/6`, pt(r)])));
    return standings(ds, 'papi', 'ha-nam', ['6'], years)[0]!;
  };
  it('a collapse: top half (once in the top quarter), then bottom half to the end, with the year it turned', () => {
    expect(run([3, 12, 10, 50, 38, 53, 56])).toMatchObject({ pattern: 'collapse', turn: 2021, verdict: 'mixed' });
  });
  it('a rise is the reverse', () => {
    expect(run([50, 55, 40, 10, 12, 3, 20])).toMatchObject({ pattern: 'rise', turn: 2021 });
  });
  it('no collapse when a later year comes back to the upper half', () => {
    expect(run([3, 12, 10, 50, 38, 20, 56]).pattern).toBe('uneven');
  });
  it('a steady weakness: never in the upper half, mostly in the bottom quarter', () => {
    expect(run([59, 60, 56, 37, 36, 55, 53]).pattern).toBe('steady-weakness');
  });
  it('always in the upper half without being mostly in the top quarter', () => {
    expect(run([21, 6, 11, 30, 25, 23, 5]).pattern).toBe('upper-half');
  });
});
