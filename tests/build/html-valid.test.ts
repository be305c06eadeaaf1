/** Valid HTML: one run of the Nu Html Checker over all of dist/ finds no error. */
import { test } from 'vitest';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { validateHtml, formatHtmlErrors } from '../lib/html-validator.ts';

test('the Nu Html Checker finds no error in dist/', () => {
  new DistSite(DIST).assertBuilt();
  const errors = validateHtml(DIST);
  if (errors.length) throw new Error(`${errors.length} HTML error(s):\n${formatHtmlErrors(errors)}`);
});
