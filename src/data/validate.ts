/**
 * Pure validation of the dataset: content/data, the editions and the glossary. No file system access: callers
 * pass a map of file path (relative to the project root, e.g. "content/data/sources.json") → raw text.
 * The dataset loader (src/lib/dataset.ts), the import script and the unit tests all call validateDataset(), so
 * bad data fails the build with the same message everywhere:
 *
 *   content/data/results/papi.json: record 12 (papi/2021/ha-nam/total), field claims[1].rank: rank 64 is greater than rank_of 63
 *
 * Record numbers count array elements from 0 (as `jq '.[12]'` does). Each kind of file has its own checker below;
 * they share the maps of known ids (Known) and one way to report a problem (Reporter).
 */
import type { z } from 'astro/zod';
import {
  INDEX_IDS,
  criteriaTreeSchema,
  editionSchema,
  factSchema,
  glossaryTermSchema,
  indexSchema,
  legalDocSchema,
  nationalStatSchema,
  provinceSchema,
  regionSchema,
  resultSchema,
  sourceSchema,
  type Claim,
  type CriteriaNode,
  type CriteriaTree,
  type Edition,
  type Fact,
  type GlossaryTerm,
  type IndexDef,
  type IndexId,
  type LegalDoc,
  type MeasureDef,
  type NationalStat,
  type Period,
  type Province,
  type Region,
  type Result,
  type Source,
} from './schemas.ts';
import { chartSpecSchema, type ChartSpec } from '../lib/charts/spec.ts';
import { snapshotSchema, type Snapshot } from '../lib/charts/snapshots.ts';

export const DATA_DIR = 'content/data';

export const DATA_FILES = {
  sources: `${DATA_DIR}/sources.json`,
  provinces: `${DATA_DIR}/provinces.json`,
  regions: `${DATA_DIR}/regions.json`,
  indices: `${DATA_DIR}/indices.json`,
  facts: `${DATA_DIR}/facts.json`,
  legalDocs: `${DATA_DIR}/legal-documents.json`,
  nationalStats: `${DATA_DIR}/national-stats.json`,
  charts: `${DATA_DIR}/charts.json`,
  editions: 'content/editions.json',
} as const;

export const GLOSSARY_LOCALES = ['vi', 'en'] as const;
export type GlossaryLocale = (typeof GLOSSARY_LOCALES)[number];
export const GLOSSARY_FILES: Record<GlossaryLocale, string> = { vi: 'content/glossary/vi.json', en: 'content/glossary/en.json' };

/** One results file per index: content/data/results/<index>.json. */
export const RESULT_FILES = Object.fromEntries(INDEX_IDS.map((id) => [id, `${DATA_DIR}/results/${id}.json`])) as Record<IndexId, string>;

export const CRITERIA_DIR = `${DATA_DIR}/criteria/`;
/** A published edition's frozen charts: content/snapshots/<edition id>.json. */
export const SNAPSHOTS_DIR = 'content/snapshots/';
export const MANIFEST_FILE = `${DATA_DIR}/import-manifest.json`;

/** Most provinces ever ranked at once (PCI 2006–2008, with Hà Tây). */
export const MAX_RANK_OF = 64;

export interface DatasetParts {
  sources: Source[];
  provinces: Province[];
  regions: Region[];
  indices: IndexDef[];
  facts: Fact[];
  legalDocs: LegalDoc[];
  criteria: CriteriaTree[];
  results: Result[];
  nationalStats: NationalStat[];
  charts: ChartSpec[];
  editions: Edition[];
  snapshots: Snapshot[];
  glossary: Record<GlossaryLocale, GlossaryTerm[]>;
}

export interface Problem {
  file: string;
  record?: number | undefined;
  id?: string | undefined;
  field?: string | undefined;
  reason: string;
}

export function formatProblem(p: Problem): string {
  let s = p.file;
  if (p.record !== undefined) s += `: record ${p.record}${p.id !== undefined ? ` (${p.id})` : ''}`;
  if (p.field !== undefined) s += `${p.record !== undefined ? ',' : ':'} field ${p.field}`;
  return `${s}: ${p.reason}`;
}

