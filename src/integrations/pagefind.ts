/**
 * The Pagefind search index, built from the written site (by scripts/build.ts once Astro has exited, or in Astro's
 * build:done hook for a plain `astro build`), in one run of Pagefind's
 * Node API. One index per language comes from each page's <html lang>; only pages with a data-pagefind-body
 * element are indexed, so embed pages (which have none) stay out. The word index is then cut into smaller chunks
 * (pagefind-chunks.ts), so a query downloads little more than the words it asks for.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { rechunkPagefindBundle } from './pagefind-chunks.ts';

export interface Log {
  info(line: string): void;
  warn(line: string): void;
}

/** Indexes the built site in `root` into `root/pagefind/`; throws with Pagefind's own errors. */
export async function buildSearchIndex(root: string, log: Log): Promise<void> {
  const started = performance.now();
  const bundle = path.join(root, 'pagefind');
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: root });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  if (!pages) throw new Error(`${root}: no page has a data-pagefind-body element, so search would find nothing`);
  rechunkOrKeep(bundle, log);
  // bench/lib/build.ts reads this line for the indexing time.
  log.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
}

/**
 * Re-splits the bundle's word index (pagefind-chunks.ts). On an index it does not read, after a Pagefind upgrade for
 * instance, it keeps Pagefind's own chunks and warns: a search that downloads more is better than no build.
 */
export function rechunkOrKeep(bundle: string, log: Log): void {
  try {
    for (const r of rechunkPagefindBundle(bundle)) {
      log.info(`${r.language}: ${r.words} words re-split from ${r.chunksBefore} index chunks (largest ${r.largestBefore} B) into ${r.chunksAfter} (largest ${r.largestAfter} B)`);
    }
  } catch (error) {
    log.warn(`kept Pagefind's own index chunks: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Set by scripts/build.ts, which indexes after Astro's process has exited (peak memory is then the larger of the two, not their sum). */
export const INDEX_AFTER_BUILD = 'SITE_INDEX_AFTER_BUILD';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD]) logger.info('the search index is built once Astro has exited (scripts/build.ts)');
        else await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
