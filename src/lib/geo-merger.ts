/**
 * The 2025 merger map: the provinces from 1 July 2025 (vn34), the new Ninh Bình filled and outlined, and beside it a
 * closer view of the new province with the borders and names of the three old provinces that formed it (vn63, the
 * same GSO codes as everywhere). An SVG file, drawn at build time with d3-geo's path strings; no tiles.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Dataset } from './dataset.ts';
import type { Locale } from '../i18n/index.ts';
import { MAP_STRINGS } from '../i18n/map.ts';
import { islandParts, loadBoundaries } from './geo.ts';
import { MAP_FILLS, OUTLINE } from './charts/map.ts';

/** Drawn for a phone: 360 px wide, so its text stays at 12 px or more on a 360-px screen. */
const W = 360;
const H = 600;
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The map as an SVG document; `title` and `desc` are its accessible name and description. */
export function mergerMapSvg(ds: Dataset, locale: Locale, newProvince: string, title: string, desc: string): string {
  const b34 = loadBoundaries('vn34', ds.provinces.values());
  const b63 = loadBoundaries('vn63', ds.provinces.values());
  const shape = b34.bySlug.get(newProvince);
  if (!shape) throw new Error(`merger map: province ${newProvince} has no shape in ${b34.file}`);
  const old = ds.provinceList.filter((p) => p.successor === newProvince);
  const oldShapes = old.map((p) => {
    const s = b63.bySlug.get(p.slug);
    if (!s) throw new Error(`merger map: province ${p.name_vi} (${p.slug}) has no shape in ${b63.file}`);
    return { p, s };
  });
  const name = (p: { name_vi: string; name_en: string }) => (locale === 'vi' ? p.name_vi : p.name_en);
  const m = MAP_STRINGS[locale];
  // The new province close up on top, the whole country (archipelagos included) below it.
  const close = geoPath(geoMercator().fitExtent([[10, 36], [W - 10, 330]], shape)).digits(1);
  const country = geoPath(geoMercator().fitExtent([[10, 350], [230, H - 50]], b34.collection)).digits(1);
  const parts: string[] = [];
  for (const f of b34.collection.features) {
    const mine = f === shape;
    parts.push(`<path d="${country(f)}" fill="${mine ? MAP_FILLS[1] : '#d9d9d9'}" stroke="#ffffff" stroke-width="0.5"/>`);
  }
  parts.push(`<path d="${country(shape)}" fill="none" stroke="${OUTLINE.color}" stroke-width="${OUTLINE.width}"/>`);
  // Islands are specks at this scale: a dot on each, and the archipelagos' names.
  for (const [owner, label] of [['khanh-hoa', m.islands.truongSa], ['da-nang', m.islands.hoangSa]] as const) {
    // The 2025 unit that holds the old province's islands (Khánh Hòa; Đà Nẵng with Quảng Nam).
    const f = b34.collection.features.find((x) => (x.properties.gop_tu ?? '').split(/,\s*/).includes(ds.provinces.get(owner)!.name_vi) && islandParts(x as never).length);
    if (!f) throw new Error(`merger map: no island parts for ${owner} in ${b34.file}`);
    const dots = islandParts(f as never).map((part) => country.centroid({ type: 'Polygon', coordinates: part }));
    parts.push(`<path d="${dots.map(([x, y]) => `M${(x + 1.6).toFixed(1)} ${y.toFixed(1)}a1.6 1.6 0 1 1 0 0.01z`).join('')}" fill="#d9d9d9" stroke="#4d4d4d" stroke-width="0.5"/>`);
    const xs = dots.map((d) => d[0]);
    const ys = dots.map((d) => d[1]);
    parts.push(`<text x="${(Math.max(...xs) + 6).toFixed(1)}" y="${((Math.min(...ys) + Math.max(...ys)) / 2 + 4).toFixed(1)}" font-size="12" fill="#333333">${escapeXml(label)}</text>`);
  }
  // The close-up frame on the map, and the close-up itself.
  const [[x0, y0], [x1, y1]] = country.bounds(shape);
  parts.push(`<rect x="${(x0 - 3).toFixed(1)}" y="${(y0 - 3).toFixed(1)}" width="${(x1 - x0 + 6).toFixed(1)}" height="${(y1 - y0 + 6).toFixed(1)}" fill="none" stroke="#333333" stroke-width="0.8"/>`);
  parts.push(`<path d="${close(shape)}" fill="${MAP_FILLS[3]}" stroke="none"/>`);
  for (const { s } of oldShapes) parts.push(`<path d="${close(s)}" fill="none" stroke="${MAP_FILLS[0]}" stroke-width="1.2" stroke-dasharray="4 3"/>`);
  parts.push(`<path d="${close(shape)}" fill="none" stroke="${OUTLINE.color}" stroke-width="3"/>`);
  for (const { p, s } of oldShapes) {
    const [cx, cy] = close.centroid(s);
    parts.push(`<text x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" text-anchor="middle" font-size="16" font-weight="700" fill="#1a1a1a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(name(p))}</text>`);
  }
  parts.push(`<text x="10" y="22" font-size="16" font-weight="700" fill="#1a1a1a">${escapeXml(name(ds.provinces.get(newProvince)!))}</text>`);
  // The credit in two lines, broken after its dash.
  m.credit.split(/(?<=–) /).forEach((line, i) => parts.push(`<text x="10" y="${H - 28 + i * 17}" font-size="12" fill="#333333">${escapeXml(line)}</text>`));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" lang="${locale}" font-family="'Be Vietnam Pro', Arial, sans-serif"><title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc><rect width="${W}" height="${H}" fill="#ffffff"/>${parts.join('')}</svg>\n`;
}

/** The merger map's title and description, from the data (the count of 2025 units, the date, the old provinces). */
export function mergerMapText(ds: Dataset, locale: Locale, newProvince: string, formatDate: (d: string, l: Locale) => string): { title: string; desc: string } {
  const p = ds.provinces.get(newProvince)!;
  const name = locale === 'vi' ? p.name_vi : p.name_en;
  const olds = ds.provinceList.filter((x) => x.successor === newProvince).map((x) => (locale === 'vi' ? x.name_vi : x.name_en));
  const m = MAP_STRINGS[locale].merger;
  const count = loadBoundaries('vn34', ds.provinces.values()).collection.features.length;
  return { title: m.title(name), desc: m.desc({ count, date: p.valid_from ? formatDate(p.valid_from, locale) : '', name, olds: olds.join(', ') }) };
}
