/**
 * Province boundaries for the maps: content/data/geo/*.topojson (Open Development Mekong, CC BY-SA 4.0, copied by
 * scripts/import/geo.ts), decoded with topojson-client and joined to provinces on the GSO code (`gso_code` in
 * provinces.json, the shape's id), never on a name. Read and checked once per process; any shape without a
 * province, or any province of the set without a shape, fails naming it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Province } from '../data/schemas.ts';

export type BoundarySet = 'vn63' | 'vn34';
export const BOUNDARY_FILES: Record<BoundarySet, string> = { vn63: 'content/data/geo/vn63.topojson', vn34: 'content/data/geo/vn34.topojson' };

export type ProvinceShape = Feature<Geometry, { ma: string; ten: string; gop_tu?: string }>;

export interface Boundaries {
  set: BoundarySet;
  file: string;
  /** Every shape, in file order. */
  collection: FeatureCollection<Geometry, ProvinceShape['properties']>;
  /** Province slug → its shape. */
  bySlug: Map<string, ProvinceShape>;
}

/** The provinces a boundary set draws: the 63 units of 2008–2025 (P codes), or the 2025 units. */
function provincesOf(set: BoundarySet, provinces: Iterable<Province>): Province[] {
  return [...provinces].filter((p) => p.gso_code && (set === 'vn63' ? p.code.startsWith('P') : p.valid_from !== null && p.valid_from >= '2025-07-01'));
}

/** Decodes a TopoJSON text and joins it to the provinces on the code; throws naming the file and the province. */
export function parseBoundaries(set: BoundarySet, text: string, provinces: Iterable<Province>, file = BOUNDARY_FILES[set]): Boundaries {
  const topo = JSON.parse(text) as Topology<{ provinces: GeometryCollection<ProvinceShape['properties']> }>;
  if (!topo.objects?.provinces) throw new Error(`${file}: no object "provinces"`);
  const collection = feature(topo, topo.objects.provinces) as Boundaries['collection'];
  const byCode = new Map(collection.features.map((f) => [String(f.id), f as ProvinceShape]));
  const expected = provincesOf(set, provinces);
  const bySlug = new Map<string, ProvinceShape>();
  for (const p of expected) {
    const shape = byCode.get(p.gso_code!);
    // The 34-province file also holds units the dataset does not name yet; only the ones it names must be there.
    if (!shape) throw new Error(`${file}: province ${p.name_vi} (${p.slug}, GSO code ${p.gso_code}) has no shape`);
    bySlug.set(p.slug, shape);
  }
  if (set === 'vn63') {
    const known = new Set(expected.map((p) => p.gso_code));
    const stray = collection.features.filter((f) => !known.has(String(f.id)));
    if (stray.length) throw new Error(`${file}: shape${stray.length > 1 ? 's' : ''} ${stray.map((f) => `${f.id} (${f.properties.ten})`).join(', ')} match${stray.length > 1 ? '' : 'es'} no province's gso_code in content/data/provinces.json`);
  }
  return { set, file, collection, bySlug };
}

const cache = new Map<BoundarySet, Boundaries>();

/** The boundary set, read and checked on first use. */
export function loadBoundaries(set: BoundarySet, provinces: Iterable<Province>): Boundaries {
  let b = cache.get(set);
  if (!b) {
    b = parseBoundaries(set, readFileSync(path.resolve(process.cwd(), BOUNDARY_FILES[set]), 'utf8'), provinces);
    cache.set(set, b);
  }
  return b;
}

/**
 * The shapes of the provinces a map colours. A province with a result and no shape (Hà Tây on a PCI map of 2006–2008)
 * fails the build, naming it; a shape whose province has no result is drawn as "no data" and named in the legend.
 */
export function shapesFor(b: Boundaries, withResult: { slug: string; name: string }[], chartId: string): ProvinceShape[] {
  return withResult.map(({ slug, name }) => {
    const shape = b.bySlug.get(slug);
    if (!shape) throw new Error(`chart ${chartId}: province ${name} (${slug}) has a result but no shape in ${b.file}`);
    return shape;
  });
}

/** A drawing area in CSS px: [[left, top], [right, bottom]]. */
export type Extent = [[number, number], [number, number]];

/**
 * Mercator fitted to every shape, Hoàng Sa and Trường Sa included (they are parts of Đà Nẵng's and Khánh Hòa's
 * shapes, so fitting the whole collection keeps them in the drawn area).
 */
export function fitProjection(b: Boundaries, extent: Extent): GeoProjection {
  return geoMercator().fitExtent(extent, b.collection);
}

/** The island parts of a shape: polygons lying wholly east of the mainland's coast (110.5° E). */
export function islandParts(shape: ProvinceShape): Position[][][] {
  const polys = shape.geometry.type === 'MultiPolygon' ? shape.geometry.coordinates : shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : [];
  return polys.filter((poly) => poly[0]!.every(([lon]) => lon! > 110.5));
}

/** The archipelagos (Hoàng Sa in Đà Nẵng, Trường Sa in Khánh Hòa): each one's island polygons. */
export function archipelagos(b: Boundaries): { name: string; parts: Position[][][] }[] {
  const part = (slug: string, name: string) => ({ name, parts: b.bySlug.get(slug) ? islandParts(b.bySlug.get(slug)!) : [] });
  return b.set === 'vn63' ? [part('da-nang', 'Hoàng Sa'), part('khanh-hoa', 'Trường Sa')] : [];
}

/** Every island point that a projection puts outside the extent (none: both archipelagos are drawn). */
export function archipelagoPointsOutside(b: Boundaries, projection: GeoProjection, extent: Extent): string[] {
  const [[x0, y0], [x1, y1]] = extent;
  const out: string[] = [];
  for (const a of archipelagos(b)) {
    if (!a.parts.length) out.push(`${a.name}: no island parts in ${b.file}`);
    for (const ring of a.parts.flat()) {
      for (const [lon, lat] of ring) {
        const [x, y] = projection([lon!, lat!]) ?? [NaN, NaN];
        if (!(x >= x0 - 0.5 && x <= x1 + 0.5 && y >= y0 - 0.5 && y <= y1 + 0.5)) out.push(`${a.name}: ${lon},${lat} → ${x.toFixed(1)},${y.toFixed(1)}`);
      }
    }
  }
  return out;
}