export class DataValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Invalid data in ${DATA_DIR} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DataValidationError';
    this.problems = problems;
  }
}

/** Validates and throws one Error listing every problem. */
export function assertValidDataset(files: Record<string, string>): DatasetParts {
  const { data, problems } = validateDataset(files);
  if (problems.length > 0 || data === null) throw new DataValidationError(problems);
  return data;
}

/* ------------------------------------------------------------ reporting */

/** A parsed record and where it came from. */
interface Parsed<T> {
  item: T;
  record: number;
  file: string;
}

/** Reports problems of one record: `report(field, reason)`. */
type Reporter = (field: string | undefined, reason: string) => void;

function reporterFor(problems: Problem[], at: { file: string; record: number }, id: string | undefined): Reporter {
  return (field, reason) => problems.push({ file: at.file, record: at.record, id, field, reason });
}

/* -------------------------------------------------------------- JSON parsing */

/** Line and column (both from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: end - last };
}

function parseJson(file: string, text: string, problems: Problem[]): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    const lc = /\(line (\d+) column (\d+)\)/.exec(msg);
    let where: { line: number; column: number };
    if (lc?.[1] && lc[2]) where = { line: Number(lc[1]), column: Number(lc[2]) };
    else if (pos?.[1]) where = lineColumn(body, Number(pos[1]));
    else where = lineColumn(body, body.length);
    const clean = msg.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    problems.push({ file, reason: `invalid JSON at line ${where.line}, column ${where.column}: ${clean}` });
    return undefined;
  }
}

/* ------------------------------------------------------------ schema checks */

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  values?: unknown[];
}

function describeIssue(issue: ZodIssueLike, record: unknown): { field: string | undefined; reason: string } {
  const field = issue.path.length > 0 ? formatPath(issue.path) : undefined;
  const input = valueAt(record, issue.path);
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return { field, reason: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
  }
  if (issue.code === 'invalid_type' && input === undefined) {
    const last = issue.path[issue.path.length - 1];
    if (last === 'source') return { field, reason: 'is missing: every claim must cite a source' };
    return { field, reason: 'is missing' };
  }
  if (issue.code === 'invalid_value' && issue.values) {
    const last = issue.path[issue.path.length - 1];
    const what = last === 'index' ? 'index' : 'value';
    return {
      field,
      reason: `unknown ${what} ${JSON.stringify(input)} (expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`,
    };
  }
  return { field, reason: issue.message };
}

function recordId(item: unknown): string | undefined {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    if (typeof o.id === 'string') return o.id;
    if (typeof o.slug === 'string') return o.slug;
  }
  return undefined;
}

function parseRecord<T>(file: string, record: number, item: unknown, schema: z.ZodType<T>, problems: Problem[]): Parsed<T> | undefined {
  const r = schema.safeParse(item);
  if (r.success) return { item: r.data, record, file };
  const report = reporterFor(problems, { file, record }, recordId(item));
  for (const issue of r.error.issues as unknown as ZodIssueLike[]) {
    const d = describeIssue(issue, item);
    report(d.field, d.reason);
  }
  return undefined;
}

/** The records of a file holding a JSON array; [] when the file is missing or broken (already reported). */
function parseArray<T>(raw: Map<string, unknown>, file: string, schema: z.ZodType<T>, problems: Problem[]): Parsed<T>[] {
  if (!raw.has(file)) return [];
  const list = raw.get(file);
  if (!Array.isArray(list)) {
    problems.push({ file, reason: 'must contain a JSON array of records' });
    return [];
  }
  return list.flatMap((item: unknown, record) => parseRecord(file, record, item, schema, problems) ?? []);
}

