/**
 * The one way pages, components and scripts read data: the dataset as typed maps, read from content/,
 * validated (src/data/validate.ts) and indexed once per process. Plain TypeScript, so scripts use it too.
 * buildDataset() is pure, so unit tests build the same object from files changed in memory.
 */
import type { CriteriaTree, Edition, Fact, GlossaryTerm, IndexDef, IndexId, LegalDoc, NationalStat, Province, Region, Result, Source } from '../data/schemas.ts';
import { assertValidDataset, type DatasetParts, type GlossaryLocale } from '../data/validate.ts';
import { readDataFiles } from '../data/read.ts';
import type { ChartSpec } from './charts/spec.ts';
import type { Snapshot } from './charts/snapshots.ts';

/** Every map and list iterates in key order (as Astro's content store gave them), editions by date. */
export interface Dataset {
  sources: Map<string, Source>;
  provinces: Map<string, Province>;
  provinceList: Province[];
  regions: Map<string, Region>;
  indices: Map<IndexId, IndexDef>;
  facts: Map<string, Fact>;
  legalDocs: Map<string, LegalDoc>;
  criteria: CriteriaTree[];
  results: Map<string, Result>;
  /** "<index>/<year>/<measure>" → every province's result. */
  byYear: Map<string, Result[]>;
  /** "<index>/<province>/<measure>" → results, oldest first. */
  byProvince: Map<string, Result[]>;
  nationalStats: Map<string, NationalStat>;
  /** The chart registry (content/data/charts.json). */
  charts: Map<string, ChartSpec>;
  /** Data editions, oldest first; the last is the current one. */
  editions: Edition[];
  /** Each published edition's frozen charts, by edition id. */
  snapshots: Map<string, Snapshot>;
  /** Glossary terms by id. */
  glossary: Record<GlossaryLocale, Map<string, GlossaryTerm>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records by key, in key order (code points, as Astro's content store gave them), whatever the file order. */
function keyed<T, K extends string>(list: T[], key: (x: T) => K): Map<K, T> {
  return new Map(list.map((x) => [key(x), x] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
const byId = <T extends { id: K }, K extends string = string>(list: T[]) => keyed<T, K>(list, (x) => x.id);
const bySlug = <T extends { slug: string }>(list: T[]) => keyed(list, (x) => x.slug);

export function buildDataset(parts: DatasetParts): Dataset {
  const results = byId(parts.results);
  const byYear = new Map<string, Result[]>();
  const byProvince = new Map<string, Result[]>();
  for (const r of results.values()) {
    push(byYear, `${r.index}/${r.year}/${r.measure}`, r);
    push(byProvince, `${r.index}/${r.province}/${r.measure}`, r);
  }
  for (const list of byProvince.values()) list.sort((a, b) => a.year - b.year);
  return {
    sources: byId(parts.sources),
    provinces: bySlug(parts.provinces),
    provinceList: [...parts.provinces].sort((a, b) => a.name_vi.localeCompare(b.name_vi, 'vi')),
    regions: bySlug(parts.regions),
    indices: byId<IndexDef, IndexId>(parts.indices),
    facts: byId(parts.facts),
    legalDocs: byId(parts.legalDocs),
    criteria: [...byId(parts.criteria).values()],
    results,
    byYear,
    byProvince,
    nationalStats: byId(parts.nationalStats),
    charts: byId(parts.charts),
    editions: [...parts.editions].sort((a, b) => a.date.localeCompare(b.date)),
    snapshots: keyed(parts.snapshots, (s) => s.edition),
    glossary: { vi: byId(parts.glossary.vi), en: byId(parts.glossary.en) },
  };
}

let cached: Dataset | undefined;

/** The site's dataset, read and validated on first use (any problem fails with file, record, field and reason). */
export function loadDataset(): Dataset {
  cached ??= buildDataset(assertValidDataset(readDataFiles(process.cwd())));
  return cached;
}

/** The edition the site currently shows (validation ensures there is one). */
export function currentEdition(ds: Dataset): Edition {
  return ds.editions.at(-1)!;
}
