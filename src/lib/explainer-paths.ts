/** getStaticPaths for explainer routes: one path per explainer of a locale, keyed by the URL segment. */
import { explainers } from './content.ts';
import type { Locale } from '../i18n/index.ts';

const COMPARE_SEGMENT: Record<Locale, string> = { vi: 'so-sanh', en: 'compare' };

export async function explainerPaths(locale: Locale) {
  const entries = await explainers(locale);
  return entries.map((entry) => ({
    params: { topic: entry.data.topic === 'compare' ? COMPARE_SEGMENT[locale] : entry.data.topic },
    props: { entry },
  }));
}