/** Keeps the first record of each key and reports the others. */
function uniqueBy<T>(list: Parsed<T>[], key: (t: T) => string, what: string, problems: Problem[]): Map<string, T> {
  const seen = new Map<string, Parsed<T>>();
  const map = new Map<string, T>();
  for (const p of list) {
    const k = key(p.item);
    const prev = seen.get(k);
    if (prev) {
      reporterFor(problems, p, k)(what, `duplicate ${what} "${k}" (already used by record ${prev.record} in ${prev.file})`);
    } else {
      seen.set(k, p);
      map.set(k, p.item);
    }
  }
  return map;
}

/* ------------------------------------------------------------------- helpers */

function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

/** The methodology period of an index that covers a year. */
export function periodForYear(index: IndexDef, year: number): Period | undefined {
  return periodsBetween(index, year, year)[0];
}

/** The methodology periods of an index that cover any year from `from` to `to` (null: no end). */
export function periodsBetween(index: IndexDef, from: number, to: number | null): Period[] {
  return index.periods.filter((p) => (to === null || p.from <= to) && (p.to === null || p.to >= from));
}

function fmtScale(m: MeasureDef): string {
  return `${m.scale.min}–${m.scale.max}${m.scale.unit === 'percent' ? ' %' : ''}`;
}

interface KnownIds {
  sources: Map<string, Source>;
  provinces: Map<string, Province>;
  regions: Map<string, Region>;
  indices: Map<string, IndexDef>;
  legalDocs: Map<string, LegalDoc>;
  trees: Map<string, CriteriaTree>;
}

/** Every id another record may point at, and the checks of such pointers. */
class Known {
  readonly ids: KnownIds;
  constructor(ids: KnownIds) {
    this.ids = ids;
  }

  /** A source cited by a record; a claim may not cite a mirror that points to its original. */
  source(report: Reporter, field: string, src: string, forClaim = false): void {
    const s = this.ids.sources.get(src);
    if (!s) return report(field, `unknown source "${src}" (not in ${DATA_FILES.sources})`);
    if (forClaim && s.kind === 'mirror' && s.cites_instead !== undefined)
      report(field, `source "${src}" is a mirror: cite the original publisher "${s.cites_instead}" instead`);
  }

  /** A province, which must have existed in `year` when one is given. */
  province(report: Reporter, field: string, slug: string, year?: number): void {
    const p = this.ids.provinces.get(slug);
    if (!p) return report(field, `unknown province "${slug}" (not in ${DATA_FILES.provinces})`);
    if (year === undefined) return;
    const from = yearOf(p.valid_from);
    const to = yearOf(p.valid_to);
    if ((from !== null && year < from) || (to !== null && year > to))
      report(field, `province "${slug}" did not exist in ${year} (valid ${p.valid_from ?? '…'} to ${p.valid_to ?? '…'})`);
  }

  legalDoc(report: Reporter, field: string, id: string): void {
    if (!this.ids.legalDocs.has(id)) report(field, `unknown legal document "${id}"`);
  }

  /** Checks a measure and returns its definition when the index, period and measure are known. */
  measure(report: Reporter, index: string, year: number, measure: string): MeasureDef | undefined {
    const ix = this.ids.indices.get(index);
    if (!ix) return void report('index', `unknown index "${index}" (not in ${DATA_FILES.indices})`);
    const period = periodForYear(ix, year);
    if (!period) return void report('year', `no methodology period of ${index} covers ${year}`);
    const m = period.measures.find((x) => x.id === measure);
    if (!m)
      report('measure', `unknown measure "${measure}" for ${index} in ${year} (period "${period.id}" has ${period.measures.map((x) => x.id).join(', ')})`);
    return m;
  }

  value(report: Reporter, field: string, value: number, m: MeasureDef, year: number): void {
    if (value < m.scale.min || value > m.scale.max) report(field, `value ${value} is outside the scale of ${m.id} in ${year} (${fmtScale(m)})`);
  }
}

function checkPreferred(report: Reporter, claims: { preferred: boolean }[]): void {
  const n = claims.filter((c) => c.preferred).length;
  if (n === 0) report('claims', 'no claim is marked preferred (exactly one must be)');
  if (n > 1) report('claims', `${n} claims are marked preferred (exactly one must be)`);
}

