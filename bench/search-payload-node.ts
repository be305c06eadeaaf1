/**
 * The Pagefind payload of the bench's typical queries without a browser: Pagefind's own pagefind.js run in Node
 * against a built site served by scripts/serve.ts, with the search page's options and query handling
 * (src/scripts/search-page.ts: d/đ variants, merged by score, the first five results' fragments). Every /pagefind/
 * request is sized as bench/lib/search.ts sizes it (what a host that gzips on the fly sends). On the site of
 * 4ebea26 it gives the same figures as the Chromium bench. Used where Chromium is missing, and to compare indexes:
 *
 *   npx node bench/search-payload-node.ts <built site folder> [label]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../scripts/serve.ts';
import { mergeByScore, normaliseQuery, queryVariants } from '../src/lib/search-query.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { id: string; score: number; data(): Promise<unknown> }[] } | null>;
}

const [dist, label = dist] = process.argv.slice(2);
if (!dist) throw new Error('usage: npx node bench/search-payload-node.ts <built site folder> [label]');
/** bench/run.ts's TYPICAL_QUERIES. */
const QUERIES = ['cai cach hanh chinh', 'danh gia', 'PAPI', 'Hà Nam', 'dich vu cong', 'thu tuc hanh chinh', '"một cửa"', 'SIPAS 2023'];

const server = await startServer({ root: dist, port: 0 });
// Pagefind picks the index from <html lang>: the search page /tim-kiem/ is Vietnamese.
(globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => 'vi' }) };
let requested: string[] = [];
const realFetch = globalThis.fetch;
globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.pathname.startsWith('/pagefind/')) requested.push(url.pathname.slice(1));
  return realFetch(input, init);
}) as typeof fetch;

const sent = (file: string) => {
  const data = readFileSync(path.join(dist, file));
  return data[0] === 0x1f && data[1] === 0x8b ? data.length : Math.min(data.length, gzipSync(data).length);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const totals: number[] = [];
console.log('| query | total | engine (pagefind.js, WebAssembly, metadata) | index chunks | result fragments | results shown |\n| --- | --- | --- | --- | --- | --- |');
try {
  for (const [run, raw] of QUERIES.entries()) {
    // A fresh pagefind.js for every query, as a page load gets; the page itself loads pagefind.js.
    requested = ['pagefind/pagefind.js'];
    const pf = (await import(`${pathToFileURL(path.join(dist, 'pagefind/pagefind.js')).href}?run=${run}`)) as Pagefind;
    await pf.options({ basePath: `${server.origin}/pagefind/`, baseUrl: '/', excerptLength: 24, noWorker: true, ranking: { pageLength: 0.5 } });
    await pf.init();
    const lists = await Promise.all(queryVariants(normaliseQuery(raw)).map(async (q) => (await pf.search(q))?.results ?? []));
    const shown = mergeByScore(lists).slice(0, 5);
    await Promise.all(shown.map((r) => r.data()));
    const files = [...new Set(requested)];
    const sum = (list: string[]) => list.reduce((n, f) => n + sent(f), 0);
    const chunks = files.filter((f) => f.includes('/index/'));
    const fragments = files.filter((f) => f.includes('/fragment/'));
    totals.push(sum(files));
    console.log(`| ${raw} | ${kb(sum(files))} | ${kb(sum(files) - sum(chunks) - sum(fragments))} | ${kb(sum(chunks))} in ${chunks.length} | ${kb(sum(fragments))} in ${fragments.length} | ${shown.length} |`);
  }
} finally {
  await server.close();
}
const sorted = [...totals].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
console.log(`\n${label}: median ${kb(median)} over ${totals.length} queries, ${totals.filter((t) => t <= 100 * 1024).length} within 100 KB`);
