/** Byte budgets per page type (tests/lib/budgets.ts; the table is in README.md under "Byte budgets"). */
import { test } from 'vitest';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { measurePage, checkBudget, describeWeight } from '../lib/budgets.ts';
import { assertNoProblems } from '../lib/problems.ts';

const site = new DistSite(DIST);

test('dist/ is built', () => site.assertBuilt());

test.each(site.pageFiles())('byte budget of %s', (file) => {
  const weight = measurePage(site, file);
  assertNoProblems(describeWeight(weight), checkBudget(weight));
});
