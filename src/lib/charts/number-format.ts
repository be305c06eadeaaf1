import { intlLocale, type Locale } from '../../i18n/index.ts';

const cache = new Map<string, Intl.NumberFormat>();

/** 81.51 → "81,51" (vi) or "81.51" (en), with a fixed number of decimals. */
export function formatNumber(value: number, decimals: number, locale: Locale): string {
  const key = `${locale}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    cache.set(key, f);
  }
  return f.format(value);
}

/** A scale bound with the decimals it has (at most 2): 3.33 → "3,33", 80 → "80" (vi). */
export function formatBound(value: number, locale: Locale): string {
  return formatNumber(value, Math.min(2, (String(value).split('.')[1] ?? '').length), locale);
}
