import { describe, expect, it } from 'vitest';
import { formatChange, formatRank, formatValue } from '../../src/lib/format.ts';
import { formatDate, formatSourceDate } from '../../src/lib/dates.ts';

describe('numbers as readers write them', () => {
  it('uses a decimal comma in Vietnamese and a point in English', () => {
    expect(formatValue(81.51, 2, 'points', 'vi')).toBe('81,51');
    expect(formatValue(81.51, 2, 'points', 'en')).toBe('81.51');
  });
  it('shows at most two decimals, rounding 43.2855 to 43,29', () => {
    expect(formatValue(43.2855, 4, 'points', 'vi')).toBe('43,29');
    expect(formatValue(3, 0, 'points', 'vi')).toBe('3');
  });
  it('writes percentages and ranks', () => {
    expect(formatValue(88.38, 2, 'percent', 'vi')).toBe('88,38%');
    expect(formatValue(88.38, 2, 'percent', 'en')).toBe('88.38%');
    expect(formatRank(19, 63)).toBe('19/63');
  });
  it('signs rank changes with a real minus', () => {
    expect(formatChange(-14)).toBe('\u221214');
    expect(formatChange(3)).toBe('+3');
  });
  it('writes dates the Vietnamese way', () => {
    expect(formatDate('2022-06-23', 'vi')).toBe('23/06/2022');
    expect(formatDate('2022-06-23', 'en')).toBe('23 June 2022');
  });
  it('writes a source date as precisely as the source states it, never as a raw ISO month', () => {
    expect(formatSourceDate('2022-05', 'vi')).toBe('tháng 5/2022');
    expect(formatSourceDate('2022-05', 'en')).toBe('May 2022');
    expect(formatSourceDate('2022', 'vi')).toBe('2022');
    expect(formatSourceDate('2022-06-23', 'vi')).toBe('23/06/2022');
  });
});
