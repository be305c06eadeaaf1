/** getStaticPaths helpers for chart files and pages, shared by the vi and en routes. */
import type { Locale } from '../../i18n/index.ts';
import { allChartSpecs, chartBundle, registeredCharts } from './registry.ts';
import { chartImageCached, contentTypeOf, type ChartImageAsset } from './image-cache.ts';
import { toCsv } from './csv.ts';
import { chartJsonDownload } from './json-download.ts';
import { chartXlsx } from './xlsx.ts';
import type { ChartBundle } from './registry.ts';
import { absoluteUrl } from '../urls.ts';
import { routePath } from '../routes.ts';
import { currentEdition, loadDataset } from '../dataset.ts';

/** One path per chart the site draws (registered and templated), for its PNG, CSV and JSON. */
export async function chartFilePaths(locale: Locale) {
  const all = await allChartSpecs();
  return all.map(({ spec, registered }) => ({ params: { id: spec.id }, props: { spec, registered, locale } }));
}

/** The vector file, like the permalink, exists for registered charts only (the ones with a chart page). */
export async function registeredChartFilePaths(locale: Locale) {
  return registeredCharts().map((spec) => ({ params: { id: spec.id }, props: { spec, registered: true, locale } }));
}

/** Permalink and embed pages exist for registered charts only. */
export async function registeredChartPaths(locale: Locale) {
  const specs = registeredCharts();
  return Promise.all(specs.map(async (spec) => ({ params: { id: spec.id }, props: { bundle: await chartBundle(spec, locale, true) } })));
}

type FileProps = { spec: Awaited<ReturnType<typeof allChartSpecs>>[number]['spec']; registered: boolean; locale: Locale };

/** A GET handler for one of a chart's picture files. */
export function chartPicture(asset: ChartImageAsset) {
  return async ({ props }: { props: FileProps }): Promise<Response> => {
    const b = await chartBundle(props.spec, props.locale, props.registered);
    return new Response(new Uint8Array(chartImageCached(b.model, b.frame, asset)), { headers: { 'Content-Type': contentTypeOf(asset) } });
  };
}

export const chartPng = chartPicture('png');
export const chartWebp = chartPicture('webp');
export const chartPhoneWebp = chartPicture('phone.webp');
export const chartSvg = chartPicture('svg');

export async function chartCsv({ props }: { props: FileProps }): Promise<Response> {
  const b = await chartBundle(props.spec, props.locale, props.registered);
  return new Response(toCsv(b.model.records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** A registered chart's permalink; a templated chart has none. */
const permalink = (b: ChartBundle) => (b.registered ? absoluteUrl(routePath(b.model.locale, { page: 'chart', id: b.model.id })) : null);

export async function chartJson({ props }: { props: FileProps }): Promise<Response> {
  const b = await chartBundle(props.spec, props.locale, props.registered);
  const body = chartJsonDownload(b.model, b.spec, permalink(b), currentEdition(loadDataset()).id);
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function chartXlsxFile({ props }: { props: FileProps }): Promise<Response> {
  const b = await chartBundle(props.spec, props.locale, props.registered);
  const url = permalink(b) ?? absoluteUrl(routePath(b.model.locale, { page: 'home' }));
  return new Response(await chartXlsx(b.model, { url, edition: currentEdition(loadDataset()).id }), { headers: { 'Content-Type': XLSX_TYPE } });
}
