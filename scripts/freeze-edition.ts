/**
 * npm run edition:freeze -- <edition id>
 * Publishes a data edition: writes every registered chart's model to content/snapshots/<id>.json.
 * Versioned embeds (/nhung/<id>/<chart>/) render from that file for ever. An existing snapshot is never overwritten.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { liveModels } from '../src/lib/charts/live-models.ts';
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
writeFileSync(file, `${JSON.stringify({ edition: id, frozen: edition.date, charts: liveModels() }, null, 1)}\n`);
console.log(`wrote ${file}`);
