/**
 * Which charts exist: the registry (content/data/charts.json: charts with a permalink and an embed)
 * plus the charts every province page builds from a template. Each becomes a model through buildChartModel.
 */
import type { Locale } from '../../i18n/index.ts';
import { loadDataset } from '../dataset.ts';
import { chartDataSource, provinceSlugsWithResults } from './data-source.ts';
import { buildChartModel, type ChartModel } from './model.ts';
import { chartSpecSchema, type ChartSpec } from './spec.ts';
import { imageSize, type ImageFrame } from './image.ts';
import { absoluteUrl } from '../urls.ts';
import { routePath } from '../routes.ts';

/** The registered charts, validated with the dataset (ids unique, cross-references exist). */
export function registeredCharts(): ChartSpec[] {
  return [...loadDataset().charts.values()];
}

/** The charts on a province page, built from a template so that every province gets the same set. */
export function provinceChartSpecs(slug: string): ChartSpec[] {
  const make = (s: Omit<ChartSpec, 'compare'> & { compare?: ChartSpec['compare'] }) => chartSpecSchema.parse(s);
  return [
    make({ id: `tinh-${slug}-papi-diem`, kind: 'line', index: 'papi', measures: ['total'], provinces: [slug], years: { from: 2011, to: 2024 }, compare: ['national-mean'], featured: slug }),
    make({ id: `tinh-${slug}-pci-diem`, kind: 'line', index: 'pci', measures: ['total'], provinces: [slug], years: { from: 2005, to: 2021 }, compare: ['national-mean'], featured: slug }),
  ];
}

export interface ChartBundle {
  spec: ChartSpec;
  model: ChartModel;
  frame: ImageFrame;
  /** CSS size of the wide picture, and of the phone picture the page serves to narrow screens. */
  image: { width: number; height: number; phone?: { width: number; height: number } };
  registered: boolean;
}

/** The page an image names as its home: the chart's own page, or the site's home for a template chart. */
export function chartHome(spec: ChartSpec, locale: Locale, registered: boolean): string {
  return registered ? routePath(locale, { page: 'chart', id: spec.id }) : routePath(locale, { page: 'home' });
}

/** The frame an image carries besides the model (the pre-draw step builds the same one outside Astro). */
export function chartFrame(homeUrl: string): ImageFrame {
  return { licenceLine: `CC BY 4.0 · ${homeUrl}` };
}

export async function chartBundle(spec: ChartSpec, locale: Locale, registered: boolean): Promise<ChartBundle> {
  const ds = chartDataSource(loadDataset());
  let model: ChartModel;
  try {
    model = buildChartModel(ds, spec, locale);
  } catch (e) {
    throw new Error(`Chart "${spec.id}" (${registered ? 'content/data/charts.json' : 'province template'}): ${(e as Error).message}`);
  }
  const frame = chartFrame(absoluteUrl(chartHome(spec, locale, registered)));
  return { spec, model, frame, image: { ...imageSize(model, frame), phone: imageSize(model, frame, 'phone') }, registered };
}

/** Every chart the site draws: registered ones and every province's template charts. */
export async function allChartSpecs(): Promise<{ spec: ChartSpec; registered: boolean }[]> {
  const registered = registeredCharts().map((spec) => ({ spec, registered: true }));
  const ds = loadDataset();
  const provinces = provinceSlugsWithResults(ds);
  const templated = provinces.flatMap((slug) => provinceChartSpecs(slug).map((spec) => ({ spec, registered: false })));
  const ids = new Set<string>();
  for (const { spec } of [...registered, ...templated]) {
    if (ids.has(spec.id)) throw new Error(`Chart id "${spec.id}" is used twice (content/data/charts.json or a province template)`);
    ids.add(spec.id);
  }
  return [...registered, ...templated];
}