/* ------------------------------------------------------ one checker per kind */

type Checker<T> = (item: T, report: Reporter, known: Known) => void;

function checkEach<T>(list: Parsed<T>[], idOf: (t: T) => string, known: Known, problems: Problem[], check: Checker<T>): void {
  for (const p of list) check(p.item, reporterFor(problems, p, idOf(p.item)), known);
}

const checkSourceRecord: Checker<Source> = (s, report, known) => {
  if (s.kind === 'mirror' && s.url !== null) report('url', 'a mirror is never linked: url must be null');
  if (s.cites_instead !== undefined) {
    if (s.kind !== 'mirror') report('cites_instead', 'only a mirror may point to another source');
    const o = known.ids.sources.get(s.cites_instead);
    if (!o) report('cites_instead', `unknown source "${s.cites_instead}"`);
    else if (o.kind === 'mirror') report('cites_instead', `"${s.cites_instead}" is itself a mirror`);
  }
  if (s.read_via !== undefined && !known.ids.sources.has(s.read_via)) report('read_via', `unknown source "${s.read_via}"`);
};

const checkRegion: Checker<Region> = (r, report, known) => {
  if (r.source !== undefined) known.source(report, 'source', r.source);
};

const checkProvince: Checker<Province> = (p, report, known) => {
  if (!known.ids.regions.has(p.region)) report('region', `unknown region "${p.region}" (not in ${DATA_FILES.regions})`);
  if (p.successor !== null && !known.ids.provinces.has(p.successor)) report('successor', `unknown province "${p.successor}"`);
  if (p.successor !== null && p.valid_to === null) report('valid_to', 'a province with a successor needs valid_to');
  if (p.source !== undefined) known.source(report, 'source', p.source);
};

const checkLegalDoc: Checker<LegalDoc> = (d, report, known) => known.source(report, 'source', d.source);

const checkCriteriaTree: Checker<CriteriaTree> = (t, report, known) => {
  if (!known.ids.indices.has(t.index) && known.ids.indices.size > 0) report('index', `unknown index "${t.index}"`);
  known.source(report, 'source', t.source);
  t.method_docs.forEach((d, i) => known.legalDoc(report, `method_docs[${i}]`, d));
  t.counts.forEach((c, i) => known.source(report, `counts[${i}].source`, c.source));
  const seen = new Set<string>();
  const walk = (nodes: CriteriaNode[], path: string): void => {
    nodes.forEach((n, i) => {
      const here = `${path}[${i}]`;
      if (seen.has(n.id)) report(`${here}.id`, `duplicate node id "${n.id}"`);
      seen.add(n.id);
      known.source(report, `${here}.source`, n.source);
      n.other_sources?.forEach((s, j) => known.source(report, `${here}.other_sources[${j}]`, s));
      if (!n.found && !n.not_found_note) report(`${here}.not_found_note`, 'a node that was not found must say so in not_found_note');
      if (n.children) walk(n.children, `${here}.children`);
    });
  };
  walk(t.nodes, 'nodes');
};

