/** The JSON download: the chart's tidy rows (the CSV's columns) with everything needed to cite and re-draw them. */
import type { ChartModel } from './model.ts';
import type { ChartSpec } from './spec.ts';
import { loadDataset } from '../dataset.ts';
import { sourceCitation } from './data-source.ts';
import { chartRowObjects } from './csv.ts';

export function chartJsonDownload(model: ChartModel, spec: ChartSpec, url: string | null, edition: string) {
  const ds = loadDataset();
  return {
    id: model.id,
    title: model.title,
    subtitle: model.subtitle,
    summary: model.summary,
    spec,
    url,
    edition,
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) for the presentation and compilation; the figures belong to their publishers (see sources)',
    notes: model.notes,
    sources: model.sources.map((id) => sourceCitation(ds, id)),
    rows: chartRowObjects(model.records),
  };
}
