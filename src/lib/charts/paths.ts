/** Where a chart's files live: /bieu-do/<id>.png (vi) and /en/charts/<id>.png (en). */
import type { Locale } from '../../i18n/index.ts';
import { routePath } from '../routes.ts';

export type ChartAsset = 'png' | 'webp' | 'csv' | 'json';

export function chartAssetPath(locale: Locale, id: string, ext: ChartAsset): string {
  return `${routePath(locale, { page: 'charts' })}${id}.${ext}`;
}
