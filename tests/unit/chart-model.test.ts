import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../src/lib/charts/model.ts';
import { chartSpecSchema, type ChartSpec } from '../../src/lib/charts/spec.ts';
import { toCsv } from '../../src/lib/charts/csv.ts';
import { drawModel, drawPanels } from '../../src/lib/charts/chartjs-config.ts';
import { fakeChartData } from './fake-chart-data.ts';
import type { DataPoint } from '../../src/lib/charts/model.ts';

const spec = (s: Partial<ChartSpec> & Pick<ChartSpec, 'kind'>): ChartSpec =>
  chartSpecSchema.parse({ id: 'test', index: 'papi', measures: ['total'], provinces: ['ha-nam'], years: { from: 2018, to: 2024 }, ...s });

const papi = (_year: number, value: number, rank?: number, of?: number, kind: 'official' | 'computed' = 'official'): DataPoint => ({
  value, precision: 4, ...(rank ? { rank, rankOf: of, rankKind: kind } : {}), source: 'src-a',
});

describe('summary sentences', () => {
  it('states score, rank and a source-backed rank change, in Vietnamese number format', () => {
    const ds = fakeChartData(
      { 'papi/2022/ha-nam/total': papi(2022, 42.7331, 26, 61), 'papi/2023/ha-nam/total': papi(2023, 41.5581, 40, 61) },
      { changes: { 'papi/2023/2022/ha-nam/total': -14 } },
    );
    const m = buildChartModel(ds, spec({ kind: 'line', years: { from: 2022, to: 2023 } }), 'vi');
    expect(m.summary).toBe('Năm 2023, Hà Nam đạt 41,56/80 điểm PAPI, xếp thứ 40/61, giảm 14 bậc so với năm 2022.');
  });

  it('writes the English sentence with English numbers', () => {
    const ds = fakeChartData(
      { 'papi/2022/ha-nam/total': papi(2022, 42.7331, 26, 61), 'papi/2023/ha-nam/total': papi(2023, 41.5581, 40, 61) },
      { changes: { 'papi/2023/2022/ha-nam/total': -14 } },
    );
    const m = buildChartModel(ds, spec({ kind: 'line', years: { from: 2022, to: 2023 } }), 'en');
    expect(m.summary).toBe('In 2023, Hà Nam scored 41.56/80 on PAPI and ranked 40th of 61, down 14 places from 2022.');
  });

  it('shows both ranks side by side when no change may be stated', () => {
    const ds = fakeChartData({ 'papi/2023/ha-nam/total': papi(2023, 41.5581, 40, 61), 'papi/2024/ha-nam/total': papi(2024, 43.3827, 34, 61, 'computed') });
    const m = buildChartModel(ds, spec({ kind: 'line', years: { from: 2023, to: 2024 } }), 'vi');
    expect(m.summary).toBe('Năm 2024, Hà Nam đạt 43,38/80 điểm PAPI, xếp thứ 34/61 (tính toán) (năm 2023: 40/61).');
    expect(m.summary).not.toMatch(/tăng|giảm/);
  });

  it('says "chưa có số liệu" instead of inventing a value', () => {
    const ds = fakeChartData({});
    const m = buildChartModel(ds, spec({ kind: 'line', index: 'sipas', years: { from: 2019, to: 2020 } }), 'vi');
    expect(m.summary).toContain('chưa có số liệu');
    expect(m.table.rows.every((r) => r.cells.every((c) => c.text === 'chưa có số liệu'))).toBe(true);
  });
});

