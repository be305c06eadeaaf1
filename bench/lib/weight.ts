/**
 * What a page loads, in bytes: raw, gzip (zlib default level 6, what hosts use on the fly) and brotli (quality 11,
 * node:zlib's default, what a host serving pre-compressed files uses).
 *
 * Found statically from the built files:
 * - html: the page itself (inline <script> and <style> included);
 * - css: <link rel=stylesheet> and their @import;
 * - js: <script src>, <link rel=modulepreload>, and the modules they import statically (`import"./x.js"`,
 *   `from"./x.js"`); inline scripts are counted in `inlineJs` (they are also part of the HTML bytes);
 * - js-lazy: modules reached by `import("./x.js")` from those (e.g. Chart.js, loaded when a chart scrolls into
 *   view), with their own static imports; a dynamic import whose target is computed at run time (Pagefind's
 *   `${bundle}pagefind.js`) cannot be followed statically and is measured in the browser instead;
 * - font: files named by @font-face in those stylesheets (the first url() of each src, the one a modern browser
 *   takes). The browser downloads a face only when the page's text needs its weight and unicode-range, so this
 *   is an upper bound; `browser` below says what Chromium really fetched;
 * - image: <img src>, and the favicon (<link rel=icon>), which the browser fetches for every page.
 *
 * Checked in Chromium too (`browserRequests`): the page is loaded and scrolled to the bottom so lazy charts load;
 * every request to the site is mapped back to its built file. A request that static analysis missed is reported.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { scanTags } from '../../tests/lib/html.ts';
import { pageScripts, resolveRef } from '../../tests/lib/page-scripts.ts';
import type { DistSite } from '../../tests/lib/dist-site.ts';

export type Kind = 'html' | 'css' | 'js' | 'js-lazy' | 'font' | 'image' | 'other';

export interface Sizes {
  raw: number;
  gzip: number;
  br: number;
}

export interface Asset extends Sizes {
  kind: Kind;
  /** Path in the build, relative to its root. */
  file: string;
}

export interface StaticWeight {
  file: string;
  /** The <html data-js-page> value, or null for a text page. */
  jsPage: string | null;
  assets: Asset[];
  inlineJs: Sizes;
  /** Referenced but absent from the build. */
  missing: string[];
  /** Dynamic imports with a computed target, as written. */
  unresolvedDynamic: string[];
}

const cache = new Map<string, Sizes>();

export function sizesOf(buffer: Buffer | string): Sizes {
  const data = typeof buffer === 'string' ? Buffer.from(buffer) : buffer;
  return { raw: data.length, gzip: gzipSync(data).length, br: brotliCompressSync(data).length };
}

export function fileSizes(site: DistSite, file: string): Sizes {
  const full = path.join(site.root, file);
  let sizes = cache.get(full);
  if (!sizes) {
    sizes = sizesOf(readFileSync(full));
    cache.set(full, sizes);
  }
  return sizes;
}

export function sum(items: readonly Sizes[]): Sizes {
  return items.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br }), { raw: 0, gzip: 0, br: 0 });
}

