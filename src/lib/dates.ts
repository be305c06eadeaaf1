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

/** A source's date as precise as it states it: a day ("23/06/2022"), a month ("tháng 6/2022", "June 2022") or a year. */
export function formatSourceDate(date: string, locale: Locale): string {
  if (/^\d{4}$/.test(date)) return date;
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  if (!m) return formatDate(date, locale);
  const [, y, mo] = m;
  if (locale === 'vi') return `tháng ${Number(mo)}/${y}`;
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(y), Number(mo) - 1, 1)));
}
