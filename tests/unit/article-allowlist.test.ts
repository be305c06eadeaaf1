/**
 * What an article may contain (src/integrations/article-allowlist.ts), checked by compiling MDX the way Astro's
 * MDX integration does (satteri's mdxToJs with the plugin): a bad article fails with its file, line, column and
 * reason; a real article passes; files outside content/articles/ are not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleAllowlist } from '../../src/integrations/article-allowlist.ts';
import { loadDataset } from '../../src/lib/dataset.ts';

// The first key check loads the dataset; load it once here so no single test pays for it against its timeout.
beforeAll(() => void loadDataset(), 60_000);

const FILE = 'content/articles/vi/thu.mdx';

async function compile(source: string, file = FILE): Promise<string> {
  const { code } = await mdxToJs(source, { mdastPlugins: [articleAllowlist], fileURL: pathToFileURL(path.resolve(file)) });
  return code;
}

async function errorOf(source: string, file = FILE): Promise<string> {
  try {
    await compile(source, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the article to be refused');
}

describe('a bad article fails with its file, line, column and reason', () => {
  it.each([
    ['a component articles cannot use', 'Xem <Chart id="x" />.\n', `${FILE}:1:5: <Chart> is not a component articles can use`],
    ['a lowercase HTML element', 'Chữ <b>đậm</b>.\n', `${FILE}:1:5: <b> is not a component articles can use`],
    ['an unknown prop', '<Value k="papi/2021/ha-nam/total" kind="x" />\n', `${FILE}:1:1: <Value>: unknown prop "kind"`],
    ['a prop on <Vi>', 'In <Vi lang="x">Hà Nam</Vi>.\n', `${FILE}:1:4: <Vi>: unknown prop "lang"`],
    ['a missing prop', 'Nguồn <Cite />.\n', `${FILE}:1:7: <Cite>: missing prop "id"`],
    ['an empty prop', 'Nguồn <Cite id="" />.\n', `${FILE}:1:7: <Cite> prop "id" is empty`],
    ['a prop value outside its choices', '<Value k="papi/2021/ha-nam/total" show="all" />\n', `${FILE}:1:1: <Value> prop "show": "all", expected "value" or "rank" or "both" or "change"`],
    ['a value on a prop that takes none', '<Value k="papi/2021/ha-nam/total" cite="yes" />\n', `${FILE}:1:1: <Value> prop "cite": "yes", expected no value`],
    ['an expression as a prop', '<Value k={key} />\n', `${FILE}:1:1: <Value> prop "k": write the value in quotes`],
    ['spread props', '<Value {...props} />\n', `${FILE}:1:1: <Value>: {…} spread props are not allowed`],
    ['an expression in the text', 'Điểm {43.29}.\n', `${FILE}:1:6: {…} expressions are not allowed`],
    ['an expression on its own line', 'Chữ.\n\n{x}\n', `${FILE}:3:1: {…} expressions are not allowed`],
    ['an import line', 'Chữ.\n\nimport X from "./x.astro";\n', `${FILE}:3:1: import and export lines are not allowed`],
    ['an export line', 'export const x = 1;\n', `${FILE}:1:1: import and export lines are not allowed`],
    ['a component inside another', '<Term id="papi">chỉ số <Chart /></Term>\n', `${FILE}:1:24: <Chart> is not a component`],
  ])('%s', async (_, source, message) => {
    expect(await errorOf(source)).toContain(message);
  });

  it.each([
    ['Value', '<Value k="papi/2021/ha-nam/nothing" />', 'no such result in content/data/results'],
    ['Stat', '<Stat k="papi/2021/national/total/nothing" />', 'no such statistic in content/data/national-stats.json'],
    ['Fact', '<Fact k="papi/nothing" />', 'no such fact in content/data/facts.json'],
    ['Cite', '<Cite id="no-such-source" />', 'no such source in content/data/sources.json'],
    ['LegalDoc', '<LegalDoc id="no-such-document" />', 'no such document in content/data/legal-documents.json'],
    ['Term', '<Term id="no-such-term">x</Term>', 'no such term in the glossary of this language'],
  ])('an unknown key in <%s>', async (_, tag, reason) => {
    expect(await errorOf(`Dòng một.\n\nDòng hai ${tag}.\n`)).toContain(`${FILE}:3:10: ${tag.replace(/ \/>$|>x<\/Term>$/, '>')}: ${reason}`);
  });

});

describe('<Difference> checks both of its keys', () => {
  it.each([
    ['its first key', '<Difference a="par-index/2021/ha-nam/nothing" b="par-index/2021/kien-giang/total" />', 'a="par-index/2021/ha-nam/nothing"'],
    ['its second key', '<Difference a="par-index/2021/ha-nam/total" b="par-index/2021/nowhere/total" />', 'b="par-index/2021/nowhere/total"'],
  ])('an unknown result as %s fails', async (_, tag, named) => {
    expect(await errorOf(`Chữ ${tag}.\n`)).toContain(`${FILE}:1:5: <Difference ${named}>: no such result in content/data/results`);
  });
  it('a missing key and an unknown prop fail', async () => {
    expect(await errorOf('<Difference a="par-index/2021/ha-nam/total" />\n')).toContain('<Difference>: missing prop "b"');
    expect(await errorOf('<Difference a="par-index/2021/ha-nam/total" b="par-index/2021/kien-giang/total" k="x" />\n')).toContain('<Difference>: unknown prop "k"');
  });
});

describe('what passes', () => {
  it.each(['vi', 'en'])('the real %s article, with every component it uses', async (locale) => {
    const file = `content/articles/${locale}/ha-nam-2021.mdx`;
    // Astro compiles the body with the frontmatter blanked out, which keeps line numbers.
    const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ''));
    const code = await compile(source, file);
    for (const name of ['Value', 'Stat', 'Fact', 'Cite', 'Term']) expect(code, name).toContain(name);
  });

  it.each(['vi', 'en'].flatMap((locale) => readdirSync(`content/articles/${locale}`).filter((f) => f.endsWith('.mdx')).map((f) => `content/articles/${locale}/${f}`)))('%s', async (file) => {
    const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ''));
    await expect(compile(source, file)).resolves.toBeTruthy();
  });

  it('every allowed component and prop, with <Vi> and <En> inside text', async () => {
    const source = [
      'Điểm <Value k="papi/2021/ha-nam/total" show="rank" cite />, <Fact k="par-index/2021/criteria-count" bare />,',
      '<Stat k="papi/2021/national/total/ranked-count" />, <Cite id="tap-chi-thanh-tra-2022-06-23" />,',
      '<LegalDoc id="nq-30c-nq-cp-2011" />, <Term id="papi">chỉ số <En>PAPI</En></Term> và <Vi>Hà Nam</Vi>,',
      '<Difference a="par-index/2021/ha-nam/total" b="par-index/2021/kien-giang/total" abs />.',
      '',
    ].join('\n');
    await expect(compile(source)).resolves.toBeTruthy();
  });

  it('leaves explainers and fixed pages alone: they may import and use any component', async () => {
    const source = 'import X from "./x.astro";\n\n<Chart id="x" /> {1 + 1}\n';
    await expect(compile(source, 'content/explainers/vi/papi.mdx')).resolves.toBeTruthy();
    await expect(compile(source, 'content/pages/vi/about.mdx')).resolves.toBeTruthy();
  });
});