describe('series breaks', () => {
  const points: Record<string, DataPoint> = {};
  for (let y = 2015; y <= 2020; y++) points[`papi/${y}/ha-nam/total`] = papi(y, y < 2018 ? 37 : 44);
  points['papi/2017/nam-dinh/total'] = papi(2017, 36);
  points['papi/2018/nam-dinh/total'] = papi(2018, 43);
  const ds = fakeChartData(points);
  const m = buildChartModel(ds, spec({ kind: 'line', years: { from: 2015, to: 2020 }, compare: ['national-mean'] }), 'vi');

  it('never joins PAPI before and after 2018 into one line', () => {
    const hn = m.series.filter((s) => s.province === 'ha-nam');
    expect(hn).toHaveLength(2);
    expect(hn[0]!.values).toEqual([37, 37, 37, null, null, null]);
    expect(hn[1]!.values).toEqual([null, null, null, 44, 44, 44]);
    expect(m.breaks).toEqual([2018]);
  });

  it('splits computed comparisons at the break too', () => {
    const means = m.series.filter((s) => s.comparison === 'national-mean');
    expect(means).toHaveLength(2);
    expect(means[0]!.values[2]).toBe(36.5);
    expect(means[0]!.values[3]).toBeNull();
    expect(means[1]!.values[3]).toBe(43.5);
  });

  it('tells the reader why there are two panels', () => {
    expect(m.notes.join(' ')).toContain('hai khung riêng');
    expect(m.subtitle).toBe('Điểm tối đa 60, và 80 từ năm 2018 khi phương pháp thay đổi: mỗi giai đoạn vẽ trong một khung riêng.');
  });

  it('draws each method in its own panel, on its own axis, while the table keeps every year', () => {
    expect(m.panels?.map((p) => [p.label, p.xKeys.join(',')])).toEqual([
      ['2015–2017, thang 60 điểm', '2015,2016,2017'],
      ['2018–2020, thang 80 điểm', '2018,2019,2020'],
    ]);
    expect(m.panels![0]!.y.max).toBeLessThanOrEqual(60);
    expect(m.panels![0]!.y).not.toEqual(m.panels![1]!.y);
    const draw = drawModel(m);
    expect(drawPanels(draw).map((p) => p.series.map((x) => x.values))).toEqual([
      [[37, 37, 37], [37, 37, 36.5]],
      [[44, 44, 44], [43.5, 44, 44]],
    ]);
    expect(m.table.rows.map((r) => r.header)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
  });

  it('keeps one plot where no method changed', () => {
    const one = buildChartModel(ds, spec({ kind: 'line', years: { from: 2018, to: 2020 } }), 'vi');
    expect(one.panels).toBeUndefined();
    expect(drawPanels(drawModel(one))).toHaveLength(1);
  });
});

describe('measures on different scales', () => {
  const value = (v: number): DataPoint => ({ value: v, precision: 2, source: 'src-a' });
  it('never ranks measures on different scales against each other, and states each scale in Vietnamese numbers', () => {
    // D1 (2,4 of 10) is the lowest share but the highest raw score against the 0,33–3,33 items.
    const ds = fakeChartData({ 'papi/2024/ha-nam/1': value(2.4), 'papi/2024/ha-nam/2': value(9), 'papi/2024/ha-nam/q1': value(3), 'papi/2024/ha-nam/q2': value(0.5) });
    const m = buildChartModel(ds, spec({ kind: 'bars', measures: ['1', '2', 'q1', 'q2'], years: { year: 2024 } }), 'vi');
    expect(m.subtitle).toBe('Các mục có thang điểm khác nhau (1–10 điểm; 0,33–3,33 điểm), ghi cạnh tên từng mục: chỉ so sánh các mục cùng thang.');
    expect(m.summary).toBe(
      'Năm 2024, PAPI của Hà Nam: trong 2 mục thang 1–10 điểm, cao nhất ở D2 (9,00/10) và thấp nhất ở D1 (2,40/10); trong 2 mục thang 0,33–3,33 điểm, cao nhất ở Dq1 (3,00/3,33) và thấp nhất ở Dq2 (0,50/3,33).',
    );
    expect(m.xLabels).toEqual(['D1 (tối đa 10)', 'D2 (tối đa 10)', 'Dq1 (tối đa 3,33)', 'Dq2 (tối đa 3,33)']);
    expect(m.y.max).toBe(10);
    expect(m.points).toBeUndefined();
  });

  it('draws measures with unknown maxima as points on an axis that fits the values, and does not rank them', () => {
    const ds = fakeChartData({ 'par-index/2021/ha-nam/u1': value(12.97), 'par-index/2021/ha-nam/u2': value(3) });
    const m = buildChartModel(ds, spec({ kind: 'bars', index: 'par-index', measures: ['u1', 'u2'], years: { year: 2021 } }), 'vi');
    expect(m.points).toBe(true);
    expect(m.y.max).toBeLessThan(100);
    expect(m.subtitle).not.toMatch(/Điểm tối đa 100/);
    expect(m.summary).not.toMatch(/cao nhất|thấp nhất/);
    expect(m.summary).toContain('Chưa tìm thấy điểm tối đa của 2/2 mục');
  });

  it('shows a score against its maximum where one is known, beside domains whose maximum is not', () => {
    const ds = fakeChartData({ 'par-index/2021/ha-nam/u1': value(12.97), 'par-index/2021/ha-nam/k1': value(3) });
    const m = buildChartModel(ds, spec({ kind: 'bars', index: 'par-index', measures: ['u1', 'k1'], years: { year: 2021 } }), 'vi');
    expect(m.xLabels).toEqual(['Du1', 'Dk1 (tối đa 6)']);
    expect(m.scaleMax).toEqual([null, 6]);
    expect(m.summary).toBe('Năm 2021, PAR-INDEX của Hà Nam: Dk1 đạt 3,00/6 điểm. Chưa tìm thấy điểm tối đa của 1/2 mục, nên các mục này không được so sánh với nhau; xem điểm từng mục trong bảng.');
  });

  it('leaves charts of one scale as they were', () => {
    const ds = fakeChartData({ 'papi/2024/ha-nam/1': value(5), 'papi/2024/ha-nam/2': value(6) });
    const m = buildChartModel(ds, spec({ kind: 'bars', measures: ['1', '2'], years: { year: 2024 } }), 'vi');
    expect(m.scaleMax).toBeUndefined();
    expect(m.subtitle).toBe('Điểm tối đa 10.');
    expect(m.summary).toContain('cao nhất ở D2 (6,00) và thấp nhất ở D1 (5,00)');
  });
});

describe('one model, many outputs', () => {
  const ds = fakeChartData({
    'papi/2021/ha-nam/total': papi(2021, 43.2855, 22, 60),
    'papi/2021/nam-dinh/total': papi(2021, 41.0, 40, 60),
    'papi/2021/ha-noi/total': papi(2021, 44.5, 10, 60),
  });
  const m = buildChartModel(ds, spec({ kind: 'ranked-bars', provinces: 'all', years: { year: 2021 }, featured: 'ha-nam' }), 'vi');

  it('orders every province best first and keeps each in the table', () => {
    expect(m.xKeys).toEqual(['ha-noi', 'ha-nam', 'nam-dinh']);
    expect(m.table.rows.map((r) => r.header)).toEqual(['Hà Nội', 'Hà Nam', 'Nam Định']);
    expect(m.table.rows[1]!.cells[0]).toEqual({ text: '43,29', value: 43.2855, rank: '22/60', key: 'papi/2021/ha-nam/total', marks: [] });
  });

  it('writes CSV rows equal to the table, with a BOM and plain numbers', () => {
    const csv = toCsv(m.records);
    expect(csv.startsWith('\uFEFFchart,index,year')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('chart,index,year,province,province_name,measure,measure_name,series,value,rank,rank_of,rank_kind,source_id,source,rank_source,key,marks');
    // source_id is the id, source the publisher's name (here the fake data's label).
    expect(lines[2]).toBe('test,papi,2021,ha-nam,Hà Nam,total,Tổng điểm,Tổng điểm,43.2855,22,60,official,src-a,Nguồn src-a,src-a,papi/2021/ha-nam/total,');
  });

  it('summarises the featured province against the best and worst', () => {
    expect(m.summary).toBe('Năm 2021, Hà Nam đạt 43,29 điểm PAPI, xếp thứ 22/60. Cao nhất là Hà Nội (44,50), thấp nhất là Nam Định (41,00).');
  });
});

describe('spec validation', () => {
  it('rejects a line chart with a single year and a featured province outside the chart', () => {
    const r = chartSpecSchema.safeParse({ id: 'x', kind: 'line', index: 'papi', measures: ['total'], provinces: ['ha-nam'], years: { year: 2021 }, featured: 'nam-dinh' });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['years', 'featured']));
  });
});
