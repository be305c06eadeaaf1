/**
 * The phone pictures of a few charts, as a phone downloads them (360 CSS px at 2×), written as PNG to
 * bench/results/screens/chart-phone-<id>.png for review: labels, legend and the notes on marked figures.
 *
 *   npx node bench/chart-phone-screens.ts
 *
 * Replace the committed PNGs whenever the chart pictures change.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../tests/lib/dist-site.ts';
import { liveCharts } from '../src/lib/charts/live-models.ts';
import { buildChartModel } from '../src/lib/charts/model.ts';
import { renderChartImages } from '../src/lib/charts/image.ts';
import { chartFrame, chartHome } from '../src/lib/charts/registry.ts';
import { siteOrigin } from '../src/lib/deploy-env.ts';

const IDS = ['papi-ha-nam-tong-diem', 'papi-ha-nam-thu-hang', 'papi-xep-hang-2024'];

const { data, specs } = liveCharts();
for (const id of IDS) {
  const spec = specs.find((s) => s.id === id);
  if (!spec) throw new Error(`No registered chart "${id}"`);
  const model = buildChartModel(data, spec, 'vi');
  // The address the picture names, as a test build names it (SITE_URL, else the local server's).
  const home = new URL(chartHome(spec, 'vi', true).replace(/^\/+/, ''), siteOrigin(process.env['SITE_URL'])).href;
  const { png } = renderChartImages(model, chartFrame(home), 'phone');
  const file = path.join(REPO_ROOT, 'bench/results/screens', `chart-phone-${id}.png`);
  writeFileSync(file, png);
  console.log(`${id} → ${path.relative(REPO_ROOT, file)}`);
}
