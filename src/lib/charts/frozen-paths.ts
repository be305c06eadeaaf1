/** Paths for versioned embeds: one page and one image per frozen chart of each published edition. */
import type { Locale } from '../../i18n/index.ts';
import { frozenCharts } from './snapshots.ts';
import { imageSize, type ImageFrame } from './image.ts';
import { absoluteUrl } from '../urls.ts';
import { routePath } from '../routes.ts';
import { chartImageCached } from './image-cache.ts';
import type { ChartModel } from './model.ts';

function frameFor(model: ChartModel): ImageFrame {
  return { licenceLine: `CC BY 4.0 · ${absoluteUrl(routePath(model.locale, { page: 'chart', id: model.id }))}` };
}

export function frozenPaths(locale: Locale) {
  return frozenCharts()
    .filter((f) => f.model.locale === locale)
    .map(({ edition, model }) => ({
      params: { edition, id: model.id },
      props: { edition, model, image: imageSize(model, frameFor(model)), pngPath: `${routePath(locale, { page: 'embed', id: model.id, edition })}`.replace(/\/$/, '.png') },
    }));
}

export function frozenPng({ props }: { props: { model: ChartModel } }): Response {
  return new Response(new Uint8Array(chartImageCached(props.model, frameFor(props.model), 'png')), { headers: { 'Content-Type': 'image/png' } });
}
