/**
 * Every link to another site opens without handing it our page: each <a> (and <area>) in dist/ whose href is an
 * http(s) URL on another host carries rel="noopener noreferrer" (noopener: the other site gets no window.opener;
 * noreferrer: it is not told which of our pages the reader came from).
 * "Another host" = any origin except the ones the site is built for (its canonical origin, and the local origins
 * DistSite knows). Each offender is reported with its file and href.
 */
import { expect, test } from 'vitest';
import { scanTags } from '../lib/html.ts';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { assertNoProblems } from '../lib/problems.ts';

const site = new DistSite(DIST);

/** The origin the build was made for, read from the home page's canonical link (SITE_URL at build time). */
function builtOrigin(): string | null {
  try {
    const canonical = scanTags(site.read('index.html')).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
    return canonical ? new URL(canonical).origin : null;
  } catch {
    return null;
  }
}

/** The external links of one HTML document that lack noopener or noreferrer, as "href (rel=…)". */
export function unsafeExternalLinks(html: string, pageUrl: string, internalOrigins: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const tag of scanTags(html)) {
    if (tag.name !== 'a' && tag.name !== 'area') continue;
    const href = tag.attrs.get('href')?.trim();
    if (!href) continue;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue; // not a URL at all: the link gate reports it
    }
    if (!/^https?:$/.test(url.protocol) || internalOrigins.has(url.origin)) continue;
    const rel = new Set((tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean));
    const lacking = ['noopener', 'noreferrer'].filter((token) => !rel.has(token));
    if (lacking.length) problems.push(`<${tag.name} href="${href}"${tag.attrs.has('rel') ? ` rel="${tag.attrs.get('rel')}"` : ''}> lacks ${lacking.join(' and ')}`);
  }
  return problems;
}

test('the check catches an external link without noopener noreferrer', () => {
  const origins = new Set(['https://example.org']);
  const html = [
    '<a href="https://other.example/a">bad</a>',
    '<a href="https://other.example/b" rel="noopener">half</a>',
    '<a href="//other.example/c" rel="noreferrer">protocol-relative</a>',
    '<a href="https://other.example/d" rel="external noopener noreferrer">good</a>',
    '<a href="HTTPS://OTHER.EXAMPLE/e" rel="NoOpener NoReferrer">good, any case</a>',
    '<a href="/inside/">internal</a><a href="https://example.org/x">own origin</a><a href="mailto:a@b.c">mail</a><a href="#top">top</a>',
  ].join('');
  expect(unsafeExternalLinks(html, 'https://example.org/page/', origins)).toEqual([
    '<a href="https://other.example/a"> lacks noopener and noreferrer',
    '<a href="https://other.example/b" rel="noopener"> lacks noreferrer',
    '<a href="//other.example/c" rel="noreferrer"> lacks noopener',
  ]);
});

test('every external link in dist/ has rel="noopener noreferrer"', () => {
  site.assertBuilt();
  const origin = builtOrigin();
  const internal = new Set([...site.origins, ...(origin ? [origin] : [])]);
  const pageOrigin = origin ?? [...site.origins][0]!;
  const problems: string[] = [];
  for (const file of site.htmlFiles()) {
    for (const problem of unsafeExternalLinks(site.read(file), pageOrigin + site.urlPathOf(file), internal)) problems.push(`dist/${file}: ${problem}`);
  }
  assertNoProblems('external links without rel="noopener noreferrer" (add it where each is rendered: a component, or a rehype step for links written in MDX)', problems);
});
