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
