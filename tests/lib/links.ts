/**
 * The link gate: every internal <a href> must reach a file in the build, and its #fragment an id on that page.
 * Targets are looked up in the built files (dist-site.ts), so one page visit checks all its links.
 */
import type { DistSite } from './dist-site.ts';

export interface Link {
  /** As written in the page, for the report. */
  href: string;
  /** Resolved against the page's URL. */
  url: string;
}

/**
 * `current` is the page the links are on, with the ids of its live DOM: a same-page "#x" is checked there, since
 * that page may have no file of its own (a 404 page answers for any URL).
 */
export function checkLinks(site: DistSite, links: readonly Link[], current?: { url: string; ids: ReadonlySet<string> }): string[] {
  const problems = new Set<string>();
  const documentOf = (u: URL) => u.origin + u.pathname + u.search;
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link.url);
    } catch {
      problems.add(`broken link "${link.href}": not a valid URL`);
      continue;
    }
    // mailto:, tel: and other sites are not ours to check (and the tests have no network).
    if (!/^https?:$/.test(url.protocol) || !site.isInternal(url)) continue;
    const fragment = safeDecode(url.hash.slice(1));
    let ids: ReadonlySet<string>;
    let where: string;
    if (current && documentOf(url) === documentOf(new URL(current.url))) {
      ids = current.ids;
      where = 'this page';
    } else {
      const target = site.resolvePath(url.pathname);
      if ('error' in target) {
        problems.add(`broken link "${link.href}": ${url.pathname} ${target.error}`);
        continue;
      }
      ids = fragment && target.file.endsWith('.html') ? site.ids(target.file) : new Set();
      where = url.pathname;
    }
    // "#" and "#top" scroll to the top without any element (HTML spec).
    if (fragment && fragment.toLowerCase() !== 'top' && !ids.has(fragment)) {
      problems.add(`broken anchor "${link.href}": no element with id="${fragment}" on ${where}`);
    }
  }
  return [...problems];
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