const checkIndex: Checker<IndexDef> = (ix, report, known) => {
  ix.sources.forEach((s, i) => known.source(report, `sources[${i}]`, s));
  ix.periods.forEach((p, pi) => {
    const base = `periods[${pi}]`;
    if (p.to !== null && p.to < p.from) report(`${base}.to`, `period ends (${p.to}) before it starts (${p.from})`);
    const prev = ix.periods[pi - 1];
    if (prev && (prev.to === null || prev.to >= p.from))
      report(`${base}.from`, `period "${p.id}" overlaps period "${prev.id}" (periods must be in order and not overlap)`);
    known.source(report, `${base}.source`, p.source);
    p.method_docs.forEach((d, i) => known.legalDoc(report, `${base}.method_docs[${i}]`, d));
    p.criteria_trees.forEach((t, i) => {
      if (!known.ids.trees.has(t)) report(`${base}.criteria_trees[${i}]`, `unknown criteria tree "${t}"`);
    });
    const ids = new Set<string>();
    p.measures.forEach((m, mi) => {
      const mf = `${base}.measures[${mi}]`;
      if (ids.has(m.id)) report(`${mf}.id`, `duplicate measure "${m.id}" in period "${p.id}"`);
      ids.add(m.id);
      if (m.scale.source) known.source(report, `${mf}.scale.source`, m.scale.source);
      if (!(m.scale.min < m.scale.max)) report(`${mf}.scale`, `scale min ${m.scale.min} must be below max ${m.scale.max}`);
      known.source(report, `${mf}.source`, m.source);
    });
    p.measures.forEach((m, mi) => {
      if (m.parent !== undefined && !ids.has(m.parent)) report(`${base}.measures[${mi}].parent`, `unknown parent measure "${m.parent}"`);
    });
  });
};

/** Results, checked against the file they sit in. */
function resultChecker(fileOf: Map<Result, string>): Checker<Result> {
  const byId = new Map([...fileOf.keys()].map((r) => [r.id, r]));
  return (r, report, known) => {
    const expectedFile = RESULT_FILES[r.index];
    if (fileOf.get(r) !== expectedFile) report('index', `a ${r.index} record belongs in ${expectedFile}`);
    const key = `${r.index}/${r.year}/${r.province}/${r.measure}`;
    if (r.id !== key) report('id', `id must equal "<index>/<year>/<province>/<measure>" = "${key}"`);
    known.province(report, 'province', r.province, r.year);
    const m = known.measure(report, r.index, r.year, r.measure);
    checkPreferred(report, r.claims);
    if (r.conflict && r.claims.length < 2) report('conflict', 'a conflict needs at least two claims');
    r.claims.forEach((c, i) => {
      const f = `claims[${i}]`;
      known.source(report, `${f}.source`, c.source, true);
      if (c.value !== undefined && m) known.value(report, `${f}.value`, c.value, m, r.year);
      if (c.rank !== undefined) {
        if (c.rank_of !== undefined && c.rank > c.rank_of) report(`${f}.rank`, `rank ${c.rank} is greater than rank_of ${c.rank_of}`);
        if (c.rank_kind === undefined) report(`${f}.rank_kind`, 'a rank needs rank_kind (official or computed)');
        if (c.rank_kind === 'computed' && !c.rank_note) report(`${f}.rank_note`, 'a computed rank needs rank_note saying how it was computed');
      }
      if (c.rank_of !== undefined && c.rank_of > MAX_RANK_OF) report(`${f}.rank_of`, `rank_of ${c.rank_of} is more than the ${MAX_RANK_OF} provinces ever ranked`);
      if (c.rank_change_from !== undefined && c.rank_change_from >= r.year)
        report(`${f}.rank_change_from`, `rank_change_from ${c.rank_change_from} must be before ${r.year}`);      if (c.derived) checkDerived(r, c, byId, (field, reason) => report(`${f}.derived${field}`, reason));
    });
  };
}

/**
 * A claim derived from a later result and the change its source states ("suy ra"): the arithmetic must hold against
 * the later result's preferred claim, and the derived figure must not itself state a change or be computed, so it
 * never feeds a rank change, a ranking or a statistic (src/lib/results.ts and rankings.ts skip it too).
 */
