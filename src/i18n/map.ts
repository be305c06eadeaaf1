/** Words of the province maps (src/lib/charts/map.ts), in each locale. */
import type { Locale } from './index.ts';

export interface MapStrings {
  /** PAPI's four groups, highest first. */
  groups: [string, string, string, string];
  legendTitle: string;
  groupColumn: string;
  noData: (names: string[]) => string;
  outlined: (province: string) => string;
  /** The boundary credit every map output carries (research/geo/README.md). */
  credit: string;
  summaryGroup: (a: { province: string; group: string; k: number; of: number }) => string;
  summaryNoGroup: (a: { province: string }) => string;
  islands: { hoangSa: string; truongSa: string };
  quantileNote: (of: number) => string;
  /** The 2025 merger map on the new province's page. */
  merger: { title: (name: string) => string; desc: (a: { count: number; date: string; name: string; olds: string }) => string };
  /** The boundary files on /du-lieu/, under their own licence. */
  files: { title: string; text: string; vn63: string; vn34: string; licence: string };
}

const CREDIT = 'Ranh giới tỉnh: Open Development Mekong – Địa phận tỉnh, CC BY-SA 4.0';
/** The same credit in English: the dataset's Vietnamese title ("Địa phận tỉnh") is put into English, as on every English source line. */
const CREDIT_EN = 'Province boundaries: Open Development Mekong – Provincial boundaries, CC BY-SA 4.0';

export const MAP_STRINGS: Record<Locale, MapStrings> = {
  vi: {
    groups: ['Cao nhất', 'Trung bình cao', 'Trung bình thấp', 'Thấp nhất'],
    legendTitle: 'Nhóm điểm',
    groupColumn: 'Nhóm',
    noData: (names) => `Không có số liệu: ${names.join(', ')}`,
    outlined: (p) => `${p}: viền cam`,
    credit: CREDIT,
    summaryGroup: ({ province, group, k, of }) => `Trên bản đồ, ${province} thuộc nhóm «${group}» (nhóm ${k}/${of}).`,
    summaryNoGroup: ({ province }) => `Trên bản đồ, ${province} không có số liệu.`,
    islands: { hoangSa: 'QĐ Hoàng Sa', truongSa: 'QĐ Trường Sa' },
    merger: {
      title: (name) => `Bản đồ: ${name} và các tỉnh cũ hợp thành`,
      desc: ({ count, date, name, olds }) => `Bản đồ ${count} tỉnh, thành phố từ ${date}, có quần đảo Hoàng Sa và Trường Sa. ${name} (viền cam) được phóng to ở trên, gồm ranh giới cũ của ${olds}.`,
    },
    files: {
      title: 'Ranh giới tỉnh (bản đồ)',
      text: 'Các bản đồ trên trang vẽ từ hai tệp TopoJSON đã giản lược này. Mỗi hình mang mã tỉnh của Tổng cục Thống kê (ma), và trang ghép số liệu với hình theo mã đó, không theo tên. Cả hai tệp có quần đảo Hoàng Sa (thuộc Đà Nẵng) và Trường Sa (thuộc Khánh Hòa). Các tệp này dùng giấy phép riêng, khác với số liệu và nội dung của trang:',
      vn63: 'các tỉnh, thành phố trước ngày 1/7/2025 (đơn vị của PAPI từ 2011 đến 2024)',
      vn34: 'các tỉnh, thành phố từ ngày 1/7/2025, mỗi hình ghi các tỉnh cũ hợp thành (gop_tu)',
      licence: 'Giấy phép CC BY-SA 4.0',
    },
    quantileNote: (of) => `Các tỉnh có số liệu được chia thành ${of} nhóm gần bằng nhau theo điểm (tứ phân vị), như cách báo cáo PAPI trình bày bản đồ; các tỉnh bằng điểm nhau ở cùng một nhóm.`,
  },
  en: {
    groups: ['Highest', 'High average', 'Low average', 'Lowest'],
    legendTitle: 'Score group',
    groupColumn: 'Group',
    noData: (names) => `No data: ${names.join(', ')}`,
    outlined: (p) => `${p}: orange outline`,
    credit: CREDIT_EN,
    summaryGroup: ({ province, group, k, of }) => `On the map, ${province} is in the “${group}” group (group ${k}/${of}).`,
    summaryNoGroup: ({ province }) => `On the map, ${province} has no data.`,
    islands: { hoangSa: 'Hoàng Sa', truongSa: 'Trường Sa' },
    merger: {
      title: (name) => `Map: ${name} and the old provinces that formed it`,
      desc: ({ count, date, name, olds }) => `Map of the ${count} provinces from ${date}, with the Hoàng Sa and Trường Sa archipelagos. ${name} (orange outline) is enlarged above, with the old borders of ${olds}.`,
    },
    files: {
      title: 'Province boundaries (maps)',
      text: 'The site’s maps are drawn from these two simplified TopoJSON files. Each shape carries the General Statistics Office’s province code (ma), and the site joins figures to shapes on that code, never on a name. Both files include the Hoàng Sa (in Đà Nẵng) and Trường Sa (in Khánh Hòa) archipelagos. They are under their own licence, unlike the site’s figures and text:',
      vn63: 'the provinces before 1 July 2025 (the units of PAPI 2011–2024)',
      vn34: 'the provinces from 1 July 2025, each shape naming the old provinces it merged (gop_tu)',
      licence: 'Licence CC BY-SA 4.0',
    },
    quantileNote: (of) => `Provinces with data are split into ${of} groups of about equal size by score (quartiles), as the PAPI reports map them; provinces with equal scores share a group.`,
  },
};

/** The published boundary files: /du-lieu/<name>.topo.json, copied from content/data/geo/. */
export const BOUNDARY_DOWNLOADS = [
  { name: 'ranh-gioi-tinh-63', set: 'vn63' },
  { name: 'ranh-gioi-tinh-34', set: 'vn34' },
] as const;
export const CC_BY_SA = { vi: 'https://creativecommons.org/licenses/by-sa/4.0/deed.vi', en: 'https://creativecommons.org/licenses/by-sa/4.0/' } as const;

/** The merger map's files: one per locale (its names and description differ), beside the data files. */
export const MERGER_MAPS = [
  { name: 'ban-do-ninh-binh-2025', locale: 'vi', province: 'ninh-binh-2025' },
  { name: 'ban-do-ninh-binh-2025-en', locale: 'en', province: 'ninh-binh-2025' },
] as const;
