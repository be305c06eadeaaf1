/**
 * The gap between two published values (e.g. Hà Nam's PAR INDEX and the last province's, same year): a derived
 * figure, so it always carries the "derived" mark and the arithmetic that produced it. Pure: no Astro, no files.
 */
import type { Dataset } from './dataset.ts';
import type { Locale } from '../i18n/index.ts';
import { ui } from '../i18n/index.ts';
import { fillTemplate } from '../i18n/template.ts';
import { displayDecimals, formatNumber, formatValue } from './format.ts';
import { getResult, getSource, headlineValue, measureDef } from './results.ts';
import type { Mark } from './marks.ts';

export interface Difference {
  /** a − b, rounded to the finer of the two precisions. */
  value: number;
  precision: number;
  unit: 'points' | 'percent';
  mark: Mark;
}

/** a − b for two result keys with values on the same scale; throws (naming both keys) when either has no value or the scales differ. */
export function valueDifference(ds: Dataset, a: string, b: string, locale: Locale): Difference {
  const [ra, rb] = [getResult(ds, a), getResult(ds, b)];
  const [va, vb] = [headlineValue(ra), headlineValue(rb)];
  if (va?.value === undefined || vb?.value === undefined) throw new Error(`difference ${a} − ${b}: ${va?.value === undefined ? a : b} has no value in content/data/results`);
  const [ua, ub] = [measureDef(ds, ra.index, ra.year, ra.measure)?.scale.unit ?? 'points', measureDef(ds, rb.index, rb.year, rb.measure)?.scale.unit ?? 'points'];
  if (ra.index !== rb.index || ra.measure !== rb.measure || ua !== ub) throw new Error(`difference ${a} − ${b}: the two values are not on the same scale (index, measure or unit differ)`);
  const precision = Math.max(va.precision ?? 0, vb.precision ?? 0);
  const value = Number((va.value - vb.value).toFixed(precision));
  const t = ui(locale).marks;
  const f = (v: number) => formatValue(v, precision, ua, locale);
  const publishers = [...new Set([va.source, vb.source].map((s) => getSource(ds, s).publisher))].join(', ');
  const text = fillTemplate(t.differenceText, { arithmetic: `${f(va.value)} − ${f(vb.value)} = ${formatDifference(value, precision, ua, locale)}`, publishers });
  return { value, precision, unit: ua, mark: { kind: 'derived', label: t.derived, text } };
}

/** A gap as read: between two percentages it is in percentage points ("1,54 điểm phần trăm"), not a per cent; negative with a minus sign. */
export function formatDifference(value: number, precision: number, unit: Difference['unit'], locale: Locale): string {
  const text = unit === 'points' ? formatValue(value, precision, unit, locale) : fillTemplate(ui(locale).marks.percentagePoints, { n: formatNumber(value, displayDecimals(precision), locale) });
  // A real minus sign, as in print.
  return text.replace(/^-/, '\u2212');
}
