/** The official workbook's misspellings are corrected for readers and kept as printed in the data. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { correctedVietnamese } from '../../scripts/import/common.ts';

describe('correctedVietnamese', () => {
  it('corrects the workbook typos and keeps the printed text', () => {
    expect(correctedVietnamese({ name_vi: 'doanh nghiệp KHÔNG đưa hối lội để trốn tránh' })).toEqual({
      name_vi: 'doanh nghiệp KHÔNG đưa hối lộ để trốn tránh',
      as_printed: { name_vi: 'doanh nghiệp KHÔNG đưa hối lội để trốn tránh' },
    });
    expect(correctedVietnamese({ name_vi: 'cho biếtđã nhận được', scale_text: '0%-100%' }).name_vi).toBe('cho biết đã nhận được');
    expect(correctedVietnamese({ name_vi: 'liên quan đến đến giấy CNQSD đất' }).name_vi).toBe('liên quan đến giấy CNQSD đất');
  });
  it('leaves correct text alone, with no as_printed', () => {
    expect(correctedVietnamese({ name_vi: 'KHÔNG dùng tiền công quỹ vào mục đích riêng', scale_text: '0%-100%' })).toEqual({
      name_vi: 'KHÔNG dùng tiền công quỹ vào mục đích riêng',
      scale_text: '0%-100%',
    });
  });
  it('the imported PAPI criteria show no typo, and each corrected node keeps what was printed', () => {
    const tree = readFileSync('content/data/criteria/papi-2018.json', 'utf8');
    const data = JSON.parse(tree) as unknown;
    const names: string[] = [];
    const printed: string[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (n && typeof n === 'object') {
        const o = n as { name_vi?: string; as_printed?: { name_vi?: string } };
        if (o.name_vi) names.push(o.name_vi);
        if (o.as_printed?.name_vi) printed.push(o.as_printed.name_vi);
        Object.entries(o).forEach(([k, v]) => k !== 'as_printed' && walk(v));
      }
    };
    walk(data);
    expect(names.filter((n) => /hối lội|biếtđã|đến đến/u.test(n))).toEqual([]);
    expect(printed.length).toBeGreaterThanOrEqual(3);
  });
});
