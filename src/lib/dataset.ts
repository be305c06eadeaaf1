/**
 * The dataset as typed maps, built once per build from the content collections.
 * buildDataset() is pure, so unit tests build the same object from the JSON files without Astro.
 */
import type { CriteriaTree, Fact, IndexDef, IndexId, LegalDoc, NationalStat, Province, Region, Result, Source } from '../data/schemas.ts';
import type { DatasetParts } from '../data/validate.ts';

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
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildDataset(parts: DatasetParts): Dataset {
  const byYear = new Map<string, Result[]>();
  const byProvince = new Map<string, Result[]>();
  for (const r of parts.results) {
    push(byYear, `${r.index}/${r.year}/${r.measure}`, r);
    push(byProvince, `${r.index}/${r.province}/${r.measure}`, r);
  }
  for (const list of byProvince.values()) list.sort((a, b) => a.year - b.year);
  return {
    sources: new Map(parts.sources.map((s) => [s.id, s])),
    provinces: new Map(parts.provinces.map((p) => [p.slug, p])),
    provinceList: [...parts.provinces].sort((a, b) => a.name_vi.localeCompare(b.name_vi, 'vi')),
    regions: new Map(parts.regions.map((r) => [r.slug, r])),
    indices: new Map(parts.indices.map((i) => [i.id, i])),
    facts: new Map(parts.facts.map((f) => [f.id, f])),
    legalDocs: new Map(parts.legalDocs.map((l) => [l.id, l])),
    criteria: parts.criteria,
    results: new Map(parts.results.map((r) => [r.id, r])),
    byYear,
    byProvince,
    nationalStats: new Map(parts.nationalStats.map((s) => [s.id, s])),
  };
}

let loading: Promise<Dataset> | undefined;

/** The site's dataset, from the validated content collections. */
export function loadDataset(): Promise<Dataset> {
  loading ??= (async () => {
    const { getCollection } = await import('astro:content');
    const data = <T>(entries: { data: unknown }[]) => entries.map((e) => e.data as T);
    const [sources, provinces, regions, indices, facts, legalDocs, criteria, results, nationalStats] = await Promise.all([
      getCollection('sources').then(data<Source>),
      getCollection('provinces').then(data<Province>),
      getCollection('regions').then(data<Region>),
      getCollection('indices').then(data<IndexDef>),
      getCollection('facts').then(data<Fact>),
      getCollection('legalDocs').then(data<LegalDoc>),
      getCollection('criteria').then(data<CriteriaTree>),
      getCollection('results').then(data<Result>),
      getCollection('nationalStats').then(data<NationalStat>),
    ]);
    return buildDataset({ sources, provinces, regions, indices, facts, legalDocs, criteria, results, nationalStats });
  })();
  return loading;
}
