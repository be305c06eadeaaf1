/**
 * The Pagefind search index, built from the written site through Pagefind's Node API.
 * One index per language comes from each page's <html lang>; only elements marked data-pagefind-body are indexed,
 * so embed pages (which have no such element) stay out. A large site is indexed in parts of PAGES_PER_RUN pages,
 * each by a Pagefind process of its own, and the parts are joined into one index whose word list is cut into
 * small chunks (pagefind-chunks.ts), so a query downloads little more than the words it asks for.
 *
 * `npm run build` (scripts/build.ts) indexes after `astro build` has exited, so that Pagefind's indexing process
 * does not run beside Astro's: at 5,000 articles Astro's needs about 1.5 GB. A plain `astro build` indexes in its
 * build:done hook instead, so that the site it writes always has its search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { mergePagefindBundles } from './pagefind-chunks.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Set to "1" by scripts/build.ts, which indexes the site itself once Astro has exited. */
export const INDEX_AFTER_BUILD = 'SEARCH_INDEX_AFTER_BUILD';

/** Pages per Pagefind run: Pagefind holds everything it has read until it writes (~0.35 MB per 1,000-word page). */
export const PAGES_PER_RUN = 1000;
/** Files sent to Pagefind at once: enough to keep it busy, without queueing a whole part in its input. */
const FILES_IN_FLIGHT = 32;

/**
 * The pages Pagefind would index (those with a data-pagefind-body element; Pagefind ignores the rest), read once
 * each, in parts of `pagesPerRun`: Node holds one part's HTML at a time.
 */
function* pagesToIndex(root: string, pagesPerRun: number): Generator<{ sourcePath: string; content: string }[]> {
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('pagefind')).sort();
  let part: { sourcePath: string; content: string }[] = [];
  for (const file of files) {
    const content = readFileSync(path.join(root, file), 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    part.push({ sourcePath: file.split(path.sep).join('/'), content });
    if (part.length === pagesPerRun) {
      yield part;
      part = [];
    }
  }
  if (part.length) yield part;
}

/** Indexes the built site in `root` into `root/pagefind/`; throws with Pagefind's own errors. */
export async function buildSearchIndex(root: string, log: (line: string) => void, options: { pagesPerRun?: number } = {}): Promise<void> {
  const started = performance.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  let pageCount = 0;
  try {
    const parts: string[] = [];
    for (const batch of pagesToIndex(root, options.pagesPerRun ?? PAGES_PER_RUN)) {
      // A fresh Pagefind process per part: its memory is returned when it exits.
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      for (let i = 0; i < batch.length; i += FILES_IN_FLIGHT) {
        const sent = batch.slice(i, i + FILES_IN_FLIGHT);
        const added = await Promise.all(sent.map((file) => index.addHTMLFile(file)));
        const failed = added.flatMap((a, j) => a.errors.map((e) => `${sent[j]!.sourcePath}: ${e}`));
        if (failed.length) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
      }
      const part = path.join(work, String(parts.length));
      const written = await index.writeFiles({ outputPath: part });
      if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
      await pagefind.close();
      parts.push(part);
      pageCount += batch.length;
    }
    if (!parts.length) throw new Error(`${root}: no page has a data-pagefind-body element, so search would find nothing`);
    const bundle = path.join(root, 'pagefind');
    for (const r of mergePagefindBundles(parts, bundle)) {
      log(`${r.language}: ${r.pages} pages from ${r.parts} Pagefind run(s), ${r.words} words re-split from ${r.chunksBefore} index chunks (largest ${r.largestBefore} B) into ${r.chunksAfter} (largest ${r.largestAfter} B)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  // bench/lib/build.ts reads this line for the indexing time.
  log(`indexed ${pageCount} pages in ${Math.round(performance.now() - started)} ms`);
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
