/** How to cite a chart: a short form for a caption and a full form for a reference list. */
import { ui } from '../../i18n/index.ts';
import { fillTemplate as fill } from '../../i18n/template.ts';
import type { Edition } from '../../data/schemas.ts';
import { formatDate } from '../dates.ts';
import { loadDataset } from '../dataset.ts';
import { sourcePublisher } from './data-source.ts';
import type { ChartModel } from './model.ts';

export async function chartCitation(model: ChartModel, edition: Edition, permalink: string): Promise<{ short: string; full: string }> {
  const t = ui(model.locale);
  const ds = loadDataset();
  const publishers = [...new Set(model.sources.map((id) => sourcePublisher(ds, id)))].join('; ');
  // The full form names the copies we read second, after the publisher.
  const withCopies = [...new Set(model.sources.map((id) => sourcePublisher(ds, id, t.sourcesPage.dataCopy)))].join('; ');
  const year = edition.date.slice(0, 4);
  const values = {
    site: t.siteName,
    year,
    title: model.title,
    url: permalink,
    edition: edition.id,
    date: formatDate(edition.date, model.locale),
    publishers,
  };
  return { short: fill(t.chartPage.citeShortTemplate, values), full: fill(t.chartPage.citeFullTemplate, { ...values, publishers: withCopies }) };
}
