import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/i18n/template.ts';
import { ui, LOCALES } from '../../src/i18n/index.ts';

describe('fillTemplate', () => {
  it('fills every placeholder, repeated ones too, and leaves other text alone', () => {
    expect(fillTemplate('{n}/{count} ({n})', { n: 19, count: 63 })).toBe('19/63 (19)');
    expect(fillTemplate('không có chỗ trống', {})).toBe('không có chỗ trống');
  });

  it('throws, naming the placeholder, when a value is missing', () => {
    expect(() => fillTemplate('Trang {n}/{count}', { n: 2 })).toThrow(/\{count\}.*Trang \{n\}\/\{count\}/);
  });
});

/** Every string in a locale's interface strings, by its dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  const [first, ...others] = LOCALES;
  const reference = flatten(ui(first));
  for (const locale of others) {
    it(`${locale} has the same {placeholders} as ${first} in every string`, () => {
      const strings = flatten(ui(locale));
      const mismatched = [...reference].filter(([key, s]) => placeholders(s).join() !== placeholders(strings.get(key) ?? '').join());
      expect(mismatched.map(([key]) => key)).toEqual([]);
    });
  }
});
