/** Where a chart's files live: /bieu-do/<id>.png (vi) and /en/charts/<id>.png (en); a frozen edition's beside its embed. */
import type { Locale } from '../../i18n/index.ts';
import { filePaths } from '../routes.ts';

/** The wide picture (png, webp), the phone picture (phone.webp), the vector file (svg) and the data files. */
export type ChartAsset = 'png' | 'webp' | 'phone.webp' | 'svg' | 'csv' | 'json' | 'xlsx';

export function chartAssetPath(locale: Locale, id: string, ext: ChartAsset, edition?: string): string {
  return edition ? filePaths.frozenChart(locale, edition, id, ext) : filePaths.chart(locale, id, ext);
}
