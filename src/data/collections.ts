/**
 * Data collections over content/data. One loader reads every JSON file, validates the whole dataset at once
 * (src/data/validate.ts: file, record, field and reason for every problem) and fails the build on any problem;
 * each collection then takes its part. Entries are stored already validated.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { dataFingerprint, readDataFiles } from './read.ts';
import { assertValidDataset, type DatasetParts } from './validate.ts';
import {
  criteriaTreeSchema,
  factSchema,
  indexSchema,
  legalDocSchema,
  nationalStatSchema,
  provinceSchema,
  regionSchema,
  resultSchema,
  sourceSchema,
} from './schemas.ts';
import { chartSpecSchema } from '../lib/charts/spec.ts';

let cached: { fingerprint: string; parts: DatasetParts } | undefined;
/** Validates once per change of the files, not once per collection. */
function dataset(): DatasetParts {
  const fingerprint = dataFingerprint(process.cwd());
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, parts: assertValidDataset(readDataFiles(process.cwd())) };
  return cached.parts;
}

function partLoader<T>(name: string, pick: (d: DatasetParts) => T[], idOf: (item: T) => string): Loader {
  return {
    name: `data-${name}`,
    load: async ({ store }) => {
      const items = pick(dataset());
      store.clear();
      for (const item of items) store.set({ id: idOf(item), data: item as Record<string, unknown> });
    },
  };
}

/** The chart registry, validated by its own schema (a chart is data: see src/lib/charts/spec.ts). */
const chartsLoader: Loader = {
  name: 'data-charts',
  load: async ({ store, parseData }) => {
    const { readFileSync } = await import('node:fs');
    const file = 'content/data/charts.json';
    let list: unknown;
    try {
      list = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    if (!Array.isArray(list)) throw new Error(`${file}: must be an array of chart specs`);
    store.clear();
    const seen = new Set<string>();
    for (const [i, raw] of list.entries()) {
      const id = (raw as { id?: unknown }).id;
      if (typeof id !== 'string') throw new Error(`${file}: record ${i}, field id: must be a string`);
      if (seen.has(id)) throw new Error(`${file}: record ${i} (${id}), field id: duplicate chart id`);
      seen.add(id);
      const parsed = chartSpecSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file}: record ${i} (${id}), field ${issue.path.join('.') || '(record)'}: ${issue.message}`);
      }
      store.set({ id, data: await parseData({ id, data: parsed.data as Record<string, unknown> }) });
    }
  },
};

export const dataCollections = {
  sources: defineCollection({ loader: partLoader('sources', (d) => d.sources, (s) => s.id), schema: sourceSchema }),
  provinces: defineCollection({ loader: partLoader('provinces', (d) => d.provinces, (p) => p.slug), schema: provinceSchema }),
  regions: defineCollection({ loader: partLoader('regions', (d) => d.regions, (r) => r.slug), schema: regionSchema }),
  indices: defineCollection({ loader: partLoader('indices', (d) => d.indices, (x) => x.id), schema: indexSchema }),
  facts: defineCollection({ loader: partLoader('facts', (d) => d.facts, (f) => f.id), schema: factSchema }),
  legalDocs: defineCollection({ loader: partLoader('legal-docs', (d) => d.legalDocs, (l) => l.id), schema: legalDocSchema }),
  criteria: defineCollection({ loader: partLoader('criteria', (d) => d.criteria, (t) => t.id), schema: criteriaTreeSchema }),
  results: defineCollection({ loader: partLoader('results', (d) => d.results, (r) => r.id), schema: resultSchema }),
  nationalStats: defineCollection({ loader: partLoader('national-stats', (d) => d.nationalStats, (s) => s.id), schema: nationalStatSchema }),
  charts: defineCollection({ loader: chartsLoader, schema: chartSpecSchema }),
};
