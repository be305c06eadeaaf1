/**
 * `npm run build`: the chart pictures (scripts/predraw-charts.ts, two worker threads), then `astro build` on this
 * (pinned) Node, then the search index (src/integrations/pagefind.ts) once Astro's process has exited, so that the two large processes never hold memory at the same time (a plain
 * `astro build` indexes in its build:done hook instead). Extra arguments go to Astro, e.g.
 * `npm run build -- --outDir dist-base`. The test runner and the benchmarks run this same script.
 *
 * BUILD_HEAP_MB caps the Node heap of the build (default 1024; 0 for V8's own limit, as `npm run bench:scale`
 * builds). V8 sizes its heap from the machine's memory and collects lazily; a cap makes it collect sooner.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, INDEX_AFTER_BUILD } from '../src/integrations/pagefind.ts';
import { predrawCharts } from './predraw-charts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const ASTRO_BIN = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** Node's flags for a heap cap of `setting` MB (BUILD_HEAP_MB): 1024 when unset, none for 0. */
export function heapFlags(setting: string | undefined): string[] {
  const mb = setting === undefined || setting === '' ? 1024 : Number(setting);
  if (!Number.isInteger(mb) || mb < 0) throw new Error(`BUILD_HEAP_MB must be a whole number of megabytes (0 for no cap), not "${setting}"`);
  return mb ? [`--max-old-space-size=${mb}`] : [];
}

/** Where `astro build` writes with these arguments: its --outDir, else dist/ (astro.config.mjs sets none). */
export function outDirOf(args: string[], cwd: string): string {
  const i = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  const value = i < 0 ? 'dist' : args[i]!.includes('=') ? args[i]!.slice('--outDir='.length) : args[i + 1];
  if (!value) throw new Error('--outDir needs a folder');
  return path.resolve(cwd, value);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  // Chart pictures first, two at a time in worker threads: Astro then reads them from the cache.
  const chartLine = (text: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [chart-images] ${text}`);
  await predrawCharts(undefined, chartLine);
  const astro = spawnSync(process.execPath, [...heapFlags(process.env['BUILD_HEAP_MB']), ASTRO_BIN, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, [INDEX_AFTER_BUILD]: '1' },
  });
  if (astro.status !== 0) process.exit(astro.status ?? 1);
  const line = (level: string) => (text: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [search-index]${level} ${text}`);
  await buildSearchIndex(outDirOf(args, process.cwd()), { info: line(''), warn: line(' warning:') });
}
