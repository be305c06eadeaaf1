/**
 * Province boundaries for the maps (research/geo, Open Development Mekong "Địa phận tỉnh", CC BY-SA 4.0).
 * The TopoJSON files are copied unchanged into content/data/geo/ (".topojson", so the dataset reader leaves them
 * to src/lib/geo.ts). Each shape's id is the GSO province code; this step records that code on each province
 * (provinces.json `gso_code`), matched once here from the file's Vietnamese names, failing on any name that
 * matches no province or two. From then on the site joins shapes to results on the code, never on a name.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Province, Source } from '../../src/data/schemas.ts';

export const GEO_FILES = {
  vn63: { from: 'geo/vn63_odm_simplified.topo.json', to: 'geo/vn63.topojson' },
  vn34: { from: 'geo/vn34_from_odm63_simplified.topo.json', to: 'geo/vn34.topojson' },
} as const;

export const BOUNDARY_SOURCE: Source = {
  id: 'odm-dia-phan-tinh',
  title: 'Địa phận tỉnh (ranh giới tỉnh, thành phố)',
  publisher: 'Open Development Mekong',
  url: null,
  date: null,
  date_note: 'Boundaries of 2016 (geoBoundaries metadata for the same source); licence CC BY-SA 4.0. The research read a copy on GitHub (phamductu/vietnamese-provincial-icons, data/diaphantinh.json); the 34-province file is the research\u2019s union of whole old provinces.',
  excerpt: 'Province boundaries of Viet Nam with Hoàng Sa (in Đà Nẵng) and Trường Sa (in Khánh Hòa); each shape carries the GSO province code. Licence: Creative Commons Attribution-ShareAlike 4.0.',
  kind: 'dataset',
  lang: 'vi',
};

interface Geometry {
  id?: string;
  properties?: { ma?: string; ten?: string; gop_tu?: string };
}

function geometries(file: string): Geometry[] {
  const topo = JSON.parse(readFileSync(file, 'utf8')) as { objects?: { provinces?: { geometries?: Geometry[] } } };
  const list = topo.objects?.provinces?.geometries;
  if (!list?.length) throw new Error(`${file}: no object "provinces" with geometries`);
  for (const [i, g] of list.entries()) {
    if (!g.id || g.id !== g.properties?.ma) throw new Error(`${file}: geometry ${i} (${g.properties?.ten ?? '?'}): id "${g.id}" is not its code "ma" "${g.properties?.ma}"`);
  }
  return list;
}

/**
 * Copies the boundary files and returns the provinces with their GSO codes: the 63 units from vn63, the new
 * Ninh Bình from vn34 (its 2025 code). `slugOf` is the import's one province-name matcher.
 */
export function importBoundaries(research: string, out: string, provinces: Province[], slugOf: (name: string) => string | undefined, newNinhBinh: string): Province[] {
  const g63 = geometries(path.join(research, GEO_FILES.vn63.from));
  const g34 = geometries(path.join(research, GEO_FILES.vn34.from));
  const codeOf = new Map<string, string>();
  for (const g of g63) {
    const name = g.properties!.ten!;
    const slug = slugOf(name);
    if (!slug || !provinces.some((p) => p.slug === slug)) throw new Error(`${GEO_FILES.vn63.from}: shape ${g.id} "${name}" matches no province`);
    if (codeOf.has(slug)) throw new Error(`${GEO_FILES.vn63.from}: shapes ${codeOf.get(slug)} and ${g.id} both match province ${slug}`);
    codeOf.set(slug, g.id!);
  }
  // The new Ninh Bình is the 2025 unit formed from Hà Nam, Nam Định and Ninh Bình: the vn34 shape merged from all three.
  const merged = g34.filter((g) => ['ha-nam', 'nam-dinh', 'ninh-binh'].every((s) => (g.properties?.gop_tu ?? '').split(/\s*[,;+]\s*/).some((n) => slugOf(n) === s)));
  if (merged.length !== 1) throw new Error(`${GEO_FILES.vn34.from}: expected one shape formed from Hà Nam, Nam Định and Ninh Bình (gop_tu), found ${merged.length}`);
  codeOf.set(newNinhBinh, merged[0]!.id!);
  rmSync(path.join(out, 'geo'), { recursive: true, force: true });
  mkdirSync(path.join(out, 'geo'), { recursive: true });
  for (const f of Object.values(GEO_FILES)) copyFileSync(path.join(research, f.from), path.join(out, f.to));
  return provinces.map((p) => (codeOf.has(p.slug) ? { ...p, gso_code: codeOf.get(p.slug)! } : p));
}
