/**
 * The browser gates for one page: load it in Chromium, bring everything that loads on scroll into view, and report
 * every console error, uncaught exception, failed request, request to another host, axe-core violation and broken
 * link or anchor. CSP violations show up as console errors (Chromium logs each one).
 *
 * Speed (bench/results/browser-suite.md): axe-core is handed to each browser context once, as an init script, instead
 * of being sent (~550 KB) through the DevTools protocol for every page; and the page is scrolled only to its lazy
 * elements, unless its own scripts watch scrolling, in which case it is scrolled through a viewport at a time.
 * Pages are checked at phone size by default, where a page wider than the screen fails too (tests/lib/phone-checks.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, ConsoleMessage, Frame, Page, Request, Response, Route } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { REPO_ROOT, type DistSite } from './dist-site.ts';
import { checkLinks, type Link } from './links.ts';
import { textProblems } from './text-checks.ts';
import { AXE_EXTRA_RULES, PHONE_VIEWPORT, overflowProblems } from './phone-checks.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/**
 * Runs in every document before its own scripts. Init scripts go through the DevTools protocol, which the page's CSP
 * does not block (an inline <script> would be), so the policy stays on and its real violations are still seen.
 * Besides axe-core it notes whether the page's scripts watch scrolling (an IntersectionObserver or a scroll
 * listener): only then can content appear at a scroll position that no lazy element marks.
 */
const INIT_SCRIPT = `${AXE_SOURCE}
;(() => {
  const flag = () => { window.__gatesWatchesScroll = true; };
  const IO = window.IntersectionObserver;
  if (IO) window.IntersectionObserver = class extends IO { constructor(...args) { super(...args); flag(); } };
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) { if (type === 'scroll' || type === 'scrollend') flag(); return add.call(this, type, ...rest); };
})();`;
/**
 * One tab per browser context, reused from page to page: a same-site navigation stays in the same renderer process,
 * which saves starting one per page and keeps axe-core's compiled code (about a third of the CPU time per page).
 * Each check attaches its own listeners and detaches them when it ends, so a context must run one check at a time
 * (BrowserPool lends each context to one test at a time).
 */
const tabs = new WeakMap<BrowserContext, Promise<Page>>();
const prepared = new WeakMap<BrowserContext, Promise<unknown>>();
function tabOf(context: BrowserContext): Promise<Page> {
  let tab = tabs.get(context);
  if (!tab) {
    const init = prepared.get(context) ?? context.addInitScript({ content: INIT_SCRIPT });
    prepared.set(context, init);
    tab = init.then(() => context.newPage());
    tabs.set(context, tab);
  }
  return tab;
}
/** The only host a page may reach: the test server. */
export const ALLOWED_HOST = '127.0.0.1';

export interface PageCheckOptions {
  /** The built site the page belongs to, to check link targets. */
  site: DistSite;
  /** The status the document itself must answer with (404 for the not-found page). */
  status?: number;
  /** The screen size to check at: a phone unless said otherwise (tests/lib/phone-checks.ts). */
  viewport?: { width: number; height: number };
}

