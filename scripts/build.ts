/**
 * `npm run build`: `astro build` on this (pinned) Node with a bounded heap. Extra arguments go to Astro,
 * e.g. `npm run build -- --outDir dist-base`. The test runner and the benchmarks build the same way.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ASTRO_BIN = path.join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * V8 sizes its heap from the machine's memory and collects lazily; a cap makes it collect sooner. Measured at
 * 5,000 articles it trimmed Node's peak only a little (2.9 → 2.6 GB, bench/results/scale.md): most of a large
 * build's memory is outside the JS heap and in Pagefind's own indexing process.
 */
export const BUILD_NODE_FLAGS = ['--max-old-space-size=1024'];

/** The argv (after the Node binary) of `astro build` with these flags. */
export function astroBuildArgs(extra: string[] = []): string[] {
  return [...BUILD_NODE_FLAGS, ASTRO_BIN, 'build', ...extra];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = spawnSync(process.execPath, astroBuildArgs(process.argv.slice(2)), { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
