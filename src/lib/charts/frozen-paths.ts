/**
 * Paths for versioned embeds: one page per frozen chart of each published edition, and its files (PNG, CSV, JSON,
 * XLSX) beside it, all re-rendered by the current code from the edition's frozen points (content/snapshots).
 */
import type { Locale } from '../../i18n/index.ts';
import { frozenDataSource } from './snapshots.ts';
import { imageSize, type ImageFrame } from './image.ts';
import { absoluteUrl } from '../urls.ts';
import { routePath } from '../routes.ts';
import { chartImageCached } from './image-cache.ts';
import { buildChartModel, type ChartModel } from './model.ts';
import type { ChartSpec } from './spec.ts';
import { loadDataset } from '../dataset.ts';
import { chartDataSource } from './data-source.ts';
import { toCsv } from './csv.ts';
import { chartJsonDownload } from './json-download.ts';
import { chartXlsx } from './xlsx.ts';
import { XLSX_TYPE } from './pages.ts';

function frameFor(model: ChartModel): ImageFrame {
  return { licenceLine: `CC BY 4.0 · ${absoluteUrl(routePath(model.locale, { page: 'chart', id: model.id }))}` };
}

export interface FrozenProps {
  edition: string;
  /** The edition's title in the page's language. */
  editionTitle: string;
  spec: ChartSpec;
  model: ChartModel;
  image: { width: number; height: number };
}

type FrozenPath = { params: { edition: string; id: string }; props: FrozenProps };
const built = new Map<Locale, FrozenPath[]>();

/** Each frozen chart's model, drawn by the current code from the edition's points (once per locale: chart pages ask too). */
export async function frozenPaths(locale: Locale): Promise<FrozenPath[]> {
  if (!built.has(locale)) built.set(locale, buildFrozenPaths(locale));
  // A fresh list each time: Astro keeps each route's paths, and must not share one list between routes.
  return built.get(locale)!.map(({ params, props }) => ({ params: { ...params }, props }));
}

function buildFrozenPaths(locale: Locale): FrozenPath[] {
  const ds = loadDataset();
  const live = chartDataSource(ds);
  return [...ds.snapshots.values()].flatMap(({ edition, charts }) => {
    const e = ds.editions.find((x) => x.id === edition)!;
    return Object.values(charts).map((chart) => {
      const model = buildChartModel(frozenDataSource(live, chart), chart.spec, locale);
      return {
        params: { edition, id: model.id },
        props: { edition, editionTitle: locale === 'vi' ? e.title_vi : e.title_en, spec: chart.spec, model, image: imageSize(model, frameFor(model)) },
      };
    });
  });
}

type Ctx = { props: FrozenProps };
const embedAddress = ({ props: p }: Ctx) => absoluteUrl(routePath(p.model.locale, { page: 'embed', id: p.model.id, edition: p.edition }));

export function frozenPng({ props }: Ctx): Response {
  return new Response(new Uint8Array(chartImageCached(props.model, frameFor(props.model), 'png')), { headers: { 'Content-Type': 'image/png' } });
}

export function frozenCsv({ props }: Ctx): Response {
  return new Response(toCsv(props.model.records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function frozenJson(ctx: Ctx): Response {
  const { model, spec, edition } = ctx.props;
  return new Response(JSON.stringify(chartJsonDownload(model, spec, embedAddress(ctx), edition), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export async function frozenXlsx(ctx: Ctx): Promise<Response> {
  const { model, edition } = ctx.props;
  return new Response(await chartXlsx(model, { url: embedAddress(ctx), edition }), { headers: { 'Content-Type': XLSX_TYPE } });
}
