/**
 * Draws every chart picture before Astro renders pages (Astro renders one page at a time): a pool of worker
 * threads fills the image cache (src/lib/charts/image-cache.ts), keyed by a hash of the model, the frame and the
 * renderer's own files, so the build then only reads files. A picture already in the cache is not redrawn.
 * Run by scripts/build.ts; `node scripts/predraw-charts.ts` alone works too. CHART_WORKERS sets the pool (default 2).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadDataset } from '../src/lib/dataset.ts';
import { chartDataSource } from '../src/lib/charts/data-source.ts';
import { buildChartModel } from '../src/lib/charts/model.ts';
import { allChartSpecs, chartFrame, chartHome } from '../src/lib/charts/registry.ts';
import { cacheFile, chartImageCached, currentKey, type ChartImageAsset } from '../src/lib/charts/image-cache.ts';
import { siteOrigin, basePath } from '../src/lib/deploy-env.ts';
import { LOCALES, type Locale } from '../src/i18n/index.ts';

interface Job {
  locale: Locale;
  id: string;
  registered: boolean;
  assets: ChartImageAsset[];
}

/** The same absolute URL absoluteUrl() gives inside Astro, from SITE_URL and BASE_PATH. */
function homeUrl(where: string): string {
  return new URL(basePath(process.env['BASE_PATH']) + where.replace(/^\/+/, ''), siteOrigin(process.env['SITE_URL'])).href;
}

async function jobs(): Promise<{ job: Job; done: boolean }[]> {
  const data = chartDataSource(loadDataset());
  const specs = await allChartSpecs();
  return LOCALES.flatMap((locale) =>
    specs.map(({ spec, registered }) => {
      const assets: ChartImageAsset[] = ['png', 'phone.webp', ...(registered ? (['svg'] as const) : [])];
      const key = currentKey(buildChartModel(data, spec, locale), chartFrame(homeUrl(chartHome(spec, locale, registered))));
      const done = assets.every((a) => existsSync(cacheFile(key, a)));
      return { job: { locale, id: spec.id, registered, assets }, done };
    }),
  );
}

async function work(): Promise<void> {
  const data = chartDataSource(loadDataset());
  const specs = new Map((await allChartSpecs()).map((s) => [s.spec.id, s.spec]));
  parentPort!.on('message', (job: Job | null) => {
    if (!job) return process.exit(0);
    const spec = specs.get(job.id)!;
    const model = buildChartModel(data, spec, job.locale);
    const frame = chartFrame(homeUrl(chartHome(spec, job.locale, job.registered)));
    for (const asset of job.assets) chartImageCached(model, frame, asset);
    parentPort!.postMessage('done');
  });
  parentPort!.postMessage('ready');
}

export async function predrawCharts(workers = Number(process.env['CHART_WORKERS'] || 2), log: (text: string) => void = console.log): Promise<void> {
  const started = Date.now();
  const all = await jobs();
  const queue = all.filter((j) => !j.done).map((j) => j.job);
  log(`${all.length - queue.length} of ${all.length} charts already drawn; drawing ${queue.length} with ${Math.min(workers, queue.length)} workers`);
  await Promise.all(
    Array.from({ length: Math.min(workers, queue.length) }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { worker: true } });
        worker.on('message', () => {
          const next = queue.shift();
          worker.postMessage(next ?? null);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`chart worker exited with code ${code}`))));
      }),
    ),
  );
  log(`charts drawn in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (!isMainThread && (workerData as { worker?: boolean } | undefined)?.worker) {
  await work();
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await predrawCharts();
}
