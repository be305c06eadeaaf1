/** The words checks (tests/lib/text-checks.ts): each fails on the fixture it names and passes clean text. */
import { describe, expect, it } from 'vitest';
import { researchVoiceProblems, spacingProblems, termProblems, textProblems, type IndexTerm } from '../lib/text-checks.ts';

describe('spacingProblems', () => {
  it.each([
    ['Nội dung được cấp phépCC BY 4.0.', 'phépCC'],
    ['Site text is licensed underCC BY 4.0.', 'underCC'],
    ['Phiên bản dữ liệu: Tháng 11/2021(28/11/2026)', '2021(28/11/2026)'],
    ['dừng ở kết quả năm 2024.(Nguồn: Báo Hà Nam)', '2024.(Nguồn:'],
    ['Áp dụng: từ năm 2018. chỉ số nội dung: 8', 'chỉ'],
    ['Xem (bảng)dưới đây', '(bảng)dưới'],
  ])('fails on %j', (text, word) => {
    const problems = spacingProblems(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(word);
  });
  it('passes real names, web addresses, decimals and an editor insertion', () => {
    expect(spacingProblems('Theo VietNamNet và VnExpress (2024), xem papi.org.vn; điểm 81,51 (xếp 19/63). Năm 2021. Ai cũng biết ngườ[i] dân. Cổng Dịch vụ công Online(*).')).toEqual([]);
  });
});

describe('researchVoiceProblems', () => {
  it('fails on a reader page', () => {
    expect(researchVoiceProblems('/chi-so/sipas/', 'Chúng tôi không tìm thấy quyết định nào.')).toHaveLength(1);
    expect(researchVoiceProblems('/chi-so/par-index/', 'Chúng tôi **chưa tìm thấy**'.replace(/\*/g, ''))).toHaveLength(1);
    expect(researchVoiceProblems('/en/indices/papi/', 'but we have not found an official text')).toHaveLength(1);
  });
  it('allows the research pages and the About page', () => {
    expect(researchVoiceProblems('/nguon/', 'Chúng tôi chưa tìm thấy văn bản.')).toEqual([]);
    expect(researchVoiceProblems('/gioi-thieu/', 'Chúng tôi chưa tìm thấy văn bản.')).toEqual([]);
  });
  it('runs with the spacing check from one call (the browser sweep hook)', () => {
    expect(textProblems('http://127.0.0.1:4321/chi-so/papi/', 'cấp phépCC. Chúng tôi chưa tìm thấy.')).toHaveLength(2);
  });
});

describe('termProblems', () => {
  const terms: IndexTerm[] = [
    { id: 'chi-so-noi-dung', index: 'papi', forms: ['chỉ số nội dung'] },
    { id: 'linh-vuc', index: 'par-index', forms: ['lĩnh vực'] },
  ];
  it('fails when a passage about PAPI uses the PAR INDEX word', () => {
    expect(termProblems('papi', 'Điểm từng lĩnh vực của Hà Nam', terms)).toHaveLength(1);
    expect(termProblems('par-index', 'Các chỉ số nội dung của PAR INDEX', terms)).toHaveLength(1);
  });
  it('passes the right word, quotations and the index’s own word', () => {
    expect(termProblems('papi', 'Tám chỉ số nội dung; tên văn bản “Lĩnh vực cải cách”.', terms)).toEqual([]);
    expect(termProblems('par-index', 'Các lĩnh vực của PAR INDEX', terms)).toEqual([]);
  });
});
