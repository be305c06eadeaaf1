import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { publisherLabel } from '../../src/i18n/publishers.ts';

describe('publisherLabel: citation labels in the page language', () => {
  it('puts the descriptive words of a label into English', () => {
    expect(publisherLabel('CECODES, RTA và UNDP (báo cáo PAPI)', 'en')).toBe('CECODES, RTA and UNDP (PAPI report)');
    expect(publisherLabel('CECODES, VFF-CRT, RTA và UNDP (papi.org.vn): tệp dữ liệu PAPI', 'en')).toBe('CECODES, VFF-CRT, RTA and UNDP (papi.org.vn): PAPI data file');
    expect(publisherLabel('Cổng Thông tin điện tử tỉnh Hà Nam', 'en')).toBe('Hà Nam Provincial Portal');
    expect(publisherLabel('Sở Nội vụ tỉnh Nam Định', 'en')).toBe('Nam Định Department of Home Affairs');
  });
  it('keeps the names of newspapers and magazines whole, "và" included', () => {
    expect(publisherLabel('Tạp chí Công nghiệp và Tiêu dùng', 'en')).toBe('Tạp chí Công nghiệp và Tiêu dùng');
    expect(publisherLabel('Báo Hà Nam', 'en')).toBe('Báo Hà Nam');
  });
  it('keeps Vietnamese labels on Vietnamese pages', () => {
    expect(publisherLabel('CECODES, RTA và UNDP (báo cáo PAPI)', 'vi')).toBe('CECODES, RTA và UNDP (báo cáo PAPI)');
  });
  it('leaves no Vietnamese descriptive word in any English label but the names of newspapers, magazines and sites', () => {
    const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { publisher: string }[];
    const left = [...new Set(sources.map((s) => publisherLabel(s.publisher, 'en')))].filter((label) => !/^(Tạp chí|Báo) /u.test(label)).filter(
      (label) => / và |báo cáo|tệp dữ liệu|Cổng|Sở |tỉnh|Bộ |Ban /u.test(label),
    );
    expect(left).toEqual([]);
  });
});
