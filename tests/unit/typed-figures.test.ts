/**
 * Every figure on the site comes from the data: no page, component, layout, interface string or MDX file may type
 * one by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findFigures, findTypedFigures, readerText } from '../lib/typed-figures.ts';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

const figuresIn = (file: string) => findFigures(readerText(file, readFileSync(file, 'utf8'))).map((f) => `${file}:${f.line}: ${f.kind} "${f.text}"`);

describe('the scanner', () => {
  it('finds values, ranks, percentages and counts', () => {
    const found = findTypedFigures('Chỉ số PAR INDEX đạt 81,51 điểm, xếp 60/63.\nSIPAS 88,38%, 100% hộ. PAPI 43.28, hỏi 14.000 người ở 63 tỉnh, a 63-province table.').map((f) => f.text);
    expect(found).toEqual(expect.arrayContaining(['81,51', '60/63', '88,38%', '100%', '43.28', '14.000 người', '63 tỉnh', '63-province']));
  });
  it('leaves years, dates, document numbers and data keys alone', () => {
    const text = 'Năm 2021, theo Quyết định số 876/QĐ-BNV ngày 10/11/2022 và 1149/QĐ-BNV (23/06/2022). <Value k="papi/2021/ha-nam/total" /> Lĩnh vực 8.3 có từ 2019, thang 0–100%.';
    expect(findTypedFigures(text)).toEqual([]);
  });
  it('reports the line', () => {
    expect(findTypedFigures('a\nb\nxếp thứ 22/60')[0]).toMatchObject({ line: 3, text: '22/60', kind: 'rank' });
  });
  it('reads only the strings of code: comments, numbers and import paths are not text', () => {
    expect(findFigures(readerText('x.ts', "// 63 tỉnh\nimport a from './63/64.ts';\nconst ratio = 0.25;\nexport const s = { '60/63': 'Trang {n}/{count}' };"))).toEqual([]);
  });
  it('finds a figure in a component: frontmatter strings, template text and template expressions', () => {
    const file = 'tests/fixtures/typed-figures/Figure.astro';
    expect(figuresIn(file)).toEqual([`${file}:3: rank "22/63"`, `${file}:5: value "43,28"`, `${file}:6: count "63 tỉnh"`]);
  });
  it('finds a figure in interface strings, in both languages', () => {
    const file = 'tests/fixtures/typed-figures/strings.ts';
    expect(figuresIn(file)).toEqual([`${file}:2: count "63 tỉnh"`, `${file}:3: count "63-province"`]);
  });
});

const targets = [
  ...['src/pages', 'src/components', 'src/layouts', 'src/i18n'].flatMap((dir) => files(dir, /\.(astro|ts|mdx?)$/)),
  ...files('content', /\.mdx$/),
];

it('scans the folders where text lives', () => {
  for (const dir of ['src/pages', 'src/components', 'src/layouts', 'src/i18n', 'content/articles']) expect(targets.some((f) => f.startsWith(dir))).toBe(true);
});

describe.each(targets.map((f) => [f]))('%s', (file) => {
  it('types no figure by hand', () => {
    expect(figuresIn(file)).toEqual([]);
  });
});
