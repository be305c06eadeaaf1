/** Provinces, regions and scopes of the import (scripts/import/geography.ts), on small inline rows. */
import { describe, expect, it } from 'vitest';
import { buildProvinces, NEW_NINH_BINH, provinceMatcher, scopeOf } from '../../scripts/import/geography.ts';

const rows = [
  { province_code: 'P23', province: 'Hà Nam', province_en: 'Ha Nam' },
  { province_code: 'P01', province: 'Hà Nội', province_en: 'Hanoi' },
  { province_code: 'P23', province: 'Hà Nam', province_en: 'Ha Nam' },
  { province_code: 'P50', province: 'TP. Hồ Chí Minh', province_en: 'Ho Chi Minh City' },
];

describe('buildProvinces', () => {
  const provinces = buildProvinces(rows);
  it('keeps each code once, adds Hà Tây and the new Ninh Bình, sorted by code', () => {
    expect(provinces.map((p) => `${p.code} ${p.slug}`)).toEqual(['P01 ha-noi', 'P23 ha-nam', 'P50 ho-chi-minh', 'X01 ha-tay', `X02 ${NEW_NINH_BINH}`]);
  });
  it('gives each province its region, and the 2025 merger to Hà Nam', () => {
    const haNam = provinces.find((p) => p.slug === 'ha-nam')!;
    expect(haNam).toMatchObject({ region: 'dong-bang-song-hong', valid_to: '2025-06-30', successor: NEW_NINH_BINH });
    expect(provinces.find((p) => p.slug === 'ho-chi-minh')).toMatchObject({ region: 'dong-nam-bo', valid_to: null, successor: null });
  });
  it('refuses a code without a region', () => {
    expect(() => buildProvinces([{ province_code: 'P99', province: 'X', province_en: 'X' }])).toThrow(/P99/);
  });
});

describe('provinceMatcher', () => {
  const match = provinceMatcher(buildProvinces(rows));
  it('reads the ways the research writes a province', () => {
    expect(['Hà Nam', 'ha nam', 'TP. Hà Nội', 'TP Ho Chi Minh', 'Ho Chi Minh City', 'Atlantis'].map(match)).toEqual(['ha-nam', 'ha-nam', 'ha-noi', 'ho-chi-minh', 'ho-chi-minh', undefined]);
  });
});

describe('scopeOf', () => {
  it('maps national and regional rows to a scope, and anything else to none', () => {
    expect(['National (63 provinces)', 'Red River Delta region', 'Đồng bằng sông Hồng (region)', 'Tây Nguyên', 'Hà Nam'].map(scopeOf)).toEqual([
      'national',
      'dong-bang-song-hong',
      'dong-bang-song-hong',
      'tay-nguyen',
      undefined,
    ]);
  });
});
