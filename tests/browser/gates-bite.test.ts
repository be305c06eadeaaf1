/**
 * The browser gates (tests/lib/page-gates.ts, the same function the sitemap crawl uses) report each fixture page
 * made to break them, and find nothing on the good one (tests/fixtures/bad-pages/README.md).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DistSite } from '../lib/dist-site.ts';
import { copyFixtures } from '../lib/fixtures.ts';
import { BrowserPool } from '../lib/browser.ts';
import { checkPage } from '../lib/page-gates.ts';
import { DESKTOP_VIEWPORT } from '../lib/phone-checks.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

const fixtures = copyFixtures();
const site = new DistSite(fixtures.root);
let server: RunningServer;
let pool: BrowserPool;
beforeAll(async () => {
  server = await startServer({ root: fixtures.root, port: 0 });
  site.origins.add(server.origin);
  pool = await BrowserPool.open(2);
});
afterAll(async () => {
  await pool?.close();
  await server?.close();
  fixtures.remove();
});

const problemsOf = (urlPath: string) => pool.use((context) => checkPage(context, server.origin + urlPath, { site }));

test.concurrent.each([
  ['/good/', []],
  ['/axe-violation/', [/^axe color-contrast \(serious\): Elements must meet minimum color contrast ratio thresholds .*\n\s+at p: <p class="faint">.*\n.*contrast of 1\.67/]],
  ['/console-error/', [/^console error: fixture: a deliberate console error/]],
  ['/csp-inline-script/', [/^console error: Executing inline script violates .*script-src/, /^console error: Executing inline event handler violates .*script-src/]],
  ['/external-request/', [/^request to another host: https:\/\/example\.org\/pixel\.png$/]],
  ['/glued-words/', [/^spacing: a word runs into the next one: "phépCC"/, /^spacing: no space before a bracket: "11\/2021\(28\/11\/2026\)\."/, /^research voice on a reader page: "Chúng tôi chưa tìm thấy"/]],
  // Requested only once scrolled near: proves the crawl brings lazy content into view.
  ['/lazy-broken-image/', [/^HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/lazy-broken-image\/missing\.png$/]],
  ['/too-wide/', [/^page wider than the screen: scrollWidth \d+ px > 360 px viewport: table\.wide-table \(right edge at \d+ px\)$/]],
  ['/small-target/', [/^axe target-size \(serious\): All touch targets must be 24px large, or leave sufficient space/]],
  [
    '/broken-link/',
    [
      /^broken link "\/khong-ton-tai\/": \/khong-ton-tai\/ does not exist in the build$/,
      /^broken anchor "\/good\/#khong-co-id": no element with id="khong-co-id" on \/good\/$/,
      /^broken anchor "#missing-here": no element with id="missing-here" on this page$/,
    ],
  ],
] as const)('the browser gates report on %s exactly what it breaks', async (urlPath, expected) => {
  const problems = await problemsOf(urlPath);
  expect(problems).toEqual(expected.map((pattern) => expect.stringMatching(pattern)));
});

test('the overflow gate checks at the size it is given: the too-wide page passes on a desktop screen', async () => {
  const problems = await pool.use((context) => checkPage(context, `${server.origin}/too-wide/`, { site, viewport: DESKTOP_VIEWPORT }));
  expect(problems).toEqual([]);
});

test('a missing page is reported as a failed request, and a 404 page passes when 404 is expected', async () => {
  const notFound = await pool.use((context) => checkPage(context, `${server.origin}/khong-co/`, { site }));
  expect(notFound).toContainEqual(expect.stringMatching(/^page answered HTTP 404, expected 200$/));
  const expected = await pool.use((context) => checkPage(context, `${server.origin}/good/nope/`, { site, status: 404 }));
  expect(expected.filter((p) => /HTTP|Failed to load/.test(p))).toEqual([]);
});