function checkDerived(r: Result, c: Claim, byId: Map<string, Result>, report: (field: string, reason: string) => void): void {
  const d = c.derived!;
  const from = byId.get(d.from);
  if (!from) return report('.from', `derived from "${d.from}", which is not a result`);
  if (from.index !== r.index || from.province !== r.province || from.measure !== r.measure || from.year <= r.year)
    return report('.from', `must be a later result of the same index, province and measure as ${r.id}`);
  const later = from.claims.find((x) => x.preferred);
  if (!later) return;
  if (later.derived) report('.from', `${d.from} is itself derived: derive only from a stated result`);
  if (c.value !== undefined) {
    if (d.value_change === undefined || later.value === undefined) report('.value_change', 'a derived value needs the stated value_change and a value in the later result');
    else if (Math.abs(later.value - d.value_change - c.value) > 1e-6)
      report('.value_change', `${later.value} − (${d.value_change}) = ${+(later.value - d.value_change).toFixed(6)}, not ${c.value}`);
  }
  if (c.rank !== undefined) {
    if (d.rank_change === undefined || later.rank === undefined) report('.rank_change', 'a derived rank needs the stated rank_change and a rank in the later result');
    else if (later.rank + d.rank_change !== c.rank) report('.rank_change', `${later.rank} + (${d.rank_change}) = ${later.rank + d.rank_change}, not ${c.rank}`);
    if (c.rank_of !== later.rank_of) report('.rank_change', `rank_of ${c.rank_of} differs from the later result's ${later.rank_of}`);
    if (c.rank_kind === 'computed') report('.rank_change', 'a derived rank is not a computed one');
  }
  if (c.rank_change !== undefined || c.rank_change_from !== undefined) report('', 'a derived claim must not state a rank change of its own');
  const stated = from.claims.some((x) => x.source === c.source && (x.rank_change !== undefined || x.quote !== undefined));
  if (!stated) report('', `its source ${c.source} must be one that states the change in ${d.from}`);
}

const checkNationalStat: Checker<NationalStat> = (s, report, known) => {
  const key = `${s.index}/${s.year}/${s.scope}/${s.measure}/${s.stat}`;
  if (s.id !== key) report('id', `id must equal "<index>/<year>/<scope>/<measure>/<stat>" = "${key}"`);
  if (s.scope !== 'national' && !known.ids.regions.has(s.scope)) report('scope', `unknown scope "${s.scope}" (use "national" or a region slug)`);
  if (known.ids.provinces.has(s.scope)) report('scope', 'a province is not a scope: province figures belong in results');
  const m = known.measure(report, s.index, s.year, s.measure);
  checkPreferred(report, s.claims);
  s.claims.forEach((c, i) => {
    const f = `claims[${i}]`;
    known.source(report, `${f}.source`, c.source, true);
    if (c.province !== undefined) known.province(report, `${f}.province`, c.province, s.year);
    if (c.value === undefined) return;
    if (s.stat !== 'ranked-count') {
      if (m) known.value(report, `${f}.value`, c.value, m, s.year);
    } else if (!Number.isInteger(c.value) || c.value < 1 || c.value > MAX_RANK_OF) {
      report(`${f}.value`, `a count of ranked provinces must be a whole number from 1 to ${MAX_RANK_OF}`);
    }
  });
};

const checkFact: Checker<Fact> = (fct, report, known) => {
  checkPreferred(report, fct.claims);
  if (fct.index !== null && known.ids.indices.size > 0 && !known.ids.indices.has(fct.index)) report('index', `unknown index "${fct.index}"`);
  fct.claims.forEach((c, i) => {
    known.source(report, `claims[${i}].source`, c.source, true);
    c.provinces?.forEach((p, j) => known.province(report, `claims[${i}].provinces[${j}]`, p));
  });
};

