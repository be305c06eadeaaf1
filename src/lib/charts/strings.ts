import type { Locale } from '../../i18n/index.ts';
import type { ChartSentences } from '../../i18n/chart-sentences.ts';
import { chartSentencesVi } from '../../i18n/chart-sentences.vi.ts';
import { chartSentencesEn } from '../../i18n/chart-sentences.en.ts';

export function chartStrings(locale: Locale): ChartSentences {
  return locale === 'vi' ? chartSentencesVi : chartSentencesEn;
}
