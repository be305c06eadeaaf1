/** Every Vietnamese page writes numbers the Vietnamese way: no dot decimals in what a reader sees. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, DistSite, REPO_ROOT } from '../lib/dist-site.ts';
import { dotDecimals, visibleText } from '../lib/vi-numbers.ts';

const site = new DistSite(DIST);

/** Measure ids written with a dot (PAPI sub-dimensions "1.1" … "8.3"), from the data, never typed here. */
function measureCodes(): Set<string> {
  const indices = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/data/indices.json'), 'utf8')) as { periods: { measures: { id: string }[] }[] }[];
  return new Set(indices.flatMap((i) => i.periods.flatMap((p) => p.measures.map((m) => m.id))).filter((id) => /^\d+\.\d+$/.test(id)));
}

describe('Vietnamese number format', () => {
  it('no Vietnamese page shows a dot decimal', () => {
    site.assertBuilt();
    const codes = measureCodes();
    expect(codes.has('5.2')).toBe(true);
    const pages = site.htmlFiles().filter((f) => !f.startsWith('en/'));
    expect(pages.length).toBeGreaterThan(50);
    const hits = pages.flatMap((f) => dotDecimals(visibleText(site.read(f)), codes).map((h) => `${site.urlPathOf(f)}: …${h}…`));
    expect(hits).toEqual([]);
  });
});

describe('dates as a reader writes them', () => {
  /** A bare ISO month or day in parentheses ("(2022-05)"), as a source date: not how anyone writes a date. */
  const isoDates = (text: string) => [...text.matchAll(/\((\d{4}-\d{2}(?:-\d{2})?)\)/g)].map((m) => m[1]!);

  it('the check finds a raw ISO month', () => {
    expect(isoDates('Nguồn: Cổng Thông tin điện tử tỉnh Hà Nam (2022-05); Báo Hà Nam (tháng 5/2022)')).toEqual(['2022-05']);
  });

  it('no page, in either language, shows a source date as a raw ISO date', () => {
    const hits = site.htmlFiles().flatMap((f) => isoDates(visibleText(site.read(f))).map((d) => `${site.urlPathOf(f)}: (${d})`));
    expect(hits.slice(0, 10)).toEqual([]);
  });
});
