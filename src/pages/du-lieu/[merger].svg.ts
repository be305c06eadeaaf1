import { MERGER_MAPS } from '../../i18n/map.ts';
import { loadDataset } from '../../lib/dataset.ts';
import { formatDate } from '../../lib/dates.ts';
import { mergerMapSvg, mergerMapText } from '../../lib/geo-merger.ts';

/** The 2025 merger map of a new province, one file per locale (src/lib/geo-merger.ts). */
export const getStaticPaths = () => MERGER_MAPS.map((m) => ({ params: { merger: m.name }, props: { locale: m.locale, province: m.province } }));

export async function GET({ props }: { props: (typeof MERGER_MAPS)[number] }) {
  const ds = loadDataset();
  const { title, desc } = mergerMapText(ds, props.locale, props.province, formatDate);
  return new Response(mergerMapSvg(ds, props.locale, props.province, title, desc), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
