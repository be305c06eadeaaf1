/**
 * Script injection through the URL: every parameter the site's scripts read gets hostile values, in headless
 * Chromium, and nothing of them may run or become markup.
 *
 * Which parameters:
 * - the ones the site is known to read: ?q= and ?type= on the search pages, ?p= on the compare pages. A page
 *   missing from dist/ (renamed, say) fails its test: a skipped check would pass unseen;
 * - every other one found in the built JavaScript: for one page per distinct set of scripts (and locale), the
 *   modules it loads (statically or with import()) are searched for URLSearchParams reads (`.get("x")`,
 *   `.getAll("x")`, `.has("x")` in a module that uses URLSearchParams, location.search or searchParams); a
 *   module that reads location.hash gets the payloads in the fragment too.
 *
 * What counts as a hole, after the page has loaded, run its scripts (the search answered) and had every chart
 * drawn (each chart's "interactive chart" button pressed):
 * - a dialog opened (alert, confirm, prompt);
 * - window.__pwned set (payloads such as <img src=x onerror="window.__pwned=1">);
 * - the payload as markup in the DOM: img[src=x], any element with an on* attribute (the site has none: its CSP
 *   forbids them), a javascript: URL in a link, frame or form, a script or style whose text carries the payload,
 *   the elements only payloads create (iframe, math, mglyph, #pwn);
 * - a Content-Security-Policy violation in the console: the policy stopped injected code, so it was injected.
 * The payload may appear as text (in the search box, in "no results for …").
 *
 * The first tests prove the checks bite, on a deliberately vulnerable page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { scanTags } from '../lib/html.ts';
import { pageScripts } from '../lib/page-scripts.ts';
import { BrowserPool } from '../lib/browser.ts';
import { assertNoProblems } from '../lib/problems.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

// --- Payloads ----------------------------------------------------------------------------------------------

interface Payload {
  name: string;
  value: string;
  /** How the value goes into the URL: encoded by URLSearchParams (default), pasted raw, or encoded twice. */
  encoding?: 'param' | 'raw' | 'double';
}

const PAYLOADS: Payload[] = [
  { name: 'script tag', value: '<script>alert(1)</script>' },
  { name: 'img onerror after a closing quote', value: '"><img src=x onerror=alert(1)>' },
  { name: 'img onerror setting __pwned', value: '<img src=x onerror="window.__pwned=1">' },
  { name: 'javascript: URL', value: 'javascript:alert(1)' },
  { name: 'breaking out of a JS string', value: "';alert(1);//" },
  { name: 'breaking out of a JSON string', value: '"};window.__pwned=1;//' },
  { name: 'svg onload', value: '<svg onload=alert(1)>' },
  { name: 'svg onload after a closing quote', value: '"><svg/onload=window.__pwned=1>' },
  { name: 'closing the script element', value: '</script><ScRiPt>window.__pwned=1</ScRiPt>' },
  { name: 'iframe with javascript: src', value: '<iframe src="javascript:window.__pwned=1"></iframe><a id="pwn" href="javascript:window.__pwned=1">x</a>' },
  { name: 'attribute injection with autofocus', value: '" autofocus onfocus="window.__pwned=1" x="' },
  { name: 'mutation XSS through math/style', value: '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>' },
  { name: 'template expressions', value: "{{constructor.constructor('window.__pwned=1')()}}${window.__pwned=1}" },
  { name: 'valid value, then markup', value: 'ha-nam,<img src=x onerror=alert(1)>' },
  { name: 'year, then markup', value: '2023"><svg onload=alert(1)>' },
  { name: 'HTML-entity encoded', value: '&lt;img src=x onerror=alert(1)&gt;&#60;svg onload=alert(1)&#62;' },
  { name: 'percent-encoded inside the value', value: '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' },
  { name: 'double percent-encoded', value: '<img src=x onerror=alert(1)>', encoding: 'double' },
  { name: 'raw in the URL', value: '"><svg onload=window.__pwned=1><img src=x onerror=alert(1)>', encoding: 'raw' },
];
/** For the URL fragment: a few, as hash-state readers usually parse rather than print. */
const HASH_PAYLOADS = PAYLOADS.filter((p) => ['img onerror setting __pwned', 'svg onload after a closing quote', 'breaking out of a JS string', 'javascript: URL'].includes(p.name));

