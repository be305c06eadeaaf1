/**
 * Each build gate reports the fixture page made to break it, and passes the others
 * (tests/fixtures/bad-pages/README.md lists them). Same functions as the checks of the real site.
 */
import { afterAll, expect, test } from 'vitest';
import { DistSite } from '../lib/dist-site.ts';
import { copyFixtures } from '../lib/fixtures.ts';
import { checkCsp } from '../lib/csp.ts';
import { checkBudget, measurePage } from '../lib/budgets.ts';
import { validateHtml } from '../lib/html-validator.ts';

const fixtures = copyFixtures();
afterAll(() => fixtures.remove());
const site = new DistSite(fixtures.root);
const pages = site.htmlFiles();

/** The pages a gate complains about, with what it says. */
function failing(gate: (file: string) => string[]): Record<string, string[]> {
  return Object.fromEntries(pages.map((file) => [file, gate(file)] as const).filter(([, problems]) => problems.length));
}

test('the fixtures are there', () => {
  expect(pages).toContain('good/index.html');
  expect(pages.length).toBeGreaterThanOrEqual(9);
});

test('the CSP gate reports the inline script without a hash and the onclick attribute, and nothing else', () => {
  const result = failing((file) => checkCsp(site.read(file)));
  expect(Object.keys(result)).toEqual(['csp-inline-script/index.html']);
  expect(result['csp-inline-script/index.html']).toEqual([
    expect.stringMatching(/^inline <script> "document.title = \\"ran\\";" has no matching hash in script-src/),
    expect.stringMatching(/^inline event handler <button onclick=/),
  ]);
});

test('the byte budgets report the heavy text pages, and nothing else', () => {
  const result = failing((file) => checkBudget(measurePage(site, file)));
  expect(Object.keys(result).sort()).toEqual(['over-budget-html/index.html', 'over-budget/index.html']);
  expect(result['over-budget/index.html']).toEqual([
    expect.stringMatching(/^text page ships 1\.\d KB of JavaScript \(raw\), budget 1\.0 KB/),
    expect.stringMatching(/^@font-face declares 3 font weights \(400, 600, 700\), budget 2$/),
  ]);
  expect(result['over-budget-html/index.html']).toEqual([expect.stringMatching(/^HTML \+ CSS is 1\d\.\d KB gzipped, budget 14\.0 KB$/)]);
});

test('a page marked data-js-page may ship more than 1 KB of JavaScript', () => {
  const weight = { ...measurePage(site, 'over-budget/index.html'), fontWeights: [], type: 'chart' };
  expect(checkBudget(weight)).toEqual([]);
});

test('the Nu Html Checker reports the invalid page, and nothing else', () => {
  const errors = validateHtml(fixtures.root);
  expect(errors.map((e) => e.file)).toEqual(['invalid-html/index.html']);
  expect(errors[0]).toMatchObject({ line: 12, message: expect.stringMatching(/end tag.*div/i) });
});
