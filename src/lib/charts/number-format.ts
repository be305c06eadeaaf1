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
