/**
 * The open dataset as tidy files: every claim, the figure shown for each key, sources, national statistics,
 * provinces with the 2025 crosswalk and the criteria trees, described by a Frictionless datapackage.json.
 * The same column lists drive the CSV files, the data package and the README.
 */
import { markKinds } from './marks.ts';
import type { Dataset } from './dataset.ts';
import { headlineRank, headlineValue } from './results.ts';
import { csvText, type CsvCell as Cell } from './csv.ts';

type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export interface Column<T> {
  name: string;
  type: FieldType;
  description: string;
  get: (row: T) => Cell;
}

export interface OpenDataFile {
  name: string;
  path: string;
  title: string;
  description: string;
  csv: (ds: Dataset) => string;
  fields: { name: string; type: FieldType; description: string }[];
}

function file<T>(name: string, title: string, description: string, rows: (ds: Dataset) => T[], columns: Column<T>[]): OpenDataFile {
  return {
    name,
    path: `${name}.csv`,
    title,
    description,
    csv: (ds) => csvText(columns.map((c) => c.name), rows(ds).map((r) => columns.map((c) => c.get(r)))),
    fields: columns.map(({ name: n, type, description: d }) => ({ name: n, type, description: d })),
  };
}

type ClaimRow = { r: ReturnType<Dataset['results']['get']> & object; c: NonNullable<ReturnType<Dataset['results']['get']>>['claims'][number] };

