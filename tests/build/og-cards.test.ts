/**
 * Link-preview cards in the built site: every indexable page (the sitemap) names a 1200 × 630 PNG card of at most
 * 300 KB in og:image, with its width, height and alt, and twitter:card summary_large_image; so does every other page.
 * Pages with different titles never share a card (a card's file name is a hash of what it shows).
 *
 * Card URLs are not in tests/fixtures/published-urls.txt, on purpose: a card's name is its content hash, so it
 * changes whenever the card does (Zalo and Facebook cache previews by URL). Listing one there would make an old
 * card a URL we promise to keep, and the next build would break it. The pages that name the cards are listed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, DistSite, REPO_ROOT } from '../lib/dist-site.ts';
import { sitemapUrls } from '../lib/sitemap.ts';
import { cardProblems, metaContent } from '../lib/og-cards.ts';
import { filePaths } from '../../src/lib/routes.ts';

const site = new DistSite(DIST);
const cardDir = path.posix.dirname(filePaths.ogCard('x'));

describe('the card check can fail', () => {
  const good = (extra = '') =>
    `<meta property="og:image" content="http://127.0.0.1:4321${filePaths.ogCard('nope')}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">${extra}`;
  it('names missing alt, wrong twitter card and a card not in the build', () => {
    const problems = cardProblems(good(), DIST, '/');
    expect(problems).toContain('no og:image:alt');
    expect(problems.some((p) => p.startsWith('twitter:card'))).toBe(true);
    expect(problems.some((p) => p.includes('is not in the build'))).toBe(true);
  });
  it('names a page without og:image', () => {
    expect(cardProblems('<title>x</title>', DIST, '/')).toEqual(['no og:image']);
  });
});

describe('link-preview cards', () => {
  const urls = existsBuilt() ? sitemapUrls(site) : [];
  const files = urls.map((u) => {
    const target = site.resolvePath(new URL(u).pathname);
    if ('error' in target) throw new Error(`${u} ${target.error}`);
    return target.file;
  });

  it('cover every kind of indexable page', () => {
    site.assertBuilt();
    for (const p of ['/', '/en/', '/ha-nam/', '/tinh/nam-dinh/', '/chi-so/papi/', '/chi-so/papi/bo-tieu-chi/', '/bieu-do/papi-ha-nam-tong-diem/', '/xep-hang/', '/en/indices/papi/']) {
      expect(urls.map((u) => new URL(u).pathname), p).toContain(p);
    }
    expect(files.some((f) => f.startsWith('bai-viet/') && f !== 'bai-viet/index.html')).toBe(true);
  });

  it('every sitemap page has a 1200 × 630 card within 300 KB, with width, height and alt', () => {
    const bad = files.flatMap((f) => cardProblems(site.read(f), DIST, '/').map((p) => `${f}: ${p}`));
    expect(bad).toEqual([]);
  });

  it('every other page has one too (embeds, search, 404)', () => {
    const listed = new Set(files);
    const bad = site.pageFiles().filter((f) => !listed.has(f)).flatMap((f) => cardProblems(site.read(f), DIST, '/').map((p) => `${f}: ${p}`));
    expect(bad).toEqual([]);
  });

  it('pages with different titles have different cards', () => {
    const titleOf = new Map<string, string>();
    const shared: string[] = [];
    for (const f of site.pageFiles()) {
      const html = site.read(f);
      const image = metaContent(html, 'og:image')!;
      const title = `${metaContent(html, 'og:locale')} ${metaContent(html, 'og:title')}`;
      const seen = titleOf.get(image);
      if (seen !== undefined && seen !== title) shared.push(`${f}: "${title}" shares ${image} with "${seen}"`);
      titleOf.set(image, title);
    }
    expect(shared).toEqual([]);
  });

  it('card URLs are not in the published-URL fixture (they change with the content)', () => {
    const fixture = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/published-urls.txt'), 'utf8').split('\n');
    expect(fixture.filter((l) => l.startsWith(`${cardDir}/`))).toEqual([]);
  });
});

function existsBuilt(): boolean {
  try {
    site.assertBuilt();
    return true;
  } catch {
    return false;
  }
}
