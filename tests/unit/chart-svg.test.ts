/**
 * The SVG download: the same renderer as the PNG on an SVG canvas. A vector file, so no embedded bitmap (<image>);
 * text drawn as paths, so the title and the summary are in <title> and <desc>; well-formed XML.
 */
import { describe, expect, it } from 'vitest';
import { svgProblems } from '../lib/svg.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { chartDataSource } from '../../src/lib/charts/data-source.ts';
import { buildChartModel } from '../../src/lib/charts/model.ts';
import { renderChartSvg } from '../../src/lib/charts/image.ts';
import { textProblems } from '../../src/lib/charts/text-boxes.ts';

describe('chart SVG', () => {
  const ds = loadDataset();
  const data = chartDataSource(ds);
  it.each(['papi-ha-nam-tong-diem', 'papi-ha-nam-linh-vuc-2024'])('%s: a well-formed vector file with its title, no bitmap, no clipped text', (id) => {
    for (const locale of ['vi', 'en'] as const) {
      const model = buildChartModel(data, ds.charts.get(id)!, locale);
      const out = renderChartSvg(model, { licenceLine: 'CC BY 4.0 · http://127.0.0.1:4321/bieu-do/x/' });
      expect(svgProblems(out.svg, model.title)).toEqual([]);
      expect(out.svg).toContain(model.summary.slice(0, 20).replace(/&/g, '&amp;'));
      expect(textProblems(out.boxes, out.width, out.height)).toEqual([]);
    }
  }, 120_000);

  it('the check bites: a bitmap, a missing title and broken XML are each caught', () => {
    const good = '<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><desc>D</desc><path d="M0 0"/></svg>';
    expect(svgProblems(good, 'T')).toEqual([]);
    expect(svgProblems(good.replace('<path d="M0 0"/>', '<image href="data:image/png;base64,AA"/>'), 'T')).toHaveLength(1);
    expect(svgProblems(good, 'Other')).toHaveLength(1);
    expect(svgProblems(good.replace('</svg>', ''), 'T').length).toBeGreaterThan(0);
  });
});
