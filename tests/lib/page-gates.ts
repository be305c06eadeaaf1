/**
 * The browser gates for one page: load it in Chromium, scroll through it (charts draw when they come into view),
 * and report every console error, uncaught exception, failed request, request to another host, axe-core
 * violation and broken link or anchor. CSP violations show up as console errors (Chromium logs each one).
 * Pages are checked at phone size by default, where a page wider than the screen fails too (tests/lib/phone-checks.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { REPO_ROOT, type DistSite } from './dist-site.ts';
import { checkLinks, type Link } from './links.ts';
import { AXE_EXTRA_RULES, PHONE_VIEWPORT, overflowProblems } from './phone-checks.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
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
  let inFlight = 0;
  let lastActivity = Date.now();
  const activity = (delta: number) => () => {
    inFlight += delta;
    lastActivity = Date.now();
  };

  const page = await context.newPage();
  try {
    page.on('request', activity(1));
    page.on('requestfinished', activity(-1));
    page.on('requestfailed', (request) => {
      activity(-1)();
      if (!blocked.has(request.url())) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
    });
    page.on('response', (response) => {
      const isDocument = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
      if (response.status() >= 400 && !(isDocument && response.status() === expected)) {
        badResponses.add(response.url());
        problems.push(`HTTP ${response.status()} for ${response.url()}`);
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url });
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    // The site must not depend on, or leak visitors to, any other host. Such requests never leave the machine.
    await page.route((target) => target.hostname !== ALLOWED_HOST, (route) => {
      blocked.add(route.request().url());
      problems.push(`request to another host: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    });

    await page.setViewportSize(options.viewport ?? PHONE_VIEWPORT);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (response?.status() !== expected) problems.push(`page answered HTTP ${response?.status() ?? 'nothing'}, expected ${expected}`);
    await scrollThrough(page);
    await settle(() => inFlight, () => lastActivity);

    problems.push(...(await overflowProblems(page)));
    problems.push(...(await axeViolations(page)));
    const { links, ids } = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href') ?? '', url: (a as HTMLAnchorElement).href })),
      ids: [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || (e.getAttribute('name') ?? '')),
    }));
    problems.push(...checkLinks(options.site, links satisfies Link[], { url: page.url(), ids: new Set(ids) }));
  } finally {
    await page.close();
  }

  for (const error of consoleErrors) {
    // "Failed to load resource" repeats a bad response or blocked request already reported with its URL;
    // the expected 404 is fine.
    if (/^Failed to load resource/.test(error.text) && (badResponses.has(error.url) || blocked.has(error.url) || error.url === url)) continue;
    problems.push(`console error: ${error.text}${error.url && error.url !== url ? ` (${error.url})` : ''}`);
  }
  return problems;
}

/** Scroll a viewport at a time to the bottom, so IntersectionObserver-driven content (charts) loads. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight && y < 100_000; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
}

/** Waits until no request has been pending or started for 250 ms (10 s at most). */
async function settle(inFlight: () => number, lastActivity: () => number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (inFlight() > 0 || Date.now() - lastActivity() < 250)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  // page.evaluate runs through the DevTools protocol, which the page's CSP does not block (an inline
  // <script> would be), so the policy stays on and its real violations are still seen.
  await page.evaluate(AXE_SOURCE);
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
