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
