/** getStaticPaths for explainer routes: one path per explainer of a locale, keyed by the URL segment. */
import { explainers } from './content.ts';
import type { Locale } from '../i18n/index.ts';
import { segment } from './routes.ts';

export async function explainerPaths(locale: Locale) {
  const entries = await explainers(locale);
  return entries.map((entry) => ({
    params: { topic: entry.data.topic === 'compare' ? segment('compareIndices', locale) : entry.data.topic },
    props: { entry },
  }));
}
