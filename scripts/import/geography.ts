/**
 * Provinces and regions. The 63 provinces of 2008–2025 come from the PAPI full tables (names and codes);
 * Hà Tây (ranked by PCI until 2008) and the new Ninh Bình province (from 1 July 2025) are added here,
 * as the research README states them. Regions follow the six socio-economic regions of the General
 * Statistics Office, as the research's rows name them (e.g. "Đồng bằng sông Hồng").
 */
import type { Province, Region } from '../../src/data/schemas.ts';
import { slugify, type Row } from './common.ts';

export const REGIONS: Region[] = [
  { slug: 'dong-bang-song-hong', name_vi: 'Đồng bằng sông Hồng', name_en: 'Red River Delta', name_en_status: 'official' },
  { slug: 'trung-du-va-mien-nui-phia-bac', name_vi: 'Trung du và miền núi phía Bắc', name_en: 'Northern Midlands and Mountains', name_en_status: 'translation' },
  { slug: 'bac-trung-bo-va-duyen-hai-mien-trung', name_vi: 'Bắc Trung Bộ và duyên hải miền Trung', name_en: 'North Central and Central Coast', name_en_status: 'translation' },
  { slug: 'tay-nguyen', name_vi: 'Tây Nguyên', name_en: 'Central Highlands', name_en_status: 'official' },
  { slug: 'dong-nam-bo', name_vi: 'Đông Nam Bộ', name_en: 'South East', name_en_status: 'translation' },
  { slug: 'dong-bang-song-cuu-long', name_vi: 'Đồng bằng sông Cửu Long', name_en: 'Mekong River Delta', name_en_status: 'official' },
].map((r) => ({ ...r, name_en_status: r.name_en_status as Region['name_en_status'] }));

/** Province code → region, by the GSO's six regions. */
const REGION_OF: Record<string, string> = {};
const assign = (region: string, codes: number[]) => codes.forEach((c) => (REGION_OF[`P${String(c).padStart(2, '0')}`] = region));
assign('dong-bang-song-hong', [1, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
assign('trung-du-va-mien-nui-phia-bac', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16]);
assign('bac-trung-bo-va-duyen-hai-mien-trung', [26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
assign('tay-nguyen', [40, 41, 42, 43, 44]);
assign('dong-nam-bo', [45, 46, 47, 48, 49, 50]);
assign('dong-bang-song-cuu-long', [51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63]);

export const NEW_NINH_BINH = 'ninh-binh-2025';
const MERGED_INTO_NINH_BINH = new Set(['ha-nam', 'nam-dinh', 'ninh-binh']);

export function buildProvinces(papiFull: Row[]): Province[] {
  const seen = new Map<string, Province>();
  for (const r of papiFull) {
    const code = r['province_code']!;
    if (seen.has(code)) continue;
    const slug = slugify(r['province']!.replace(/^TP\.\s*/, ''));
    const merged = MERGED_INTO_NINH_BINH.has(slug);
    const region = REGION_OF[code];
    if (!region) throw new Error(`papi-full-tables-2011-2024.csv: province code ${code} (${r['province']}) has no region`);
    seen.set(code, {
      code,
      slug,
      name_vi: r['province']!,
      name_en: r['province_en']!,
      region,
      valid_from: null,
      valid_to: merged ? '2025-06-30' : null,
      successor: merged ? NEW_NINH_BINH : null,
      ...(merged
        ? {
            note_vi: 'Từ ngày 1/7/2025 hợp nhất cùng Hà Nam, Nam Định và Ninh Bình thành tỉnh Ninh Bình mới.',
            note_en: 'On 1 July 2025 it merged with the others of Hà Nam, Nam Định and Ninh Bình into the new Ninh Bình province.',
          }
        : {}),
    });
  }
  const provinces = [...seen.values()];
  provinces.push({
    code: 'X01',
    slug: 'ha-tay',
    name_vi: 'Hà Tây',
    name_en: 'Ha Tay',
    region: 'dong-bang-song-hong',
    valid_from: null,
    valid_to: '2008',
    successor: 'ha-noi',
    note_vi: 'Sáp nhập vào Hà Nội năm 2008; PCI các năm 2006–2008 xếp hạng cả Hà Tây.',
    note_en: 'Merged into Hanoi in 2008; PCI ranked it in 2006–2008.',
  });
  provinces.push({
    code: 'X02',
    slug: NEW_NINH_BINH,
    name_vi: 'Ninh Bình (mới)',
    name_en: 'Ninh Binh (new)',
    region: 'dong-bang-song-hong',
    valid_from: '2025-07-01',
    valid_to: null,
    successor: null,
    note_vi: 'Tỉnh mới thành lập ngày 1/7/2025 từ Hà Nam, Nam Định và Ninh Bình.',
    note_en: 'The new province formed on 1 July 2025 from Hà Nam, Nam Định and Ninh Bình.',
  });
  return provinces.sort((a, b) => a.code.localeCompare(b.code));
}

/** Maps the many ways the research writes a province to its slug. */
export function provinceMatcher(provinces: Province[]): (name: string) => string | undefined {
  const bySlug = new Map(provinces.map((p) => [p.slug, p.slug]));
  const aliases: Record<string, string> = {
    'thua-thien-hue': 'thua-thien-hue',
    'tp-ho-chi-minh': 'ho-chi-minh',
    'ho-chi-minh-city': 'ho-chi-minh',
    'ba-ria-vung-tau': 'ba-ria-vung-tau',
  };
  return (name: string) => {
    const s = slugify(name.replace(/^TP\.\s*/, ''));
    return bySlug.get(s) ?? aliases[s];
  };
}

/** "National (63 provinces)", "Red River Delta region", "Đồng bằng sông Hồng (region)" … → a scope. */
export function scopeOf(name: string): string | undefined {
  const s = slugify(name);
  if (/^national/.test(s)) return 'national';
  if (/red-river-delta|dong-bang-song-hong/.test(s)) return 'dong-bang-song-hong';
  if (/^dong-nam-bo/.test(s)) return 'dong-nam-bo';
  if (/^trung-du/.test(s)) return 'trung-du-va-mien-nui-phia-bac';
  if (/^bac-trung-bo/.test(s)) return 'bac-trung-bo-va-duyen-hai-mien-trung';
  if (/^tay-nguyen/.test(s)) return 'tay-nguyen';
  if (/^dong-bang-song-cuu-long-region/.test(s) || s === 'dong-bang-song-cuu-long') return 'dong-bang-song-cuu-long';
  return undefined;
}
