import { intlLocale, type Locale } from '../i18n/index.ts';

/** "2026-11-28" → "28/11/2026" (vi) or "28 November 2026" (en). Dates are parsed as calendar dates, not instants. */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`formatDate expects YYYY-MM-DD, got "${iso}"`);
  const [, y, mo, d] = m;
  if (locale === 'vi') return `${d}/${mo}/${y}`;
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))),
  );
}
