/**
 * The response headers of public/_headers reach every page: CSP, nosniff, Referrer-Policy and Permissions-Policy
 * everywhere; no framing (frame-ancestors 'none' and X-Frame-Options: DENY) except for the embeds (/nhung/*,
 * /en/embed/*), which any site may frame.
 *
 * Checked three ways:
 * 1. the rules of public/_headers, read with the server's own parser (scripts/serve.ts, which applies them the way
 *    Netlify and Cloudflare Pages do), path by path: every page of every route of src/lib/routes.ts in both
 *    languages (built yet or not, so a new section without a frame rule fails before its pages exist), and
 *    every HTML file of dist/;
 * 2. dist/_headers is public/_headers, copied unchanged by the build;
 * 3. over HTTP: scripts/serve.ts started on dist/, HEAD requests to every built page.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, DistSite, REPO_ROOT } from '../lib/dist-site.ts';
import { assertNoProblems } from '../lib/problems.ts';
import { headersFor, parseHeadersFile, startServer, type RunningServer } from '../../scripts/serve.ts';
import { routePath, type Route } from '../../src/lib/routes.ts';

const site = new DistSite(DIST);
const SOURCE = path.join(REPO_ROOT, 'public', '_headers');
const COPY = path.join(DIST, '_headers');
const rules = existsSync(SOURCE) ? parseHeadersFile(readFileSync(SOURCE, 'utf8')) : [];
const isEmbed = (urlPath: string) => /^\/(nhung|en\/embed)\//.test(urlPath);
const SAFE_REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

/** What a page's headers must say; header names are matched case-insensitively. */
export function headerProblems(urlPath: string, raw: Record<string, string>): string[] {
  const headers = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]));
  const csp = headers['content-security-policy'] ?? '';
  const problems: string[] = [];
  const expectHeader = (name: string, ok: (value: string) => boolean, want: string) => {
    if (!ok(headers[name] ?? '')) problems.push(`${name}: "${headers[name] ?? '(none)'}" should be ${want}`);
  };
  expectHeader('x-content-type-options', (v) => v === 'nosniff', '"nosniff"');
  expectHeader('referrer-policy', (v) => v.split(',').map((p) => p.trim()).some((p) => SAFE_REFERRER_POLICIES.includes(p)), `one of ${SAFE_REFERRER_POLICIES.join(', ')}`);
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    expectHeader('permissions-policy', (v) => new RegExp(`(^|,\\s*)${feature}=\\(\\)`).test(v), `a policy that turns off ${feature} (${feature}=())`);
  }
  expectHeader('content-security-policy', (v) => /object-src 'none'/.test(v), "a policy with object-src 'none'");
  expectHeader('content-security-policy', (v) => /base-uri 'self'|base-uri 'none'/.test(v), "a policy with base-uri 'self'");
  if (isEmbed(urlPath)) {
    if (!/frame-ancestors \*/.test(csp) || /frame-ancestors 'none'/.test(csp) || /frame-ancestors 'self'/.test(csp)) problems.push(`an embed must allow framing by any site (frame-ancestors *, and no other frame-ancestors policy), CSP is: ${csp}`);
    if (headers['x-frame-options']) problems.push(`an embed must not send X-Frame-Options (got ${headers['x-frame-options']})`);
  } else if (!/frame-ancestors 'none'/.test(csp) || headers['x-frame-options']?.toUpperCase() !== 'DENY') {
    const section = urlPath.match(/^\/(en\/)?[^/]*\/?/)?.[0] ?? urlPath;
    const pattern = section.endsWith('/') && section !== '/' && section !== '/en/' ? `${section}*` : section;
    problems.push(`not protected from framing (CSP "${csp}", X-Frame-Options "${headers['x-frame-options'] ?? '(none)'}"): add a rule for ${pattern} with "Content-Security-Policy: frame-ancestors 'none'" and "X-Frame-Options: DENY" to public/_headers`);
  }
  return problems;
}

/** One page of every kind of route, in both languages, whether built yet or not. */
function everyRoute(): string[] {
  const routes: Route[] = [
    { page: 'home' }, { page: 'about' }, { page: 'search' }, { page: 'glossary' }, { page: 'sources' }, { page: 'data' },
    { page: 'indices' }, { page: 'compare-indices' }, { page: 'index', index: 'papi' }, { page: 'dimension', index: 'papi', dimension: 'x' },
    { page: 'criteria-print', index: 'papi' }, { page: 'criteria-print', index: 'papi', full: true }, { page: 'ha-nam' },
    { page: 'province', slug: 'x' }, { page: 'rankings' }, { page: 'ranking', index: 'papi', year: 2023 }, { page: 'compare-provinces' },
    { page: 'charts' }, { page: 'chart', id: 'x' }, { page: 'embed', id: 'x' }, { page: 'embed', id: 'x', edition: 'y' },
    { page: 'articles' }, { page: 'pair', vi: 'bai-viet/x', en: 'articles/x' },
  ];
  // The 404 pages are files (404.html, en/404.html), not the /404/ routes.
  return [...new Set(routes.flatMap((route) => (['vi', 'en'] as const).map((locale) => routePath(locale, route)))), '/404.html', '/en/404.html'];
}

let server: RunningServer;
beforeAll(async () => {
  if (existsSync(path.join(DIST, 'index.html'))) server = await startServer({ root: DIST, port: 0 });
});
afterAll(() => server?.close());

test('public/_headers exists and has rules', () => {
  expect(existsSync(SOURCE), 'public/_headers').toBe(true);
  expect(rules.length).toBeGreaterThan(0);
});

test('the check fails a page without headers, a framable page and a locked embed', () => {
  expect(headerProblems('/chi-so/', {}).length).toBeGreaterThanOrEqual(6);
  const everywhere = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'Permissions-Policy': 'camera=(), microphone=(), geolocation=()' };
  expect(headerProblems('/chi-so/', { ...everywhere, 'Content-Security-Policy': "object-src 'none'; base-uri 'self'" })).toEqual([expect.stringContaining('add a rule for /chi-so/*')]);
  expect(headerProblems('/nhung/x/', { ...everywhere, 'Content-Security-Policy': "object-src 'none'; base-uri 'self', frame-ancestors 'none'", 'X-Frame-Options': 'DENY' })).toHaveLength(2);
  expect(headerProblems('/nhung/x/', { ...everywhere, 'Content-Security-Policy': "object-src 'none'; base-uri 'self', frame-ancestors *" })).toEqual([]);
});

test.each(everyRoute())('the rules of public/_headers for %s', (urlPath) => {
  assertNoProblems(`public/_headers for ${urlPath}`, headerProblems(urlPath, headersFor(rules, urlPath)));
});

test('dist/ is built with public/_headers copied unchanged', () => {
  site.assertBuilt();
  expect(existsSync(COPY), 'dist/_headers').toBe(true);
  expect(readFileSync(COPY, 'utf8')).toBe(readFileSync(SOURCE, 'utf8'));
});

test.each(site.htmlFiles())('headers for dist/%s, from the rules and over HTTP', async (file) => {
  const urlPath = site.urlPathOf(file);
  assertNoProblems(`rules of public/_headers for ${urlPath}`, headerProblems(urlPath, headersFor(rules, urlPath)));
  const response = await fetch(server.origin + urlPath, { method: 'HEAD' });
  expect(response.status, `HEAD ${urlPath}`).toBe(200);
  assertNoProblems(`HTTP headers of ${urlPath}`, headerProblems(urlPath, Object.fromEntries(response.headers)));
});
