/**
 * npm run edition:freeze -- <edition id>
 * Publishes a data edition: writes every registered chart's spec and data points to content/snapshots/<id>.json.
 * Versioned embeds (/nhung/<id>/<chart>/) draw those points for ever, with the wording and drawing of the day. An existing snapshot is never overwritten.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { liveCharts } from '../src/lib/charts/live-models.ts';
import { freezeChart, snapshotJson } from '../src/lib/charts/snapshots.ts';
import { loadDataset } from '../src/lib/dataset.ts';

const id = process.argv[2];
const { editions } = loadDataset();
const edition = editions.find((e) => e.id === id);
if (!edition) {
  console.error(`Usage: npm run edition:freeze -- <id>, where <id> is in content/editions.json (${editions.map((e) => e.id).join(', ')})`);
  process.exit(1);
}
const file = `content/snapshots/${id}.json`;
if (existsSync(file)) {
  console.error(`${file} exists: a published edition never changes. Add a new edition to content/editions.json instead.`);
  process.exit(1);
}
const { data, specs } = liveCharts();
const charts = Object.fromEntries(specs.map((spec) => [spec.id, freezeChart(data, spec)]));
writeFileSync(file, snapshotJson({ edition: edition.id, frozen: edition.date, charts }));
console.log(`wrote ${file}`);