/** Charts: their index, measures, provinces and years must exist in the data they draw. */
function chartChecker(resultYears: Map<string, Set<number>>): Checker<ChartSpec> {
  return (c, report, known) => {
    const ix = known.ids.indices.get(c.index);
    if (!ix) return report('index', `unknown index "${c.index}" (not in ${DATA_FILES.indices})`);
    const ends: [string, number][] = 'year' in c.years ? [['years.year', c.years.year]] : [['years.from', c.years.from], ['years.to', c.years.to]];
    for (const [field, year] of ends) {
      if (!resultYears.get(c.index)?.has(year)) report(field, `no ${c.index} results for ${year} (not in ${RESULT_FILES[c.index]})`);
    }
    const [from, to] = [ends[0]![1], ends.at(-1)![1]];
    const periods = periodsBetween(ix, from, to);
    c.measures.forEach((m, i) => {
      if (!periods.some((p) => p.measures.some((x) => x.id === m)))
        report(`measures[${i}]`, `unknown measure "${m}" for ${c.index} in ${from === to ? from : `${from}–${to}`}`);
    });
    // The site has no analytics: the order of the gallery is set by hand, so every registered chart needs one.
    if (c.order === undefined) report('order', 'missing: every chart needs its place in its gallery group (an integer, 1 first, unique within its index)');
    if (c.provinces !== 'all') c.provinces.forEach((p, i) => known.province(report, `provinces[${i}]`, p));
    else if (c.featured !== undefined) known.province(report, 'featured', c.featured);
  };
}

/** A locale's glossary: its sources exist and "see also" points at its own terms. */
function glossaryChecker(terms: Parsed<GlossaryTerm>[]): Checker<GlossaryTerm> {
  const ids = new Set(terms.map((t) => t.item.id));
  return (t, report, known) => {
    t.sources.forEach((s, i) => known.source(report, `sources[${i}]`, s));
    t.see_also.forEach((id, i) => {
      if (!ids.has(id)) report(`see_also[${i}]`, `no term "${id}" in this glossary`);
    });
  };
}

/**
 * Every snapshot is content/snapshots/<edition id>.json of an edition that exists. (An edition without its snapshot
 * yet is allowed here, so that `npm run edition:freeze` can read the data; the editions test requires it.)
 */
function checkSnapshots(editions: Parsed<Edition>[], snapshots: Parsed<Snapshot>[], problems: Problem[]): void {
  for (const { item: s, file } of snapshots) {
    if (file !== `${SNAPSHOTS_DIR}${s.edition}.json`) problems.push({ file, field: 'edition', reason: `"${s.edition}" must be the file's name` });
    if (!editions.some((e) => e.item.id === s.edition)) problems.push({ file, field: 'edition', reason: `"${s.edition}" is not an edition in ${DATA_FILES.editions}` });
  }
}

/* ------------------------------------------------------------------ validate */

