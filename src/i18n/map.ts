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
}

const CREDIT = 'Ranh giới tỉnh: Open Development Mekong – Địa phận tỉnh, CC BY-SA 4.0';

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
    quantileNote: (of) => `Các tỉnh có số liệu được chia thành ${of} nhóm gần bằng nhau theo điểm (tứ phân vị), như cách báo cáo PAPI trình bày bản đồ; các tỉnh bằng điểm nhau ở cùng một nhóm.`,
  },
  en: {
    groups: ['Highest', 'High average', 'Low average', 'Lowest'],
    legendTitle: 'Score group',
    groupColumn: 'Group',
    noData: (names) => `No data: ${names.join(', ')}`,
    outlined: (p) => `${p}: orange outline`,
    credit: CREDIT,
    summaryGroup: ({ province, group, k, of }) => `On the map, ${province} is in the “${group}” group (group ${k}/${of}).`,
    summaryNoGroup: ({ province }) => `On the map, ${province} has no data.`,
    islands: { hoangSa: 'Hoàng Sa', truongSa: 'Trường Sa' },
    quantileNote: (of) => `Provinces with data are split into ${of} groups of about equal size by score (quartiles), as the PAPI reports map them; provinces with equal scores share a group.`,
  },
};
