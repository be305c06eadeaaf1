/** The research import's shared helpers (scripts/import/common.ts), on small inline inputs. */
import { describe, expect, it } from 'vitest';
import { decimals, fixEnglish, int, num, shorten, sourceIdForUrl, stableJson } from '../../scripts/import/common.ts';

describe('sourceIdForUrl', () => {
  it('is the host without www./m., then 6 hex of the URL hash: stable, and distinct for distinct URLs', () => {
    const id = sourceIdForUrl('https://www.baohanam.com.vn/a');
    expect(id).toMatch(/^baohanam-com-vn-[0-9a-f]{6}$/);
    expect(sourceIdForUrl('https://m.baohanam.com.vn/a')).toMatch(/^baohanam-com-vn-/);
    expect(sourceIdForUrl('https://www.baohanam.com.vn/a')).toBe(id);
    expect(sourceIdForUrl('https://www.baohanam.com.vn/b')).not.toBe(id);
  });
});

describe('numbers as published', () => {
  it('counts the decimals written', () => {
    expect([decimals('81.51'), decimals('43.2855'), decimals('38'), decimals(' 7.0 ')]).toEqual([2, 4, 0, 1]);
  });
  it('reads plain numbers only', () => {
    expect([num('43.28'), num(' -1 '), num('1,5'), num(''), num(undefined), num('about 3')]).toEqual([43.28, -1, undefined, undefined, undefined, undefined]);
    expect([int('60'), int(' 7 '), int('7.5'), int(''), int(undefined)]).toEqual([60, 7, undefined, undefined, undefined]);
  });
});

describe('shorten', () => {
  it('collapses white space and cuts at the limit with an ellipsis', () => {
    expect(shorten('  a\n  b  ')).toBe('a b');
    expect(shorten('abcdef ghij', 8)).toBe('abcdef…');
    expect(shorten('abcdefgh', 8)).toBe('abcdefgh');
  });
});

describe('fixEnglish', () => {
  it('corrects the misprints the research copied, every time they occur, and nothing else', () => {
    expect(fixEnglish("Peope's Reponsiveness; Reponsiveness")).toBe("People's Responsiveness; Responsiveness");
    expect(fixEnglish('Land Use Tittle Certificates')).toBe('Land Use Title Certificates');
    expect(fixEnglish('Civic Knowledge')).toBe('Civic Knowledge');
  });
});

it('stableJson writes two-space JSON with a final newline', () => {
  expect(stableJson({ a: [1], b: 'x' })).toBe('{\n  "a": [\n    1\n  ],\n  "b": "x"\n}\n');
});
