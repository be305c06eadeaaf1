/** Builds the compare view's payload from the dataset (server side only). */
import type { Dataset } from '../dataset.ts';
import { chartDataSource } from './data-source.ts';
import type { ComparePayload } from './compare-data.ts';
import { anyMeasureDef, getIndex, yearsWithData } from '../results.ts';

export const COMPARE_INDEX = 'papi';

export function comparePayload(ds: Dataset): ComparePayload {
  const src = chartDataSource(ds);
  const years = yearsWithData(ds, COMPARE_INDEX);
  const provinces = ds.provinceList.filter((p) => years.some((y) => src.point(COMPARE_INDEX, y, p.slug, 'total')?.value !== undefined));
  const points: ComparePayload['points'] = {};
  const sources = new Set<string>();
  for (const y of years) {
    for (const p of provinces) {
      const pt = src.point(COMPARE_INDEX, y, p.slug, 'total');
      if (pt) {
        points[`${y}/${p.slug}`] = pt;
        sources.add(pt.source);
      }
    }
  }
  const stats: ComparePayload['stats'] = {};
  for (const y of years) {
    for (const stat of ['mean', 'median', 'best', 'worst'] as const) {
      const st = src.nationalStat!(COMPARE_INDEX, y, 'total', stat);
      if (!st) continue;
      stats[`${y}/${stat}`] = st;
      sources.add(st.source);
    }
  }
  const m = anyMeasureDef(ds, COMPARE_INDEX, 'total')!;
  return {
    index: COMPARE_INDEX,
    indexName: getIndex(ds, COMPARE_INDEX).short_name,
    measure: 'total',
    measureName: { vi: m.name_vi, en: m.name_en },
    years,
    defaults: provinces.filter((p) => p.region === 'dong-bang-song-hong').map((p) => p.slug),
    provinces: provinces.map((p) => ({ slug: p.slug, name_vi: p.name_vi, name_en: p.name_en, region: p.region })),
    regions: [...ds.regions.values()].map((r) => ({ slug: r.slug, name_vi: r.name_vi, name_en: r.name_en })),
    points,
    scales: Object.fromEntries(years.map((y) => [String(y), src.scale(COMPARE_INDEX, y, 'total')!])),
    periods: Object.fromEntries(years.map((y) => [String(y), src.period(COMPARE_INDEX, y)])),
    stats,
    sources: Object.fromEntries([...sources].map((id) => [id, { vi: src.sourceLabel(id, 'vi'), en: src.sourceLabel(id, 'en') }])),
  };
}
