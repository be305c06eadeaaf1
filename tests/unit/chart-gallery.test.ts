/**
 * The chart gallery's groups (src/lib/charts/gallery.ts): by index, then by province with Hà Nam first and the
 * charts of several provinces last, each group with its own anchor, charts in their `order` from charts.json.
 */
import { describe, expect, it } from 'vitest';
import { FOCUS_PROVINCE, SEVERAL, galleryGroups } from '../../src/lib/charts/gallery.ts';
import { registeredCharts } from '../../src/lib/charts/registry.ts';
import { chartSpecSchema, type ChartSpec } from '../../src/lib/charts/spec.ts';
import { INDEX_IDS } from '../../src/data/schemas.ts';

const name = (slug: string) => ({ 'ha-nam': 'Hà Nam', 'an-giang': 'An Giang', 'bac-ninh': 'Bắc Ninh' })[slug] ?? slug;
const spec = (id: string, provinces: string[] | 'all', order?: number): ChartSpec =>
  chartSpecSchema.parse({ id, kind: 'line', index: 'papi', measures: ['total'], provinces, years: { from: 2020, to: 2024 }, ...(order === undefined ? {} : { order }) });

describe('chart gallery groups', () => {
  it('puts Hà Nam first, other provinces by name, several provinces last, each group by order', () => {
    const groups = galleryGroups([spec('z', ['ha-nam', 'bac-ninh'], 1), spec('b2', ['bac-ninh'], 2), spec('h2', ['ha-nam'], 2), spec('a', ['an-giang'], 1), spec('h1', ['ha-nam'], 1), spec('b1', ['bac-ninh'], 1)], name, 'vi');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.groups.map((g) => [g.anchor, g.charts.map((c) => c.id)])).toEqual([
      ['papi-ha-nam', ['h1', 'h2']],
      ['papi-an-giang', ['a']],
      ['papi-bac-ninh', ['b1', 'b2']],
      [`papi-${SEVERAL}`, ['z']],
    ]);
  });

  it('holds every registered chart once, indices in their order, anchors unique, Hà Nam first where it has charts', { timeout: 60_000 }, () => {
    const specs = registeredCharts();
    const indices = galleryGroups(specs, name, 'vi');
    expect(indices.map((i) => i.index)).toEqual(INDEX_IDS.filter((ix) => specs.some((s) => s.index === ix)));
    const ids = indices.flatMap((i) => i.groups.flatMap((g) => g.charts.map((c) => c.id)));
    expect(ids.sort()).toEqual(specs.map((s) => s.id).sort());
    const anchors = indices.flatMap((i) => [i.anchor, ...i.groups.map((g) => g.anchor)]);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const ix of indices) {
      const focus = ix.groups.findIndex((g) => g.province === FOCUS_PROVINCE);
      expect(focus, ix.index).toBeLessThanOrEqual(0);
      for (const g of ix.groups) {
        const orders = g.charts.map((c) => c.order ?? Infinity);
        expect(orders, g.anchor).toEqual([...orders].sort((a, b) => a - b));
      }
    }
  });
});
