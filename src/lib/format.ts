/** Numbers as Vietnamese and English readers write them: vi 81,51 · 19/63 · 88,38%; en 81.51 · 19/63 · 88.38%. */
import type { Locale } from '../i18n/index.ts';
import { formatNumber } from './charts/number-format.ts';

export { formatNumber };

/** At most two decimals on the page, fewer when the source published fewer. */
export function displayDecimals(precision: number | undefined): number {
  return Math.min(precision ?? 2, 2);
}

export function formatValue(value: number, precision: number | undefined, unit: 'points' | 'percent', locale: Locale): string {
  const n = formatNumber(value, displayDecimals(precision), locale);
  return unit === 'percent' ? `${n}%` : n;
}

export function formatRank(rank: number, of: number): string {
  return `${rank}/${of}`;
}

/** "+3", "−14" (a real minus sign), "0". */
export function formatChange(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `\u2212${Math.abs(change)}` : '0';
}
