import { describe, expect, it } from 'vitest';
import { mergeByScore, normaliseQuery, queryVariants } from '../../src/lib/search-query.ts';

describe('queryVariants', () => {
  it('tries đ at every syllable start that has a d', () => {
    expect(queryVariants('danh gia')).toEqual(['danh gia', 'đanh gia']);
    expect(queryVariants('dat dai').sort()).toEqual(['dat dai', 'dat đai', 'đat dai', 'đat đai'].sort());
    expect(queryVariants('dien tu')[0]).toBe('dien tu');
  });
  it('leaves d inside a syllable alone', () => {
    expect(queryVariants('hanh chinh')).toEqual(['hanh chinh']);
    expect(queryVariants('index')).toEqual(['index']);
  });
  it('reads Telex dd as đ and keeps upper case', () => {
    expect(queryVariants('ddanh gia')).toContain('đanh gia');
    expect(queryVariants('Dia phuong')).toContain('Đia phuong');
  });
  it('keeps quotes for exact phrases', () => {
    expect(queryVariants('"dich vu cong"')).toContain('"đich vu cong"');
  });
  it('bounds the number of searches', () => {
    expect(queryVariants('dan du dia diem do dac dinh duong', 16)).toHaveLength(16);
  });
  it('normalises decomposed input to NFC', () => {
    const decomposed = 'cải cách'.normalize('NFD');
    expect(normaliseQuery(`  ${decomposed}  `)).toBe('cải cách');
  });
});

describe('mergeByScore', () => {
  it('keeps one entry per page with its best score, best first', () => {
    const merged = mergeByScore([
      [{ id: 'a', score: 1 }, { id: 'b', score: 3 }],
      [{ id: 'a', score: 5 }, { id: 'c', score: 2 }],
    ]);
    expect(merged).toEqual([{ id: 'a', score: 5 }, { id: 'b', score: 3 }, { id: 'c', score: 2 }]);
  });
});
