/** The gap between two results (src/lib/difference.ts): a − b on one scale, always marked "derived", with its arithmetic. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { formatDifference, valueDifference } from '../../src/lib/difference.ts';
import { getResult, headlineValue } from '../../src/lib/results.ts';

const ds = loadDataset();
const A = 'par-index/2021/ha-nam/total';
const B = 'par-index/2021/hai-phong/total';

describe('valueDifference', () => {
  it('is a − b of the headline values, at the finer precision, marked derived with the arithmetic in words', () => {
    const d = valueDifference(ds, A, B, 'vi');
    const [a, b] = [headlineValue(getResult(ds, A))!, headlineValue(getResult(ds, B))!];
    expect(d.value).toBeCloseTo(a.value! - b.value!, 6);
    expect(d.precision).toBe(Math.max(a.precision ?? 0, b.precision ?? 0));
    expect(d.mark.kind).toBe('derived');
    expect(d.mark.text).toMatch(/ − .* = /);
    expect(d.mark.text).toContain(',');
    expect(valueDifference(ds, B, A, 'en').value).toBeCloseTo(-d.value, 6);
  });
  it('refuses two values on different scales, naming both keys', () => {
    expect(() => valueDifference(ds, A, 'papi/2021/ha-nam/total', 'vi')).toThrow(/par-index\/2021\/ha-nam\/total − papi\/2021\/ha-nam\/total: the two values are not on the same scale/);
  });
  it('refuses a result without a value, naming it', () => {
    expect(() => valueDifference(ds, A, 'par-index/2021/ha-tinh/total', 'vi')).toThrow(/par-index\/2021\/ha-tinh\/total has no value/);
  });
  it('reads a gap between two percentages in percentage points, not as a per cent', () => {
    const d = valueDifference(ds, A, B, 'vi');
    expect(d.unit).toBe('percent');
    expect(formatDifference(1.54, 2, 'percent', 'vi')).toBe('1,54 điểm phần trăm');
    expect(formatDifference(1.54, 2, 'percent', 'en')).toBe('1.54 percentage points');
    expect(formatDifference(1.54, 2, 'points', 'vi')).toBe('1,54');
    expect(d.mark.text).toMatch(/= −?[\d,]+ điểm phần trăm/);
  });
});
