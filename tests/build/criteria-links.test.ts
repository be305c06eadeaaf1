/**
 * The PAPI criteria sheet is found where the Fatherland Front looks: /chi-so/ (the indices), the home page's
 * Fatherland Front door, PAPI's own page and every PAPI dimension (criteria) page link to its print page, in both
 * languages. (Search finding it first is tests/browser/search-queries.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { routePath, type Route } from '../../src/lib/routes.ts';

const site = new DistSite(DIST);

/** Whether a page links to the print page (any version: the short one, or the full one). */
export function linksToSheet(html: string, sheetPath: string): boolean {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"#?]*)/g)].some((m) => m[1] === sheetPath || m[1] === `${sheetPath}day-du/` || m[1] === `${sheetPath}full/`);
}

describe('links to the PAPI criteria sheet', () => {
  it('the check bites: a page without the link is found', () => {
    expect(linksToSheet('<a href="/chi-so/papi/">PAPI</a>', '/chi-so/papi/bo-tieu-chi/')).toBe(false);
    expect(linksToSheet('<a class="x" href="/chi-so/papi/bo-tieu-chi/">In</a>', '/chi-so/papi/bo-tieu-chi/')).toBe(true);
  });

  it.each(LOCALES)('%s: from the home page, the indices, PAPI and every PAPI dimension page', (locale) => {
    site.assertBuilt();
    const sheet = routePath(locale, { page: 'criteria-print', index: 'papi' });
    const papi = routePath(locale, { page: 'index', index: 'papi' });
    const dimensions = readdirSync(path.join(DIST, papi), { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^\d+$/.test(d.name))
      .map((d): Route => ({ page: 'dimension', index: 'papi', dimension: d.name }));
    expect(dimensions.length).toBeGreaterThan(5);
    const pages: Route[] = [{ page: 'home' }, { page: 'indices' }, { page: 'index', index: 'papi' }, ...dimensions];
    const missing = pages.map((r) => routePath(locale, r)).filter((p) => !linksToSheet(site.read(`${p.slice(1)}index.html`), sheet));
    expect(missing).toEqual([]);
  });
});
