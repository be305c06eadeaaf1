/** Every built page (but Astro's redirect pages) carries a strict CSP <meta> and nothing it would block (see tests/lib/csp.ts). */
import { test } from 'vitest';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { checkCsp } from '../lib/csp.ts';
import { assertNoProblems } from '../lib/problems.ts';

const site = new DistSite(DIST);

test('dist/ is built', () => site.assertBuilt());

test.each(site.pageFiles())('CSP of %s', (file) => {
  assertNoProblems(file, checkCsp(site.read(file)));
});
