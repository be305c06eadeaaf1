/**
 * Byte budgets per page, measured on the built files (deterministic: no browser, no network).
 * The table is in README.md under "Byte budgets"; keep the two in step.
 *
 * - A page is a "JS page" when its <html> has data-js-page (its value names the kind: chart, search, ranking …);
 *   every other page is a "text page".
 * - JavaScript is counted RAW for text pages (strict: 1 KB is already tiny, and compression flatters small files)
 *   and gzip-compressed for JS pages. It is every executable script: inline ones, <script src>, modulepreloads,
 *   and every module they import, statically or dynamically (lazy code still ships).
 * - HTML + CSS is the gzip size (zlib's default level, what hosts use on the fly) of the page plus each
 *   stylesheet it links, and each @import in them: what must arrive before the first paint. 14 KB is what the
 *   first round trip of a new connection carries.
 * - Fonts: distinct font-weight values declared by @font-face in those stylesheets.
 */
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { scanTags } from './html.ts';
import { pageScripts } from './page-scripts.ts';
import type { DistSite } from './dist-site.ts';

export const BUDGETS = {
  text: { jsBytes: 1024, htmlCssGzip: 14 * 1024 },
  js: { jsGzip: 100 * 1024, htmlCssGzip: 14 * 1024 },
  fontWeights: 2,
} as const;

export interface PageWeight {
  file: string;
  /** "text", or the data-js-page value ("chart", "search" …; "js" when it is empty). */
  type: string;
  jsRaw: number;
  jsGzip: number;
  htmlCssGzip: number;
  fontWeights: string[];
  /** Referenced files missing from the build. */
  missing: string[];
}

const gz = (text: string | Buffer) => gzipSync(text).length;

export function measurePage(site: DistSite, file: string): PageWeight {
  const html = site.read(file);
  const tags = scanTags(html);
  const pageUrl = new URL(site.urlPathOf(file), 'http://site.invalid');
  const missing: string[] = [];
  const htmlTag = tags.find((t) => t.name === 'html');
  const jsPage = htmlTag?.attrs.get('data-js-page');

  /** A URL in the page → its file in the build, or null (noted in `missing`) for internal URLs that are not there. */
  const fileOf = (ref: string, from: URL): string | null => {
    const url = new URL(ref, from);
    if (url.origin !== from.origin && !site.isInternal(url)) return null; // another host: the CSP gate reports it
    const target = site.resolvePath(url.pathname);
    if ('error' in target) {
      missing.push(`${ref} (${target.error})`);
      return null;
    }
    return target.file;
  };

  // JavaScript: inline scripts, then script files and every module they import.
  const scripts = pageScripts(site, file, tags);
  missing.push(...scripts.missing);
  const code = [...scripts.inline, ...scripts.modules.map((m) => site.read(m.file))];
  const jsRaw = code.reduce((n, c) => n + Buffer.byteLength(c), 0);
  const jsGzip = code.reduce((n, c) => n + gz(c), 0);

  // HTML + CSS before the first paint; fonts from the same stylesheets.
  let htmlCssGzip = gz(html);
  const weights = new Set<string>();
  const cssQueue = tags
    .filter((t) => t.name === 'link' && /(^|\s)stylesheet(\s|$)/.test(t.attrs.get('rel') ?? '') && t.attrs.get('href'))
    .map((t) => fileOf(t.attrs.get('href')!, pageUrl))
    .filter((f): f is string => f !== null);
  const cssSeen = new Set<string>();
  const inlineCss = tags.filter((t) => t.name === 'style').map((t) => t.text ?? '');
  inlineCss.forEach((css) => collectWeights(css, weights));
  for (let f = cssQueue.shift(); f !== undefined; f = cssQueue.shift()) {
    if (cssSeen.has(f)) continue;
    cssSeen.add(f);
    const css = site.read(f);
    htmlCssGzip += gz(css);
    collectWeights(css, weights);
    const cssUrl = new URL(site.urlPathOf(f), pageUrl);
    for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)) {
      const imported = fileOf(m[1]!, cssUrl);
      if (imported) cssQueue.push(imported);
    }
  }

  return {
    file,
    type: jsPage === undefined ? 'text' : jsPage || 'js',
    jsRaw,
    jsGzip,
    htmlCssGzip,
    fontWeights: [...weights].sort(),
    missing,
  };
}

function collectWeights(css: string, weights: Set<string>): void {
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const weight = /font-weight\s*:\s*([^;}]+)/.exec(block[1]!)?.[1]?.trim() ?? '400';
    weights.add(weight === 'normal' ? '400' : weight === 'bold' ? '700' : weight);
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function checkBudget(w: PageWeight): string[] {
  const problems = w.missing.map((m) => `references a file missing from the build: ${m}`);
  const limits = w.type === 'text' ? BUDGETS.text : BUDGETS.js;
  if (w.type === 'text' && w.jsRaw > BUDGETS.text.jsBytes) {
    problems.push(`text page ships ${kb(w.jsRaw)} of JavaScript (raw), budget ${kb(BUDGETS.text.jsBytes)}: mark it data-js-page="…" if it really needs scripts, or drop them`);
  }
  if (w.type !== 'text' && w.jsGzip > BUDGETS.js.jsGzip) {
    problems.push(`${w.type} page ships ${kb(w.jsGzip)} of JavaScript (gzip), budget ${kb(BUDGETS.js.jsGzip)}`);
  }
  if (w.htmlCssGzip > limits.htmlCssGzip) {
    problems.push(`HTML + CSS is ${kb(w.htmlCssGzip)} gzipped, budget ${kb(limits.htmlCssGzip)}`);
  }
  if (w.fontWeights.length > BUDGETS.fontWeights) {
    problems.push(`@font-face declares ${w.fontWeights.length} font weights (${w.fontWeights.join(', ')}), budget ${BUDGETS.fontWeights}`);
  }
  return problems;
}

/** For a readable failure: where the page sits in its budgets. */
export function describeWeight(w: PageWeight): string {
  return `${path.posix.join('/', w.file)} [${w.type}]: JS ${kb(w.jsRaw)} raw / ${kb(w.jsGzip)} gzip, HTML+CSS ${kb(w.htmlCssGzip)} gzip, font weights ${w.fontWeights.join(', ') || 'none'}`;
}
