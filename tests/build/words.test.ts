/**
 * The words of the built site (tests/lib/text-checks.ts): no research notes on reader pages, and no passage about one
 * index using a term the glossary gives to another. Read from dist/ HTML: neither check needs layout. The fixtures in
 * tests/fixtures/words/ prove each check fails. (The spacing check needs rendered text and runs in the browser sweep.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, DistSite, REPO_ROOT } from '../lib/dist-site.ts';
import { htmlText, pageTermProblems, researchVoiceProblems, type IndexTerm } from '../lib/text-checks.ts';

const site = new DistSite(DIST);
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/words');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** The glossary's terms that belong to one index, with their forms, in both languages. */
function indexTerms(): IndexTerm[] {
  return (['vi', 'en'] as const).flatMap((locale) =>
    (JSON.parse(readFileSync(path.join(REPO_ROOT, `content/glossary/${locale}.json`), 'utf8')) as { id: string; index?: string; forms?: string[] }[])
      .filter((t) => t.index && t.forms?.length)
      .map((t) => ({ id: t.id, index: t.index!, forms: t.forms! })),
  );
}

describe('the words checks fail on their fixtures', () => {
  it('the terms check reports "lĩnh vực" in a passage about PAPI, and not the quotation or the nested PAR INDEX passage', () => {
    const problems = pageTermProblems(fixture('wrong-term.html'), indexTerms());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"lĩnh vực" is the par-index word .* about papi/);
  });
  it('the research-voice check reports "chúng tôi không tìm thấy" across inline markup, and not inside a script', () => {
    expect(researchVoiceProblems('/chi-so/sipas/', htmlText(fixture('research-voice.html')))).toHaveLength(1);
    expect(researchVoiceProblems('/nguon/', htmlText(fixture('research-voice.html')))).toEqual([]);
  });
  it('the glossary marks the terms of PAPI and of the PAR INDEX', () => {
    const indices = new Set(indexTerms().map((t) => t.index));
    expect([...indices].sort()).toEqual(['papi', 'par-index']);
  });
});

describe('the built site', () => {
  it('no reader page narrates the research ("chúng tôi chưa tìm thấy"); /nguon/ and /gioi-thieu/ may', () => {
    site.assertBuilt();
    const problems = site.htmlFiles().flatMap((f) => researchVoiceProblems(site.urlPathOf(f), htmlText(site.read(f))).map((p) => `${site.urlPathOf(f)}: ${p}`));
    expect(problems).toEqual([]);
  });
  it('every passage about PAPI or the PAR INDEX uses that index’s own terms', () => {
    site.assertBuilt();
    const terms = indexTerms();
    const marked = site.htmlFiles().filter((f) => site.read(f).includes('data-index="'));
    expect(marked.length).toBeGreaterThan(0);
    const problems = marked.flatMap((f) => pageTermProblems(site.read(f), terms).map((p) => `${site.urlPathOf(f)}: ${p}`));
    expect(problems).toEqual([]);
  });
});
