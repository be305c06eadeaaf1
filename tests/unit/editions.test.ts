/** A published edition is frozen data: the figures each chart used, never its wording. */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { liveCharts } from '../../src/lib/charts/live-models.ts';
import { buildChartModel } from '../../src/lib/charts/model.ts';
import { freezeChart, frozenDataSource, type FrozenChart } from '../../src/lib/charts/snapshots.ts';
import { fakeChartData } from './fake-chart-data.ts';
import { chartSpecSchema } from '../../src/lib/charts/spec.ts';
import { loadDataset } from '../../src/lib/dataset.ts';

// Reading and validating the whole dataset takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const { editions, snapshots } = loadDataset();
const snapshot = (id: string) => snapshots.get(id)!;
const live = liveCharts();

/** Hand-written titles are wording: fixing one must not unfreeze an edition. */
const dataOf = ({ spec: { title_vi: _vi, title_en: _en, ...spec }, ...rest }: FrozenChart) => ({ ...rest, spec });

describe('data editions', () => {
  it('every edition has a frozen snapshot', () => {
    for (const e of editions) expect(snapshots.has(e.id), `content/snapshots/${e.id}.json`).toBe(true);
  });

  it('the latest snapshot still holds the live data (publish a new edition when the data changes)', () => {
    const { charts } = snapshot(editions.at(-1)!.id);
    expect(Object.keys(charts).sort()).toEqual(live.specs.map((s) => s.id).sort());
    for (const spec of live.specs) expect(dataOf(charts[spec.id]!), spec.id).toEqual(dataOf(freezeChart(live.data, spec)));
  });

  it('every frozen chart draws from its own points, in both locales', () => {
    for (const e of editions) {
      for (const chart of Object.values(snapshot(e.id).charts)) {
        for (const locale of ['vi', 'en'] as const) {
          const model = buildChartModel(frozenDataSource(live.data, chart), chart.spec, locale);
          expect(model.records.some((r) => r.value !== null), `${e.id}/${chart.spec.id}`).toBe(true);
        }
      }
    }
  });

  it('the 2026-11 snapshot kept every figure of its first format (whole models) when it became points', () => {
    // Extracted once from the old file: per chart, [year, province, measure, value, rank, rank_of, rank_kind, source] of each CSV row.
    const old = JSON.parse(readFileSync('tests/fixtures/snapshot-2026-11-records.json', 'utf8')) as Record<string, unknown[][]>;
    const { charts } = snapshot('2026-11');
    expect(Object.keys(charts)).toEqual(Object.keys(old));
    for (const [id, chart] of Object.entries(charts)) {
      const model = buildChartModel(frozenDataSource(live.data, chart), chart.spec, 'vi');
      const rows = model.records.map((r) => [r.year, r.province, r.measure, r.value, r.rank, r.rank_of, r.rank_kind, r.source]);
      // Computed comparisons (national rows) are now rounded to the precision of their inputs, where the first format
      // kept float noise (43.433700000000016): they may move by at most half a unit in that last decimal.
      const decimals = Math.max(...chart.points.map((p) => p.precision ?? 0));
      const near = (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-12;
      const national = (r: unknown[]) => r[1] === 'national';
      expect(rows.filter((r) => !national(r)), id).toEqual(old[id]!.filter((r) => !national(r)));
      const oldNational = old[id]!.filter(national);
      rows.filter(national).forEach((r, i) => {
        expect([...r.slice(0, 3), ...r.slice(4)], `${id} national row ${i}`).toEqual([...oldNational[i]!.slice(0, 3), ...oldNational[i]!.slice(4)]);
        expect(r[3] === oldNational[i]![3] || near(r[3], oldNational[i]![3]), `${id} national row ${i}: ${r[3]} vs ${oldNational[i]![3]}`).toBe(true);
      });
      expect(rows.filter(national).length, id).toBe(oldNational.length);
      for (const [year, province, measure, value, rank, rankOf, rankKind, source] of old[id]!.filter((r) => r[1] !== 'national')) {
        const p = chart.points.find((q) => q.year === year && q.province === province && q.measure === measure);
        // A row without a source is a gap: there must be no point for it.
        const expected = source === null ? undefined : [value, rank, rankOf, rankKind, source];
        expect(p && [p.value ?? null, p.rank ?? null, p.rank_of ?? null, p.rank_kind ?? null, p.source], `${id} ${year}/${province}/${measure}`).toEqual(expected);
      }
    }
  });
});

describe('freezing a chart', () => {
  const points = {
    'papi/2022/ha-nam/total': { value: 42.7331, precision: 4, rank: 26, rankOf: 61, rankKind: 'official' as const, source: 'src-a' },
    'papi/2023/ha-nam/total': { value: 41.5581, precision: 4, rank: 40, rankOf: 61, rankKind: 'official' as const, source: 'src-a' },
    'papi/2023/nam-dinh/total': { value: 44.1, precision: 2, source: 'src-b' },
  };
  const data = fakeChartData(points, { changes: { 'papi/2023/2022/ha-nam/total': -14 } });
  const spec = chartSpecSchema.parse({ id: 't', kind: 'line', index: 'papi', measures: ['total'], provinces: ['ha-nam'], years: { from: 2022, to: 2023 }, compare: ['national-mean'] });

  it('keeps the points and the stated rank change that the chart reads, and draws the same model from them', () => {
    const frozen = freezeChart(data, spec);
    expect(frozen.points.map((p) => `${p.year}/${p.province}`)).toEqual(['2022/ha-nam', '2023/ha-nam', '2023/nam-dinh']);
    expect(frozen.points[1]).toMatchObject({ rank_change: -14, rank_change_from: 2022 });
    // Live data that has since changed does not reach the frozen chart.
    const changed = fakeChartData({ ...points, 'papi/2023/ha-nam/total': { ...points['papi/2023/ha-nam/total'], value: 50 } });
    for (const locale of ['vi', 'en'] as const) {
      expect(buildChartModel(frozenDataSource(changed, frozen), spec, locale)).toEqual(buildChartModel(data, spec, locale));
    }
  });
});
