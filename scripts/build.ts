/**
 * `npm run build`: `astro build` on this (pinned) Node with a bounded heap, then the search index.
 * Extra arguments go to Astro, e.g. `npm run build -- --outDir dist-base`. The test runner and the benchmarks
 * run this same script.
 *
 * The index is built here, after Astro's process has exited, rather than in Astro's build:done hook: Pagefind
 * indexes in processes of its own, and the peak of the whole build is then the larger of the two, not their sum
 * (at 5,000 articles about 1.5 GB each; bench/results/scale.md).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, INDEX_AFTER_BUILD } from '../src/integrations/pagefind.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const ASTRO_BIN = path.join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * V8 sizes its heap from the machine's memory and collects lazily; a cap makes it collect sooner. Measured at
 * 5,000 articles it trimmed Node's peak only a little (2.9 → 2.6 GB, bench/results/scale.md): most of a large
 * build's memory is native, outside the JS heap.
 */
const BUILD_NODE_FLAGS = ['--max-old-space-size=1024'];

/** Where `astro build` writes with these arguments: its --outDir, else dist/ (astro.config.mjs sets none). */
export function outDirOf(args: string[], cwd: string): string {
  const i = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  const value = i < 0 ? 'dist' : args[i]!.includes('=') ? args[i]!.slice('--outDir='.length) : args[i + 1];
  if (!value) throw new Error('--outDir needs a folder');
  return path.resolve(cwd, value);
}

async function main(args: string[]): Promise<number> {
  const astro = spawnSync(process.execPath, [...BUILD_NODE_FLAGS, ASTRO_BIN, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, [INDEX_AFTER_BUILD]: '1' },
  });
  if (astro.status !== 0) return astro.status ?? 1;
  const time = () => new Date().toTimeString().slice(0, 8);
  await buildSearchIndex(outDirOf(args, process.cwd()), (line) => console.log(`${time()} [search-index] ${line}`));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await main(process.argv.slice(2)));
}