export const OPEN_DATA_FILES: OpenDataFile[] = [
  file(
    'ket-qua',
    'Results: the figure shown for every key',
    'One row per index, year, province and measure: the value and rank the site shows, chosen by the rule in preferred_rule.',
    (ds) => [...ds.results.values()],
    [
      { name: 'key', type: 'string', description: '<index>/<year>/<province>/<measure>', get: (r) => r.id },
      { name: 'index', type: 'string', description: 'papi, par-index, sipas or pci', get: (r) => r.index },
      { name: 'year', type: 'integer', description: 'Year of the survey or results', get: (r) => r.year },
      { name: 'province', type: 'string', description: 'Province slug (see tinh.csv)', get: (r) => r.province },
      { name: 'measure', type: 'string', description: 'total, a dimension ("1"), a sub-dimension ("1.1"), a domain or sub-index slug', get: (r) => r.measure },
      { name: 'value', type: 'number', description: 'The value shown (full published precision)', get: (r) => headlineValue(r)?.value },
      { name: 'value_source', type: 'string', description: 'Source id of the value (see nguon.csv)', get: (r) => headlineValue(r)?.source },
      { name: 'rank', type: 'integer', description: 'The rank shown', get: (r) => headlineRank(r)?.rank },
      { name: 'rank_of', type: 'integer', description: 'Number of provinces ranked that year', get: (r) => headlineRank(r)?.rank_of },
      { name: 'rank_kind', type: 'string', description: 'official (announced) or computed (from the data file)', get: (r) => headlineRank(r)?.rank_kind },
      { name: 'rank_source', type: 'string', description: 'Source id of the rank', get: (r) => headlineRank(r)?.source },
      { name: 'conflict', type: 'boolean', description: 'true when sources disagree (see khang-dinh.csv)', get: (r) => Boolean(r.conflict) },
      { name: 'marks', type: 'string', description: 'Marks of the figure shown, space-separated: conflict, computed (rank), derived, secondary', get: (r) => markKinds(r).join(' ') },
    ],
  ),
  file<ClaimRow>(
    'khang-dinh',
    'Claims: every statement of every source',
    'One row per claim: what each source says about a key, including rounded figures, known misprints and conflicting ranks.',
    (ds) => [...ds.results.values()].flatMap((r) => r.claims.map((c) => ({ r, c }))),
    [
      { name: 'key', type: 'string', description: '<index>/<year>/<province>/<measure>', get: ({ r }) => r.id },
      { name: 'value', type: 'number', description: 'Value as stated', get: ({ c }) => c.value },
      { name: 'precision', type: 'integer', description: 'Decimals as published', get: ({ c }) => c.precision },
      { name: 'rank', type: 'integer', description: 'Rank as stated', get: ({ c }) => c.rank },
      { name: 'rank_of', type: 'integer', description: 'Out of how many provinces', get: ({ c }) => c.rank_of },
      { name: 'rank_kind', type: 'string', description: 'official or computed', get: ({ c }) => c.rank_kind },
      { name: 'rank_note', type: 'string', description: 'How a computed rank was computed', get: ({ c }) => c.rank_note },
      { name: 'rank_change', type: 'integer', description: 'Places gained (+) or lost (-), where the source states it', get: ({ c }) => c.rank_change },
      { name: 'rank_change_from', type: 'integer', description: 'Year the stated change compares with', get: ({ c }) => c.rank_change_from },
      { name: 'source', type: 'string', description: 'Source id (see nguon.csv)', get: ({ c }) => c.source },
      { name: 'preferred', type: 'boolean', description: 'The claim chosen by the preferred rule', get: ({ c }) => c.preferred },
      { name: 'flag', type: 'string', description: 'rounding, typo, approximate or secondary', get: ({ c }) => c.flag },
      { name: 'note', type: 'string', description: 'Note on the claim', get: ({ c }) => c.note },
    ],
  ),
  file(
    'thong-ke-ca-nuoc',
    'National and regional statistics',
    'Means, medians, best and worst provinces and counts of ranked provinces, stated by sources or computed from the data files.',
    (ds) => [...ds.nationalStats.values()].flatMap((s) => s.claims.map((c) => ({ s, c }))),
    [
      { name: 'key', type: 'string', description: '<index>/<year>/<scope>/<measure>/<stat>', get: ({ s }) => s.id },
      { name: 'value', type: 'number', description: 'Value', get: ({ c }) => c.value },
      { name: 'province', type: 'string', description: 'For best and worst: the province', get: ({ c }) => c.province },
      { name: 'computed', type: 'boolean', description: 'true when computed from the data files, not stated by a source', get: ({ c }) => c.computed },
      { name: 'source', type: 'string', description: 'Source id', get: ({ c }) => c.source },
      { name: 'preferred', type: 'boolean', description: 'The figure the site shows', get: ({ c }) => c.preferred },
      { name: 'flag', type: 'string', description: 'typo for a known misprint', get: ({ c }) => ('flag' in c ? (c as { flag?: string }).flag : undefined) },
    ],
  ),
  file(
    'tinh',
    'Provinces, with the 2025 crosswalk',
    'Every province in the data, its region, when it existed and which province took it over.',
    (ds) => ds.provinceList,
    [
      { name: 'slug', type: 'string', description: 'Identifier used in keys', get: (p) => p.slug },
      { name: 'code', type: 'string', description: 'Code (P01–P63 as in the PAPI tables; X for provinces outside 2008–2025)', get: (p) => p.code },
      { name: 'name_vi', type: 'string', description: 'Vietnamese name', get: (p) => p.name_vi },
      { name: 'name_en', type: 'string', description: 'English name', get: (p) => p.name_en },
      { name: 'region', type: 'string', description: 'Region slug', get: (p) => p.region },
      { name: 'valid_from', type: 'string', description: 'First day, where known', get: (p) => p.valid_from },
      { name: 'valid_to', type: 'string', description: 'Last day, where it no longer exists', get: (p) => p.valid_to },
      { name: 'successor', type: 'string', description: 'Province that took it over', get: (p) => p.successor },
    ],
  ),
  file(
    'nguon',
    'Sources',
    'Every source with its publisher, address, date, kind and a short verbatim excerpt. Mirrors are listed but never linked.',
    (ds) => [...ds.sources.values()],
    [
      { name: 'id', type: 'string', description: 'Source id', get: (s) => s.id },
      { name: 'publisher', type: 'string', description: 'Original publisher', get: (s) => s.publisher },
      { name: 'data_copy', type: 'string', description: 'For a copy of an official file: the copy read (named second, never in place of the publisher)', get: (s) => s.data_copy },
      { name: 'title', type: 'string', description: 'Title', get: (s) => s.title },
      { name: 'url', type: 'string', description: 'Address (empty for a mirror or an unknown address)', get: (s) => s.url },
      { name: 'date', type: 'string', description: 'Date, as precise as known', get: (s) => s.date },
      { name: 'kind', type: 'string', description: 'official, press, dataset or mirror', get: (s) => s.kind },
      { name: 'cites_instead', type: 'string', description: 'For a mirror: the original source cited instead', get: (s) => s.cites_instead },
      { name: 'excerpt', type: 'string', description: 'Short verbatim excerpt', get: (s) => s.excerpt },
    ],
  ),
];

export function dataPackage(site: string, editionId: string, editionDate: string) {
  return {
    profile: 'tabular-data-package',
    name: 'chi-so-quan-tri-ha-nam',
    title: 'PAPI, PAR INDEX, SIPAS and PCI results for Vietnam\u2019s provinces, with Hà Nam in focus',
    version: editionId,
    created: editionDate,
    homepage: site,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    sources: [
      { title: 'PAPI (CECODES, RTA, UNDP)', path: 'https://papi.org.vn/' },
      { title: 'PCI (VCCI)', path: 'https://pcivietnam.vn/' },
      { title: 'PAR INDEX and SIPAS (Ministry of Home Affairs), as reported by the sources in nguon.csv' },
    ],
    resources: OPEN_DATA_FILES.map((f) => ({
      name: f.name,
      path: f.path,
      title: f.title,
      description: f.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      schema: { fields: f.fields },
    })),
  };
}
