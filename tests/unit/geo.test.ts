/** The boundaries join on the GSO code, every province of the 63 has its shape, and both archipelagos are drawn. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { archipelagoPointsOutside, archipelagos, BOUNDARY_FILES, fitProjection, loadBoundaries, parseBoundaries, shapesFor, type Extent } from '../../src/lib/geo.ts';
import { MAP_EXTENTS } from '../../src/lib/charts/map.ts';

const ds = loadDataset();
const provinces = [...ds.provinces.values()];
const text = readFileSync(BOUNDARY_FILES.vn63, 'utf8');

/** The real file with one province's shape taken out. */
function without(code: string): string {
  const topo = JSON.parse(text) as { objects: { provinces: { geometries: { id: string }[] } } };
  topo.objects.provinces.geometries = topo.objects.provinces.geometries.filter((g) => g.id !== code);
  return JSON.stringify(topo);
}

describe('province boundaries', () => {
  it('joins every one of the 63 provinces to its shape on the GSO code', () => {
    const b = loadBoundaries('vn63', provinces);
    expect(b.collection.features).toHaveLength(63);
    expect(b.bySlug.size).toBe(63);
    expect(b.bySlug.get('ha-nam')?.id).toBe(ds.provinces.get('ha-nam')!.gso_code);
  });

  it('fails naming the province when a province has no shape', () => {
    expect(() => parseBoundaries('vn63', without(ds.provinces.get('ha-nam')!.gso_code!), provinces, 'fixture.topojson')).toThrow(/fixture\.topojson: province Hà Nam \(ha-nam, GSO code 35\) has no shape/);
  });

  it('fails naming the shape when a shape matches no province', () => {
    const noCode = provinces.map((p) => (p.slug === 'ha-nam' ? { ...p, gso_code: undefined } : p));
    expect(() => parseBoundaries('vn63', text, noCode, 'fixture.topojson')).toThrow(/shape 35 \(Hà Nam\) matches no province/);
  });

  it('fails the build naming a province that has a result but no shape (Hà Tây, 2006–2008)', () => {
    const b = loadBoundaries('vn63', provinces);
    expect(() => shapesFor(b, [{ slug: 'ha-nam', name: 'Hà Nam' }, { slug: 'ha-tay', name: 'Hà Tây' }], 'pci-2007-ban-do')).toThrow(/chart pci-2007-ban-do: province Hà Tây \(ha-tay\) has a result but no shape/);
  });

  it('draws Hoàng Sa and Trường Sa inside the projected area of every map layout', () => {
    const b = loadBoundaries('vn63', provinces);
    expect(archipelagos(b).map((a) => a.parts.length > 0)).toEqual([true, true]);
    for (const extent of Object.values(MAP_EXTENTS)) expect(archipelagoPointsOutside(b, fitProjection(b, extent), extent)).toEqual([]);
  });

  it('would notice a projection fitted to the mainland only (the check can fail)', () => {
    const b = loadBoundaries('vn63', provinces);
    const extent: Extent = [[0, 0], [300, 400]];
    const mainland = { type: 'FeatureCollection' as const, features: b.collection.features.filter((f) => !['da-nang', 'khanh-hoa'].some((s) => b.bySlug.get(s) === f)) };
    const projection = fitProjection({ ...b, collection: mainland }, extent);
    expect(archipelagoPointsOutside(b, projection, extent).length).toBeGreaterThan(0);
  });

  it('finds the new Ninh Bình in the 34-province file', () => {
    const b = loadBoundaries('vn34', provinces);
    expect(b.collection.features).toHaveLength(34);
    expect(b.bySlug.get('ninh-binh-2025')?.properties.gop_tu).toMatch(/Hà Nam/);
  });
});

describe('the served boundary files', () => {
  it('are each under 60 KB gzipped (the interactive map would fetch one)', () => {
    for (const file of Object.values(BOUNDARY_FILES)) expect(gzipSync(readFileSync(file)).length, file).toBeLessThan(60 * 1024);
  });
});

describe('the 2025 merger map', () => {
  it('names the new Ninh Bình and the three old provinces, draws both archipelagos and carries the credit', async () => {
    const { mergerMapSvg } = await import('../../src/lib/geo-merger.ts');
    const svg = mergerMapSvg(ds, 'vi', 'ninh-binh-2025', 'title', 'desc');
    for (const name of ['Ninh Bình (mới)', 'Hà Nam', 'Nam Định', 'Ninh Bình', 'QĐ Hoàng Sa', 'QĐ Trường Sa']) expect(svg).toContain(`>${name}<`);
    expect(svg).toContain('Open Development Mekong –');
    expect(svg).toContain('Địa phận tỉnh, CC BY-SA 4.0');
  });

  it('fails naming an old province without a shape', async () => {
    const { mergerMapSvg } = await import('../../src/lib/geo-merger.ts');
    const fake = { ...ds, provinceList: [...ds.provinceList, { ...ds.provinces.get('ha-nam')!, slug: 'ha-tay', name_vi: 'Hà Tây', successor: 'ninh-binh-2025' }] };
    expect(() => mergerMapSvg(fake, 'vi', 'ninh-binh-2025', 't', 'd')).toThrow(/province Hà Tây \(ha-tay\) has no shape/);
  });
});
