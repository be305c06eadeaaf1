/** Valid HTML: one run of the Nu Html Checker over all of dist/ finds no error (Astro's redirect pages aside). */
import { test } from 'vitest';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { validateHtml, formatHtmlErrors } from '../lib/html-validator.ts';

test('the Nu Html Checker finds no error in dist/', () => {
  const site = new DistSite(DIST);
  site.assertBuilt();
  const redirects = site.redirectFiles();
  const errors = validateHtml(DIST).filter((e) => !redirects.includes(e.file));
  if (errors.length) throw new Error(`${errors.length} HTML error(s):\n${formatHtmlErrors(errors)}`);
});