function withParam(pageUrl: string, param: string, payload: Payload): string {
  const url = new URL(pageUrl);
  if (payload.encoding === 'raw') return `${url.origin}${url.pathname}?${param}=${payload.value}`;
  if (payload.encoding === 'double') return `${url.origin}${url.pathname}?${param}=${encodeURIComponent(encodeURIComponent(payload.value))}`;
  url.searchParams.set(param, payload.value);
  return url.href;
}

// --- Checking one URL --------------------------------------------------------------------------------------

/** Runs in the page: what of a payload became markup or ran. */
function domFindings(): string[] {
  const found: string[] = [];
  const w = window as unknown as { __pwned?: unknown };
  if (w.__pwned !== undefined) found.push(`window.__pwned was set to ${String(w.__pwned)}`);
  const describe = (el: Element) => el.outerHTML.slice(0, 160);
  for (const el of document.querySelectorAll('img[src="x"]')) found.push(`injected image: ${describe(el)}`);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`event-handler attribute ${attr.name} on ${describe(el)}`);
      if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`javascript: URL in ${attr.name}: ${describe(el)}`);
    }
  }
  // Elements only payloads create here (a page may have its own iframe, e.g. an embed preview: judged by content).
  for (const el of document.querySelectorAll('#pwn, iframe, math, mglyph, object, embed')) {
    if (el.id === 'pwn' || /__pwned|alert\(1\)|javascript:/.test(el.outerHTML)) found.push(`injected element: ${describe(el)}`);
  }
  for (const el of document.querySelectorAll('script, style')) {
    if (/__pwned|alert\(1\)/.test(el.textContent ?? '')) found.push(`payload inside <${el.tagName.toLowerCase()}>: ${(el.textContent ?? '').slice(0, 120)}`);
  }
  return found;
}

interface Settle {
  /** Draw every chart (press each "interactive chart" button) and scroll through the page. */
  scroll: boolean;
}

/** One tab that visits URL after URL; each visit reports what of its payload ran or became markup. */
class Prober {
  private problems: string[] = [];
  private inFlight = 0;
  private last = Date.now();

  private readonly page: Page;

  private constructor(page: Page) {
    this.page = page;
    page.on('request', () => {
      this.inFlight++;
      this.last = Date.now();
    });
    const finished = () => {
      this.inFlight--;
      this.last = Date.now();
    };
    page.on('requestfinished', finished);
    page.on('requestfailed', finished);
    page.on('dialog', (dialog) => {
      this.problems.push(`a ${dialog.type()} dialog opened: "${dialog.message()}"`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy/i.test(text) && /inline|eval|javascript:|script-src|unsafe/i.test(text)) this.problems.push(`CSP blocked injected code: ${text.slice(0, 200)}`);
    });
  }

  static async open(context: BrowserContext): Promise<Prober> {
    return new Prober(await context.newPage());
  }