export async function checkPage(context: BrowserContext, url: string, options: PageCheckOptions): Promise<string[]> {
  const expected = options.status ?? 200;
  const problems: string[] = [];
  const badResponses = new Set<string>();
  const blocked = new Set<string>();
  const consoleErrors: { text: string; url: string }[] = [];
  // Requests started during this check; events of the tab's previous document (requests cut off by navigating
  // away from it) are not this page's.
  const ours = new Set<Request>();
  const pending = new Set<Request>();
  let lastActivity = Date.now();

  const page = await tabOf(context);
  // Resized before this check listens: the previous page may fetch another <picture> source for the new size, and
  // that request, cut off by the navigation below, is not this page's.
  const viewport = options.viewport ?? PHONE_VIEWPORT;
  const current = page.viewportSize();
  if (current?.width !== viewport.width || current?.height !== viewport.height) {
    await page.goto('about:blank');
    await page.setViewportSize(viewport);
  }
  // The previous document may still start requests (a lazy image, another <picture> source) until the new one
  // commits; those are cut off by the navigation and are not this page's.
  let committed = false;
  const onNavigated = (frame: Frame) => {
    if (frame === page.mainFrame()) committed = true;
  };
  const onRequest = (request: Request) => {
    if (!committed && !request.isNavigationRequest()) return;
    ours.add(request);
    pending.add(request);
    lastActivity = Date.now();
  };
  const onFinished = (request: Request) => {
    pending.delete(request);
    lastActivity = Date.now();
  };
  const onFailed = (request: Request) => {
    onFinished(request);
    if (ours.has(request) && !blocked.has(request.url())) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  };
  const onResponse = (response: Response) => {
    if (!ours.has(response.request())) return;
    const isDocument = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
    if (response.status() >= 400 && !(isDocument && response.status() === expected)) {
      badResponses.add(response.url());
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url });
  };
  const onPageError = (error: Error) => problems.push(`uncaught exception: ${error.message}`);
  // The site must not depend on, or leak visitors to, any other host. Such requests never leave the machine.
  const otherHost = (target: URL) => target.hostname !== ALLOWED_HOST;
  const block = (route: Route) => {
    blocked.add(route.request().url());
    problems.push(`request to another host: ${route.request().url()}`);
    return route.abort('blockedbyclient');
  };
  page.on('framenavigated', onNavigated);
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await page.route(otherHost, block);

    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (response?.status() !== expected) problems.push(`page answered HTTP ${response?.status() ?? 'nothing'}, expected ${expected}`);
    await scrollThrough(page);
    await settle(page, () => pending.size, () => lastActivity);

    problems.push(...(await overflowProblems(page)));
    problems.push(...(await axeViolations(page)));
    const { links, ids } = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href') ?? '', url: (a as HTMLAnchorElement).href })),
      ids: [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || (e.getAttribute('name') ?? '')),
    }));
    problems.push(...checkLinks(options.site, links satisfies Link[], { url: page.url(), ids: new Set(ids) }));
    problems.push(...textProblems(page.url(), await page.evaluate(() => document.body.innerText)));
  } catch (error) {
    // A tab left mid-navigation or crashed is not handed to the next check.
    tabs.delete(context);
    await page.close().catch(() => undefined);
    throw error;
  } finally {
    page.off('framenavigated', onNavigated);
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    if (!page.isClosed()) await page.unroute(otherHost, block);
  }

  for (const error of consoleErrors) {
    // "Failed to load resource" repeats a bad response or blocked request already reported with its URL;
    // the expected 404 is fine.
    if (/^Failed to load resource/.test(error.text) && (badResponses.has(error.url) || blocked.has(error.url) || error.url === url)) continue;
    problems.push(`console error: ${error.text}${error.url && error.url !== url ? ` (${error.url})` : ''}`);
  }
  return problems;
}

/**
 * Brings into view what loads on scroll. The site's only such content is lazy images and iframes, so each one not yet
 * loading is scrolled into view, then the bottom. A page whose scripts watch scrolling is scrolled through a
 * viewport at a time instead, as a reader would.
 */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if ((window as unknown as { __gatesWatchesScroll?: boolean }).__gatesWatchesScroll) {
      for (let y = 0; y < document.documentElement.scrollHeight && y < 100_000; y += window.innerHeight) {
        window.scrollTo(0, y);
        await frame();
      }
    } else {
      // An image not yet requested has no currentSrc; one loading or loaded was near enough to a place scrolled to.
      // Elements without boxes (in a closed <details>, say) cannot come into view.
      const pending = (e: Element) => e.getClientRects().length > 0 && (e instanceof HTMLImageElement ? !e.complete && !e.currentSrc : true);
      for (const lazy of document.querySelectorAll('img[loading="lazy"], iframe[loading="lazy"]')) {
        if (!pending(lazy)) continue;
        lazy.scrollIntoView({ block: 'center' });
        await frame();
      }
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
}

/**
 * Waits until nothing loads any more (10 s at most): no request pending, every requested image done (loaded or
 * failed), the fonts ready, and no request started or finished for 100 ms.
 */
async function settle(page: Page, inFlight: () => number, lastActivity: () => number): Promise<void> {
  const deadline = Date.now() + 10_000;
  const quiet = () => inFlight() === 0 && Date.now() - lastActivity() >= 100;
  while (Date.now() < deadline) {
    if (quiet()) {
      const done = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.images].every((img) => img.complete || !img.currentSrc);
      });
      if (done && quiet()) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async ({ tags, rules }) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
    }));
  }, { tags: AXE_TAGS, rules: AXE_EXTRA_RULES });
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `\n    at ${n.target}: ${n.html.slice(0, 160)}\n      ${n.summary.replace(/\s*\n\s*/g, ' ').slice(0, 300)}`).join('');
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
    return `axe ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]${nodes}${more}`;
  });
}
