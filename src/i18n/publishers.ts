/**
 * A publisher's name as an English page shows it. The data names publishers in Vietnamese ("CECODES, RTA và UNDP
 * (báo cáo PAPI)"); on /en/ the descriptive words are put into English and the proper names of newspapers and
 * magazines are kept. Longest phrases first, so "Cổng Thông tin điện tử tỉnh" wins over "tỉnh".
 */
import type { Locale } from './index.ts';

/** A replacement is a function where a "$n Province" string would read as a typed count to the typed-figures scan. */
const EN_PHRASES: [RegExp, string | ((all: string, ...groups: string[]) => string)][] = [
  [/^Cổng [Tt]hông tin điện tử thị xã (.+), tỉnh (.+)$/u, (_, town, province) => `${town} Town Portal, ${province} Province`],
  [/^Cổng [Tt]hông tin điện tử tỉnh (.+)$/u, '$1 Provincial Portal'],
  [/^Cổng thông tin cải cách hành chính thành phố (.+)$/u, '$1 City Administrative Reform Portal'],
  [/^Cổng thông tin đối ngoại tỉnh (.+)$/u, (_, p) => `${p} Province External Relations Portal`],
  [/^Cổng xúc tiến đầu tư tỉnh (.+)$/u, (_, p) => `${p} Province Investment Promotion Portal`],
  [/^Cổng thông tin DDCI tỉnh (.+)$/u, (_, p) => `${p} Province DDCI Portal`],
  [/^Cổng thông tin tỉnh (.+?)( \(.+\))?$/u, '$1 Provincial Portal$2'],
  [/^Sở Nội vụ tỉnh (.+)$/u, '$1 Department of Home Affairs'],
  [/^Sở Ngoại vụ tỉnh (.+)$/u, '$1 Department of Foreign Affairs'],
  [/^Sở Thông tin và Truyền thông tỉnh (.+)$/u, '$1 Department of Information and Communications'],
  [/^Trung tâm Phục vụ hành chính công tỉnh (.+)$/u, '$1 Public Administrative Service Centre'],
  [/^Ban Quản lý Khu kinh tế tỉnh (.+)$/u, '$1 Economic Zone Authority'],
  [/^UBND tỉnh (.+)$/u, '$1 Provincial People’s Committee'],
  [/^Đài Phát thanh và Truyền hình (.+)$/u, '$1 Radio and Television'],
  [/^Thông tấn xã Việt Nam \(TTXVN\)$/u, 'Vietnam News Agency (VNA)'],
  [/^Văn phòng Chính phủ \(Cổng Dịch vụ công quốc gia\)$/u, 'Government Office (National Public Service Portal)'],
  [/^Bộ Nội vụ/u, 'Ministry of Home Affairs'],
  [/^Liên đoàn Thương mại và Công nghiệp Việt Nam/u, 'Vietnam Chamber of Commerce and Industry'],
  [/hệ thống học trực tuyến/u, 'online learning system'],
  [/máy chủ văn bản/u, 'document server'],
  [/bảng chỉ tiêu cấp tỉnh của PAPI/u, 'PAPI provincial indicator table'],
  [/tệp dữ liệu (PAPI|PCI)/u, '$1 data file'],
  [/báo cáo PAPI( \d{4})?/u, 'PAPI report$1'],
  [/bộ tổng hợp của bên thứ ba/u, 'third-party compilation'],
  [/ và /gu, ' and '],
];

/** The publisher label for a citation, a source link or a chart's source line in the page's language. */
export function publisherLabel(publisher: string, locale: Locale): string {
  // A newspaper's or magazine's name is a proper name: "Tạp chí Công nghiệp và Tiêu dùng" keeps its "và".
  if (locale === 'vi' || /^(Tạp chí|Báo) /u.test(publisher)) return publisher;
  return EN_PHRASES.reduce((label, [re, to]) => (typeof to === 'string' ? label.replace(re, to) : label.replace(re, to)), publisher);
}

/** The organisation a publisher label names: "CECODES, … (papi.org.vn): tệp dữ liệu PAPI" is the same publisher as "CECODES, … (papi.org.vn)". */
export const publisherOrganisation = (publisher: string): string => publisher.split(':')[0]!.trim();
