/** The JSON download: the chart's tidy rows with everything needed to cite and re-draw them. */
import type { ChartBundle } from './registry.ts';
import { loadDataset } from '../dataset.ts';
import { sourceCitation } from './data-source.ts';
import { absoluteUrl } from '../urls.ts';
import { routePath } from '../routes.ts';

export async function chartJsonDownload(b: ChartBundle) {
  const ds = loadDataset();
  const { model, spec } = b;
  return {
    id: model.id,
    title: model.title,
    subtitle: model.subtitle,
    summary: model.summary,
    spec,
    url: b.registered ? absoluteUrl(routePath(model.locale, { page: 'chart', id: model.id })) : null,
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); data credited to its publishers',
    notes: model.notes,
    sources: model.sources.map((id) => sourceCitation(ds, id)),
    rows: model.records,
  };
}
