/** Every figure on the site comes from the data: no page template or MDX file may type one by hand. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findTypedFigures } from '../../src/lib/typed-figures.ts';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

describe('the scanner', () => {
  it('finds values, ranks, percentages and counts', () => {
    const found = findTypedFigures('Chỉ số PAR INDEX đạt 81,51 điểm, xếp 60/63.\nSIPAS 88,38%. PAPI 43.28, hỏi 14.000 người ở 63 tỉnh.').map((f) => f.text);
    expect(found).toEqual(expect.arrayContaining(['81,51', '60/63', '88,38%', '43.28', '14.000 người', '63 tỉnh']));
  });
  it('leaves years, dates, document numbers and data keys alone', () => {
    const text = 'Năm 2021, theo Quyết định số 876/QĐ-BNV ngày 10/11/2022 và 1149/QĐ-BNV (23/06/2022). <Value k="papi/2021/ha-nam/total" /> Lĩnh vực 8.3 có từ 2019.';
    expect(findTypedFigures(text)).toEqual([]);
  });
  it('reports the line', () => {
    expect(findTypedFigures('a\nb\nxếp thứ 22/60')[0]).toMatchObject({ line: 3, text: '22/60', kind: 'rank' });
  });
});

const targets = [...files('src/pages', /\.(astro|ts|mdx?)$/), ...files('content', /\.mdx$/)];

describe.each(targets.map((f) => [f]))('%s', (file) => {
  it('types no figure by hand', () => {
    const found = findTypedFigures(readFileSync(file, 'utf8')).map((f) => `${file}:${f.line}: ${f.kind} "${f.text}"`);
    expect(found).toEqual([]);
  });
});
