/**
 * The pages the browser suite visits: every URL of the built sitemap (sitemap-index.xml → sitemap-*.xml),
 * with its origin swapped for the test server's.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { decodeEntities } from './html.ts';
import type { DistSite } from './dist-site.ts';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => decodeEntities(m[1]!));
}

/** The page URLs listed by the sitemap index in a built site, as written (absolute, on SITE_URL). */
export function sitemapUrls(site: DistSite): string[] {
  const index = path.join(site.root, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: the build wrote no sitemap (is @astrojs/sitemap configured?)`);
  const urls: string[] = [];
  for (const sitemap of locs(site.read('sitemap-index.xml'))) {
    const target = site.resolvePath(new URL(sitemap).pathname);
    if ('error' in target) throw new Error(`sitemap-index.xml lists ${sitemap}, which ${target.error}`);
    urls.push(...locs(site.read(target.file)));
  }
  return urls;
}

/** http://localhost:4321/en/?x#y (or /en/?x#y) on another origin: same path, query and fragment. */
export function withOrigin(url: string, origin: string): string {
  const u = new URL(url, origin);
  return origin + u.pathname + u.search + u.hash;
}