export function measureStatic(site: DistSite, file: string): StaticWeight {
  const html = site.read(file);
  const tags = scanTags(html);
  const pageUrl = new URL(site.urlPathOf(file), 'http://site.invalid');
  const missing: string[] = [];
  const assets = new Map<string, Asset>();

  const resolve = (ref: string, from: URL): string | null => {
    const target = resolveRef(site, ref, from);
    if (!target) return null;
    if ('error' in target) {
      missing.push(`${ref} (${target.error})`);
      return null;
    }
    return target.file;
  };
  const add = (kind: Kind, f: string | null) => {
    if (f && !assets.has(f)) assets.set(f, { kind, file: f, ...fileSizes(site, f) });
  };

  add('html', file);
  // Static imports first (they load with the page), then what is only reached lazily.
  const scripts = pageScripts(site, file, tags);
  missing.push(...scripts.missing);
  for (const m of scripts.modules) add(m.lazy ? 'js-lazy' : 'js', m.file);
  const inline = scripts.inline.join('');
  const cssQueue: string[] = [];
  for (const tag of tags) {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = tag.attrs.get('href');
    if (tag.name === 'link' && href && rel.includes('stylesheet')) {
      const f = resolve(href, pageUrl);
      if (f) cssQueue.push(f);
    }
    if (tag.name === 'img' && tag.attrs.get('src')) add('image', resolve(tag.attrs.get('src')!, pageUrl));
    // The favicon: fetched by every page (once per site in practice).
    if (tag.name === 'link' && href && rel.includes('icon')) add('image', resolve(href, pageUrl));
    if (tag.name === 'link' && href && rel.includes('preload') && tag.attrs.get('as') === 'font') add('font', resolve(href, pageUrl));
  }

  const cssSeen = new Set<string>();
  for (let f = cssQueue.shift(); f !== undefined; f = cssQueue.shift()) {
    if (cssSeen.has(f)) continue;
    cssSeen.add(f);
    add('css', f);
    const css = site.read(f);
    const cssUrl = new URL(site.urlPathOf(f), pageUrl);
    for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)) {
      const imported = resolve(m[1]!, cssUrl);
      if (imported) cssQueue.push(imported);
    }
    for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const src = /src\s*:\s*([^;}]+)/.exec(block[1]!)?.[1] ?? '';
      const first = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(src)?.[1];
      if (first) add('font', resolve(first, cssUrl));
    }
  }
  for (const tag of tags.filter((t) => t.name === 'style')) {
    for (const m of (tag.text ?? '').matchAll(/url\(\s*["']?([^"')]+\.woff2?)["']?\s*\)/g)) add('font', resolve(m[1]!, pageUrl));
  }

  const jsPage = tags.find((t) => t.name === 'html')?.attrs.get('data-js-page');
  return { file, jsPage: jsPage === undefined ? null : jsPage || 'js', assets: [...assets.values()], inlineJs: sizesOf(inline), missing, unresolvedDynamic: scripts.unresolvedDynamic };
}

export function totals(w: StaticWeight): Record<Kind, Sizes> {
  const kinds: Kind[] = ['html', 'css', 'js', 'js-lazy', 'font', 'image', 'other'];
  return Object.fromEntries(kinds.map((k) => [k, sum(w.assets.filter((a) => a.kind === k))])) as Record<Kind, Sizes>;
}

// --- In the browser ----------------------------------------------------------------------------------------

export interface BrowserRequest {
  /** Path in the build, or the URL when it is not a file of the build. */
  file: string;
  resourceType: string;
  status: number;
  /** Bytes of the response body as received (the bench server does not compress). */
  bodyBytes: number;
}

/** Loads a page (at `viewport`, else the context's), scrolls through it so lazy parts load, waits for the network to settle; lists what it fetched. */
export async function browserRequests(context: BrowserContext, site: DistSite, url: string, viewport?: { width: number; height: number }): Promise<BrowserRequest[]> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const requests: BrowserRequest[] = [];
  let inFlight = 0;
  let last = Date.now();
  page.on('request', () => {
    inFlight++;
    last = Date.now();
  });
  const done = async (request: import('playwright-core').Request, failed: boolean) => {
    inFlight--;
    last = Date.now();
    const response = failed ? null : await request.response().catch(() => null);
    const sizes = failed ? null : await request.sizes().catch(() => null);
    const u = new URL(request.url());
    const target = u.protocol.startsWith('http') ? site.resolvePath(decodeURIComponent(u.pathname)) : { error: '' };
    requests.push({ file: 'file' in target ? target.file : request.url(), resourceType: request.resourceType(), status: response?.status() ?? 0, bodyBytes: sizes?.responseBodySize ?? 0 });
  };
  page.on('requestfinished', (r) => void done(r, false));
  page.on('requestfailed', (r) => void done(r, true));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (let y = 0; y < document.documentElement.scrollHeight && y < 200_000; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
      }
      window.scrollTo(0, document.documentElement.scrollHeight);
      await frame();
    });
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - last < 500)) await new Promise((r) => setTimeout(r, 50));
  } finally {
    await page.close();
  }
  return requests;
}

/** A built file's kind, from its name and the browser's resource type. */
export function kindOf(file: string, resourceType: string): Kind {
  if (resourceType === 'document' || file.endsWith('.html')) return 'html';
  if (resourceType === 'stylesheet' || file.endsWith('.css')) return 'css';
  if (resourceType === 'script' || /\.m?js$/.test(file)) return 'js';
  if (resourceType === 'font' || /\.woff2?$/.test(file)) return 'font';
  if (resourceType === 'image' || /\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(file)) return 'image';
  return 'other';
}
