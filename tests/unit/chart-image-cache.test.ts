/** The chart-image cache key: a change to anything that draws must redraw, so old pictures are never served. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chartImageKey, RENDERER_FILES } from '../../src/lib/charts/image-cache.ts';
import { buildChartModel } from '../../src/lib/charts/model.ts';
import { chartSpecSchema } from '../../src/lib/charts/spec.ts';
import { fakeChartData } from './fake-chart-data.ts';

const model = buildChartModel(
  fakeChartData({ 'papi/2024/ha-nam/total': { value: 43.38, precision: 2, source: 'src-a' } }),
  chartSpecSchema.parse({ id: 'test', kind: 'line', index: 'papi', measures: ['total'], provinces: ['ha-nam'], years: { from: 2023, to: 2024 } }),
  'vi',
);
const frame = { licenceLine: 'CC BY 4.0' };
const contents = RENDERER_FILES.map((f) => readFileSync(f));

describe('chart image cache key', () => {
  it('is the same for the same model, frame and renderer files', () => {
    expect(chartImageKey(model, frame, contents)).toBe(chartImageKey(structuredClone(model), { ...frame }, contents.map((c) => Buffer.from(c))));
  });

  it.each(RENDERER_FILES.map((f, i) => [f, i] as const))('changes when %s changes', (_file, i) => {
    const edited = contents.map((c, j) => (j === i ? Buffer.concat([c, Buffer.from(' ')]) : c));
    expect(chartImageKey(model, frame, edited)).not.toBe(chartImageKey(model, frame, contents));
  });

  it('changes with the model and the frame', () => {
    const key = chartImageKey(model, frame, contents);
    expect(chartImageKey({ ...model, title: `${model.title}.` }, frame, contents)).not.toBe(key);
    expect(chartImageKey(model, { licenceLine: 'CC BY 4.0 ·' }, contents)).not.toBe(key);
  });

  it('hashes every module that the drawing code imports at run time', () => {
    const drawing = RENDERER_FILES.filter((f) => f.startsWith('src/lib/charts/'));
    for (const file of drawing) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '(\.[^']+)'/gms)].map((m) => path.join(path.dirname(file), m[1]!));
      for (const dep of imports) expect(RENDERER_FILES, `${file} imports ${dep}`).toContain(dep);
    }
  });
});
