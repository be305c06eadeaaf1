/**
 * The chart gallery's groups: by index (PAPI, PAR INDEX, SIPAS, PCI), then by province (Hà Nam first, then the
 * others by name, then charts that compare several provinces), each chart in its group by its `order` in charts.json.
 */
import type { Locale } from '../../i18n/index.ts';
import { INDEX_IDS } from '../../data/schemas.ts';
import type { ChartSpec } from './spec.ts';

export const FOCUS_PROVINCE = 'ha-nam';
/** The group of charts that show several provinces. */
export const SEVERAL = 'nhieu-tinh';

export interface GalleryGroup {
  /** Anchor on the gallery page: "papi-ha-nam", "papi-nhieu-tinh" (the same in both languages). */
  anchor: string;
  /** A province slug, or SEVERAL. */
  province: string;
  charts: ChartSpec[];
}

export interface GalleryIndex {
  index: ChartSpec['index'];
  anchor: string;
  groups: GalleryGroup[];
}

const provinceOf = (spec: ChartSpec) => (spec.provinces !== 'all' && spec.provinces.length === 1 ? spec.provinces[0]! : SEVERAL);

export function galleryGroups(specs: readonly ChartSpec[], provinceName: (slug: string, locale: Locale) => string, locale: Locale): GalleryIndex[] {
  const rank = (p: string) => (p === FOCUS_PROVINCE ? 0 : p === SEVERAL ? 2 : 1);
  return INDEX_IDS.flatMap((index) => {
    const inIndex = specs.filter((s) => s.index === index);
    if (!inIndex.length) return [];
    const provinces = [...new Set(inIndex.map(provinceOf))].sort(
      (a, b) => rank(a) - rank(b) || (rank(a) === 1 ? provinceName(a, locale).localeCompare(provinceName(b, locale), locale) : 0),
    );
    return [
      {
        index,
        anchor: index,
        groups: provinces.map((province) => ({
          anchor: `${index}-${province}`,
          province,
          charts: inIndex.filter((s) => provinceOf(s) === province).sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id)),
        })),
      },
    ];
  });
}