export function validateDataset(files: Record<string, string>): { data: DatasetParts | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = new Map<string, unknown>();

  for (const f of [...Object.values(DATA_FILES), ...Object.values(RESULT_FILES), ...Object.values(GLOSSARY_FILES)]) {
    if (files[f] === undefined) problems.push({ file: f, reason: 'file is missing' });
  }
  for (const [file, text] of Object.entries(files)) {
    if (file === MANIFEST_FILE || !file.endsWith('.json')) continue;
    const v = parseJson(file, text, problems);
    if (v !== undefined) raw.set(file, v);
  }

  const sources = parseArray(raw, DATA_FILES.sources, sourceSchema, problems);
  const provinces = parseArray(raw, DATA_FILES.provinces, provinceSchema, problems);
  const regions = parseArray(raw, DATA_FILES.regions, regionSchema, problems);
  const indices = parseArray(raw, DATA_FILES.indices, indexSchema, problems);
  const facts = parseArray(raw, DATA_FILES.facts, factSchema, problems);
  const legalDocs = parseArray(raw, DATA_FILES.legalDocs, legalDocSchema, problems);
  const nationalStats = parseArray(raw, DATA_FILES.nationalStats, nationalStatSchema, problems);
  const charts = parseArray(raw, DATA_FILES.charts, chartSpecSchema, problems);
  const editions = parseArray(raw, DATA_FILES.editions, editionSchema, problems);
  if ((raw.get(DATA_FILES.editions) as unknown[] | undefined)?.length === 0) problems.push({ file: DATA_FILES.editions, reason: 'at least one data edition is required' });
  const results = INDEX_IDS.flatMap((id) => parseArray(raw, RESULT_FILES[id], resultSchema, problems));
  const criteria = [...raw.keys()]
    .filter((f) => f.startsWith(CRITERIA_DIR))
    .sort()
    .flatMap((f) => parseRecord(f, 0, raw.get(f), criteriaTreeSchema, problems) ?? []);
  const snapshots = [...raw.keys()]
    .filter((f) => f.startsWith(SNAPSHOTS_DIR))
    .sort()
    .flatMap((f) => parseRecord(f, 0, raw.get(f), snapshotSchema, problems) ?? []);
  const glossary = Object.fromEntries(GLOSSARY_LOCALES.map((l) => [l, parseArray(raw, GLOSSARY_FILES[l], glossaryTermSchema, problems)])) as Record<
    GlossaryLocale,
    Parsed<GlossaryTerm>[]
  >;

  const known = new Known({
    sources: uniqueBy(sources, (s) => s.id, 'id', problems),
    provinces: uniqueBy(provinces, (p) => p.slug, 'slug', problems),
    regions: uniqueBy(regions, (r) => r.slug, 'slug', problems),
    indices: uniqueBy(indices, (i) => i.id, 'id', problems),
    legalDocs: uniqueBy(legalDocs, (d) => d.id, 'id', problems),
    trees: uniqueBy(criteria, (t) => t.id, 'id', problems),
  });
  uniqueBy(provinces, (p) => p.code, 'code', problems);
  uniqueBy(facts, (f) => f.id, 'id', problems);
  uniqueBy(results, (r) => r.id, 'id', problems);
  uniqueBy(nationalStats, (s) => s.id, 'id', problems);
  uniqueBy(charts, (c) => c.id, 'id', problems);
  uniqueBy(charts.filter((c) => c.item.order !== undefined), (c) => `${c.index} ${c.order}`, 'order (index and place)', problems);
  uniqueBy(editions, (e) => e.id, 'id', problems);
  for (const locale of GLOSSARY_LOCALES) uniqueBy(glossary[locale], (t) => t.id, 'id', problems);

  const resultYears = new Map<string, Set<number>>();
  for (const { item: r } of results) resultYears.set(r.index, (resultYears.get(r.index) ?? new Set()).add(r.year));

  checkEach(sources, (s) => s.id, known, problems, checkSourceRecord);
  checkEach(regions, (r) => r.slug, known, problems, checkRegion);
  checkEach(provinces, (p) => p.slug, known, problems, checkProvince);
  checkEach(legalDocs, (d) => d.id, known, problems, checkLegalDoc);
  checkEach(criteria, (t) => t.id, known, problems, checkCriteriaTree);
  checkEach(indices, (ix) => ix.id, known, problems, checkIndex);
  if (indices.length > 0) {
    for (const id of INDEX_IDS) if (!known.ids.indices.has(id)) problems.push({ file: DATA_FILES.indices, reason: `index "${id}" is missing` });
  }
  checkEach(results, (r) => r.id, known, problems, resultChecker(new Map(results.map((p) => [p.item, p.file]))));
  checkEach(nationalStats, (s) => s.id, known, problems, checkNationalStat);
  checkEach(facts, (f) => f.id, known, problems, checkFact);
  checkEach(charts, (c) => c.id, known, problems, chartChecker(resultYears));
  for (const locale of GLOSSARY_LOCALES) checkEach(glossary[locale], (t) => t.id, known, problems, glossaryChecker(glossary[locale]));
  checkSnapshots(editions, snapshots, problems);

  if (problems.length > 0) return { data: null, problems };
  const items = <T>(list: Parsed<T>[]) => list.map((p) => p.item);
  return {
    data: {
      sources: items(sources),
      provinces: items(provinces),
      regions: items(regions),
      indices: items(indices),
      facts: items(facts),
      legalDocs: items(legalDocs),
      criteria: items(criteria),
      results: items(results),
      nationalStats: items(nationalStats),
      charts: items(charts),
      editions: items(editions),
      snapshots: items(snapshots),
      glossary: { vi: items(glossary.vi), en: items(glossary.en) },
    },
    problems,
  };
}