  /** Until no request has been in flight for 150 ms (5 s at most). */
  private async settle(): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (this.inFlight > 0 || Date.now() - this.last < 150)) await new Promise((r) => setTimeout(r, 25));
  }

  async probe(url: string, options: Settle): Promise<string[]> {
    this.problems = [];
    await this.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // Let the page's scripts read the URL and act (the search page loads Pagefind and answers).
    await this.settle();
    if (options.scroll) {
      await this.page.evaluate(async () => {
        document.querySelectorAll<HTMLButtonElement>('[data-chart-activate]').forEach((b) => b.click());
        for (let y = 0; y < document.documentElement.scrollHeight && y < 50_000; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      });
      await this.settle();
    }
    // Give late handlers (a search answer, a chart draw) a moment, then look.
    await this.page.waitForTimeout(100);
    const found = await this.page.evaluate(domFindings);
    return [...this.problems, ...found];
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/**
 * Probes each URL. `baseline`: the page with a harmless value; what it shows already (a CSP message of the page's
 * own making) is not blamed on the payloads: the browser suite reports it for the page itself.
 */
async function probeAll(context: BrowserContext, urls: { label: string; url: string }[], options: Settle, baseline?: string): Promise<string[]> {
  const prober = await Prober.open(context);
  try {
    const known = new Set(baseline ? await prober.probe(baseline, options) : []);
    const problems: string[] = [];
    for (const { label, url } of urls) {
      for (const p of await prober.probe(url, options)) if (!known.has(p)) problems.push(`${label} → ${p}\n    ${url}`);
    }
    return problems;
  } finally {
    await prober.close();
  }
}

const harmless = (pageUrl: string, param: string) => withParam(pageUrl, param, { name: 'harmless', value: 'hanam' });

// --- Which pages read which parameters ---------------------------------------------------------------------

const site = new DistSite(DIST);

interface Target {
  /** Site path, e.g. "/tim-kiem/". */
  path: string;
  params: string[];
  hash: boolean;
}

const DECLARED: { path: string; params: string[] }[] = [
  { path: '/tim-kiem/', params: ['q', 'type'] },
  { path: '/en/search/', params: ['q', 'type'] },
  { path: '/so-sanh/', params: ['p'] },
  { path: '/en/compare/', params: ['p'] },
];

const PARAM_READ = /\.(?:get|getAll|has)\(\s*(["'`])([A-Za-z0-9_.[\]-]{1,40})\1\s*\)/g;
const READS_QUERY = /URLSearchParams|location\.search|searchParams/;
const READS_HASH = /location\.hash/;

function urlReads(code: string): { params: string[]; hash: boolean } {
  const params = READS_QUERY.test(code) ? [...code.matchAll(PARAM_READ)].map((m) => m[2]!) : [];
  return { params, hash: READS_HASH.test(code) };
}

function targets(): Target[] {
  // The known pages first, so that each is the page tested for its set of scripts.
  const declared = DECLARED.map((d) => site.resolvePath(d.path)).flatMap((t) => ('file' in t ? [t.file] : []));
  const files = [...declared, ...site.htmlFiles().filter((f) => !declared.includes(f))];
  const out: Target[] = [];
  const bySignature = new Map<string, string>();
  for (const file of files) {
    const scripts = pageScripts(site, file, scanTags(site.read(file)));
    const modules = scripts.modules.map((m) => m.file).sort();
    const inline = scripts.inline.join('\n');
    if (!modules.length && !inline.trim()) continue;
    const urlPath = site.urlPathOf(file);
    const locale = urlPath.startsWith('/en/') ? 'en' : 'vi';
    // Pages built from the same scripts read the same parameters: one page per set (and locale) is enough.
    const signature = `${locale}|${modules.join(',')}|${/location|URLSearchParams/.test(inline) ? inline : ''}`;
    if (bySignature.has(signature)) continue;
    bySignature.set(signature, urlPath);
    const reads = [inline, ...modules.map((m) => site.read(m))].map(urlReads);
    const params = [...new Set(reads.flatMap((r) => r.params))];
    const hash = reads.some((r) => r.hash);
    if (params.length || hash) out.push({ path: urlPath, params, hash });
  }
  return out;
}

const built = existsSync(path.join(DIST, 'index.html'));
const discovered = built ? targets() : [];
// A known page also gets every other parameter its scripts read (e.g. the compare page's ?nam=).
const declaredTargets = DECLARED.map((d) => ({
  path: d.path,
  params: [...new Set([...d.params, ...(discovered.find((t) => t.path === d.path)?.params ?? [])])],
  exists: built && 'file' in site.resolvePath(d.path),
}));

// --- The tests ---------------------------------------------------------------------------------------------

let server: RunningServer;
let pool: BrowserPool;
let fixtures: RunningServer;
let fixtureRoot: string;
beforeAll(async () => {
  fixtureRoot = mkdtempSync(path.join(os.tmpdir(), 'injection-fixture-'));
  // Unsafe on purpose: prints ?q= as HTML. One page without a CSP (payloads run), one with a strict CSP (they
  // are blocked, but still become markup, which the checks must see).
  const vulnerable = "const q = new URLSearchParams(location.search).get('q') ?? ''; document.getElementById('out').innerHTML = 'You searched: ' + q;";
  writeFileSync(path.join(fixtureRoot, 'vuln.js'), vulnerable);
  writeFileSync(path.join(fixtureRoot, 'index.html'), '<!doctype html><html lang="en"><title>open</title><div id="out"></div><script src="/vuln.js"></script>');
  writeFileSync(path.join(fixtureRoot, 'csp.html'), `<!doctype html><html lang="en"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"><title>csp</title><div id="out"></div><script src="/vuln.js"></script>`);
  writeFileSync(path.join(fixtureRoot, 'safe.html'), `<!doctype html><html lang="en"><title>safe</title><input id="box"><p id="out"></p><script src="/safe.js"></script>`);
  writeFileSync(path.join(fixtureRoot, 'safe.js'), "const q = new URLSearchParams(location.search).get('q') ?? ''; document.getElementById('box').value = q; document.getElementById('out').textContent = 'You searched: ' + q;");
  fixtures = await startServer({ root: fixtureRoot, port: 0 });
  pool = await BrowserPool.open(2);
  if (built) server = await startServer({ root: DIST, port: 0 });
});
afterAll(async () => {
  await pool?.close();
  await Promise.all([server?.close(), fixtures?.close()]);
  if (fixtureRoot) rmSync(fixtureRoot, { recursive: true, force: true });
});

describe.concurrent('the checks catch an unsafe page', () => {
  test('a page that prints ?q= as HTML, without a CSP: dialogs, __pwned and markup are seen', async () => {
    const found = await pool.use((context) =>
      probeAll(context, PAYLOADS.filter((p) => ['img onerror after a closing quote', 'img onerror setting __pwned', 'svg onload'].includes(p.name)).map((p) => ({ label: p.name, url: withParam(fixtures.origin + '/', 'q', p) })), { scroll: false }),
    );
    expect(found.some((p) => p.includes('dialog opened'))).toBe(true);
    expect(found.some((p) => p.includes('window.__pwned was set'))).toBe(true);
    expect(found.some((p) => p.includes('injected image'))).toBe(true);
  });

  test('the same page under a strict CSP: nothing runs, but the injected markup is still caught', async () => {
    const found = await pool.use((context) => probeAll(context, [{ label: 'img', url: withParam(fixtures.origin + '/csp.html', 'q', PAYLOADS[2]!) }], { scroll: false }));
    expect(found.some((p) => p.includes('dialog') || p.includes('was set'))).toBe(false);
    expect(found.some((p) => p.includes('injected image') || p.includes('event-handler attribute'))).toBe(true);
  });

  test('a page that shows ?q= as text passes with every payload', async () => {
    const found = await pool.use((context) => probeAll(context, PAYLOADS.map((p) => ({ label: p.name, url: withParam(fixtures.origin + '/safe.html', 'q', p) })), { scroll: false }));
    assertNoProblems('safe fixture', found);
  });
});

test('dist/ is built', () => site.assertBuilt());

describe.concurrent('URL parameters the site is known to read', () => {
  for (const target of declaredTargets) {
    for (const param of target.params) {
      test(`?${param}= on ${target.path}`, async () => {
        expect(target.exists, `${target.path} is not in dist/: if the page was renamed, update DECLARED`).toBe(true);
        const urls = PAYLOADS.map((p) => ({ label: `?${param}= ${p.name}`, url: withParam(server.origin + target.path, param, p) }));
        assertNoProblems(`?${param}= on ${target.path}`, await pool.use((context) => probeAll(context, urls, { scroll: true }, harmless(server.origin + target.path, param))));
      });
    }
  }
});

// Not in a describe: an empty describe fails, and a build may have no such parameter.
test.concurrent.each(discovered.filter((t) => t.params.length && !DECLARED.some((d) => d.path === t.path)).map((t) => [`${t.path} (${[...t.params.map((p) => `?${p}=`), ...(t.hash ? ['#'] : [])].join(' ')})`, t] as const))(
  'parameters found in the scripts of %s',
  async (_label, target) => {
    const urls = target.params.flatMap((param) => PAYLOADS.map((p) => ({ label: `?${param}= ${p.name}`, url: withParam(server.origin + target.path, param, p) })));
    assertNoProblems(target.path, await pool.use((context) => probeAll(context, urls, { scroll: true }, harmless(server.origin + target.path, target.params[0]!))));
  },
);

test.concurrent.each(discovered.filter((t) => t.hash).map((t) => [t.path, t] as const))('the URL fragment on %s (its scripts read location.hash)', async (_label, target) => {
  const urls = HASH_PAYLOADS.flatMap((p) => [
    { label: `#${p.name}`, url: `${server.origin}${target.path}#${encodeURIComponent(p.value)}` },
    { label: `#${p.name} (raw)`, url: `${server.origin}${target.path}#${p.value}` },
  ]);
  assertNoProblems(`${target.path}#…`, await pool.use((context) => probeAll(context, urls, { scroll: true }, `${server.origin}${target.path}#hanam`)));
});

test('the search pages are among the pages whose scripts read the URL', () => {
  // Guards the discovery itself: if the search script's reads stop being found, discovered parameters would be
  // silently missed elsewhere too.
  for (const target of declaredTargets.filter((t) => t.params.includes('q'))) {
    const found = discovered.find((d) => d.path === target.path);
    expect(found?.params ?? [], `parameters found in the scripts of ${target.path}`).toContain('q');
  }
});
