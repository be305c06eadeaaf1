/**
 * The response headers of _headers (written by the build from src/lib/routes.ts, src/integrations/site-urls.ts)
 * reach every page: CSP, nosniff, Referrer-Policy and Permissions-Policy everywhere; no framing
 * (frame-ancestors 'none' and X-Frame-Options: DENY) except for the embeds (/nhung/*, /en/embed/*), which any site
 * may frame.
 *
 * Checked three ways:
 * 1. the rules the generator writes, read with the server's own parser (scripts/serve.ts, which applies them the
 *    way Netlify and Cloudflare Pages do), path by path: a page of every kind of route of src/lib/routes.ts in both
 *    languages (built yet or not), and every HTML file of dist/;
 * 2. dist/_headers is what the generator writes, and dist-base/_headers the same rules under the base;
 * 3. over HTTP: scripts/serve.ts started on dist/, HEAD requests to every built page.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, DIST_BASE, DistSite, TEST_BASE } from '../lib/dist-site.ts';
import { assertNoProblems } from '../lib/problems.ts';
import { headersFor, parseHeadersFile, startServer, type RunningServer } from '../../scripts/serve.ts';
import { embedSections, notFoundFiles, routeExamples, routePath, sectionOf } from '../../src/lib/routes.ts';
import { headersFile } from '../../src/integrations/site-urls.ts';
import { LOCALES } from '../../src/i18n/index.ts';

const site = new DistSite(DIST);
const rules = parseHeadersFile(headersFile('/'));
const isEmbed = (urlPath: string) => embedSections().includes(sectionOf(urlPath));
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
    problems.push(`not protected from framing (CSP "${csp}", X-Frame-Options "${headers['x-frame-options'] ?? '(none)'}"): its section ${sectionOf(urlPath)} needs a route kind in src/lib/routes.ts (EXAMPLES), from which the build writes _headers`);
  }
  return problems;
}

/** One page of every kind of route, in both languages, whether built yet or not, and the 404 files hosts serve. */
const everyRoute = () => [...new Set(routeExamples().flatMap((route) => LOCALES.map((locale) => routePath(locale, route)))), ...notFoundFiles()];

let server: RunningServer;
beforeAll(async () => {
  if (existsSync(path.join(DIST, 'index.html'))) server = await startServer({ root: DIST, port: 0 });
});
afterAll(() => server?.close());


test('the check fails a page without headers, a framable page and a locked embed', () => {
  expect(headerProblems('/chi-so/', {}).length).toBeGreaterThanOrEqual(6);
  const everywhere = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'Permissions-Policy': 'camera=(), microphone=(), geolocation=()' };
  expect(headerProblems('/chi-so/', { ...everywhere, 'Content-Security-Policy': "object-src 'none'; base-uri 'self'" })).toEqual([expect.stringContaining('its section /chi-so/ needs a route')]);
  expect(headerProblems('/nhung/x/', { ...everywhere, 'Content-Security-Policy': "object-src 'none'; base-uri 'self', frame-ancestors 'none'", 'X-Frame-Options': 'DENY' })).toHaveLength(2);
  expect(headerProblems('/nhung/x/', { ...everywhere, 'Content-Security-Policy': "object-src 'none'; base-uri 'self', frame-ancestors *" })).toEqual([]);
});

test.each(everyRoute())('the generated rules for %s', (urlPath) => {
  assertNoProblems(`_headers for ${urlPath}`, headerProblems(urlPath, headersFor(rules, urlPath)));
});

test.each([[DIST, '/'], [DIST_BASE, TEST_BASE]])('%s/_headers holds the generated rules under the base %s', (root, base) => {
  new DistSite(root).assertBuilt();
  const built = readFileSync(path.join(root, '_headers'), 'utf8');
  expect(built).toBe(headersFile(base));
  const underBase = parseHeadersFile(built);
  expect(underBase.every((rule) => rule.pattern.startsWith(base))).toBe(true);
  for (const urlPath of everyRoute()) expect(headersFor(underBase, base + urlPath.slice(1)), urlPath).toEqual(headersFor(rules, urlPath));
});

test.each(site.htmlFiles())('headers for dist/%s, from the rules and over HTTP', async (file) => {
  const urlPath = site.urlPathOf(file);
  assertNoProblems(`rules of _headers for ${urlPath}`, headerProblems(urlPath, headersFor(rules, urlPath)));
  const response = await fetch(server.origin + urlPath, { method: 'HEAD' });
  expect(response.status, `HEAD ${urlPath}`).toBe(200);
  assertNoProblems(`HTTP headers of ${urlPath}`, headerProblems(urlPath, Object.fromEntries(response.headers)));
});
