import { describe, expect, it } from 'vitest';
import { dotDecimals, visibleText } from '../lib/vi-numbers.ts';

const codes = new Set(['1.1', '5.2']);

describe('dot decimals in Vietnamese text', () => {
  it('finds English decimals, ranges included', () => {
    expect(dotDecimals('thang 0.25-2.5 điểm; 87.12 và 87,14', codes).length).toBe(3);
  });
  it('leaves codes, thousands, URLs, licences and document numbers alone', () => {
    const text = 'nội dung 5.2 và 1.1.3; 15.833 người; https://papi.org.vn/2.5/x; CC BY 4.0; QĐ 1149/QĐ-BNV; Table 3.6; 81,51 điểm; năm 2021.';
    expect(dotDecimals(text, codes)).toEqual([]);
  });
  it('reads only what a reader sees', () => {
    expect(visibleText('<p>a <b>0,25</b></p><script>x = 2.5</script><style>p{top:1.5em}</style>').trim()).toBe('a 0,25');
  });
  it('leaves quotes and text in another language as their sources wrote them', () => {
    const html = '<p>Điểm <img src="x.png" alt="">0,25</p><blockquote>Hà Nam 87.12 điểm</blockquote><p lang="en">scored <b>2.5</b></p><p>sau 2.5</p>';
    expect(visibleText(html).trim()).toBe('Điểm 0,25 sau 2.5');
  });
});
