/**
 * `npm run build`: `astro build` on this (pinned) Node, which also writes the search index (in its build:done
 * hook, src/integrations/pagefind.ts). Extra arguments go to Astro, e.g. `npm run build -- --outDir dist-base`.
 * The test runner and the benchmarks run this same script.
 *
 * BUILD_HEAP_MB caps the Node heap of the build (default 1024; 0 for V8's own limit, as `npm run bench:scale`
 * builds). V8 sizes its heap from the machine's memory and collects lazily; a cap makes it collect sooner.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ASTRO_BIN = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** Node's flags for a heap cap of `setting` MB (BUILD_HEAP_MB): 1024 when unset, none for 0. */
export function heapFlags(setting: string | undefined): string[] {
  const mb = setting === undefined || setting === '' ? 1024 : Number(setting);
  if (!Number.isInteger(mb) || mb < 0) throw new Error(`BUILD_HEAP_MB must be a whole number of megabytes (0 for no cap), not "${setting}"`);
  return mb ? [`--max-old-space-size=${mb}`] : [];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const astro = spawnSync(process.execPath, [...heapFlags(process.env['BUILD_HEAP_MB']), ASTRO_BIN, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(astro.status ?? 1);
}
