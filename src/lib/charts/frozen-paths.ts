/** Paths for versioned embeds: one page and one image per frozen chart of each published edition. */
import type { Locale } from '../../i18n/index.ts';
import { frozenDataSource } from './snapshots.ts';
import { imageSize, type ImageFrame } from './image.ts';
import { absoluteUrl } from '../urls.ts';
import { routePath } from '../routes.ts';
import { chartImageCached } from './image-cache.ts';
import { buildChartModel, type ChartModel } from './model.ts';
import { loadDataset } from '../dataset.ts';
import { chartDataSource } from './data-source.ts';

function frameFor(model: ChartModel): ImageFrame {
  return { licenceLine: `CC BY 4.0 · ${absoluteUrl(routePath(model.locale, { page: 'chart', id: model.id }))}` };
}

/** Each frozen chart's model, drawn by the current code from the edition's points. */
export async function frozenPaths(locale: Locale) {
  const ds = loadDataset();
  const live = chartDataSource(ds);
  return [...ds.snapshots.values()].flatMap(({ edition, charts }) => {
    return Object.values(charts).map((chart) => {
      const model = buildChartModel(frozenDataSource(live, chart), chart.spec, locale);
      return {
        params: { edition, id: model.id },
        props: { edition, model, image: imageSize(model, frameFor(model)), pngPath: `${routePath(locale, { page: 'embed', id: model.id, edition })}`.replace(/\/$/, '.png') },
      };
    });
  });
}

export function frozenPng({ props }: { props: { model: ChartModel } }): Response {
  return new Response(new Uint8Array(chartImageCached(props.model, frameFor(props.model), 'png')), { headers: { 'Content-Type': 'image/png' } });
}
