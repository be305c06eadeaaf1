/**
 * The Pagefind search index, built from the written site through Pagefind's Node API.
 * One index per language comes from each page's <html lang>; only elements marked data-pagefind-body are indexed,
 * so embed pages (which have no such element) stay out. The word index is then cut into smaller chunks
 * (pagefind-chunks.ts), so a query downloads little more than the words it asks for.
 *
 * `npm run build` (scripts/build.ts) indexes after `astro build` has exited, so that Pagefind's indexing process
 * does not run beside Astro's: on large sites each needs about 2 GB. A plain `astro build` indexes in its
 * build:done hook instead, so that the site it writes always has its search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { rechunkPagefindBundle } from './pagefind-chunks.ts';

/** Set to "1" by scripts/build.ts, which indexes the site itself once Astro has exited. */
export const INDEX_AFTER_BUILD = 'SEARCH_INDEX_AFTER_BUILD';

/** Indexes the built site in `root` into `root/pagefind/`; throws with Pagefind's own errors. */
export async function buildSearchIndex(root: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: root });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const bundle = `${root.replace(/\/$/, '')}/pagefind`;
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const r of rechunkPagefindBundle(bundle)) {
    log(`${r.language}: ${r.words} words re-split from ${r.chunksBefore} index chunks (largest ${r.largestBefore} B) into ${r.chunksAfter} (largest ${r.largestAfter} B)`);
  }
  // bench/lib/build.ts reads this line for the indexing time.
  log(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD] === '1') {
          logger.info('search index: built next, once Astro has exited (scripts/build.ts)');
          return;
        }
        await buildSearchIndex(fileURLToPath(dir), (line) => logger.info(line));
      },
    },
  };
}
