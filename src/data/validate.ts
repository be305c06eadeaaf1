/**
 * Pure validation of content/data. No file system access: callers pass a map of
 * file path (relative to the project root, e.g. "content/data/sources.json") → raw text.
 * The Astro loaders (src/data/collections.ts), the import script and the unit tests
 * all call validateDataset(), so bad data fails the build with the same message
 * everywhere:
 *
 *   content/data/results/papi.json: record 12 (papi/2021/ha-nam/total), field claims[1].rank: rank 64 is greater than rank_of 63
 *
 * Record numbers count array elements from 0 (as `jq '.[12]'` does).
 */
import type { z } from 'astro/zod';
import {
  INDEX_IDS,
  criteriaTreeSchema,
  factSchema,
  indexSchema,
  legalDocSchema,
  nationalStatSchema,
  provinceSchema,
  regionSchema,
  resultSchema,
  sourceSchema,
  type CriteriaNode,
  type CriteriaTree,
  type Fact,
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

export const DATA_DIR = 'content/data';

export const DATA_FILES = {
  sources: `${DATA_DIR}/sources.json`,
  provinces: `${DATA_DIR}/provinces.json`,
  regions: `${DATA_DIR}/regions.json`,
  indices: `${DATA_DIR}/indices.json`,
  facts: `${DATA_DIR}/facts.json`,
  legalDocs: `${DATA_DIR}/legal-documents.json`,
  nationalStats: `${DATA_DIR}/national-stats.json`,
} as const;

export const RESULT_FILES: Record<IndexId, string> = {
  papi: `${DATA_DIR}/results/papi.json`,
  'par-index': `${DATA_DIR}/results/par-index.json`,
  sipas: `${DATA_DIR}/results/sipas.json`,
  pci: `${DATA_DIR}/results/pci.json`,
};

export const CRITERIA_DIR = `${DATA_DIR}/criteria/`;
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

interface Parsed<T> {
  item: T;
  record: number;
  file: string;
}

function parseArray<T>(
  file: string,
  raw: unknown,
  schema: z.ZodType<T>,
  problems: Problem[],
): Parsed<T>[] {
  if (!Array.isArray(raw)) {
    problems.push({ file, reason: 'must contain a JSON array of records' });
    return [];
  }
  const out: Parsed<T>[] = [];
  raw.forEach((item: unknown, record) => {
    const r = schema.safeParse(item);
    if (r.success) out.push({ item: r.data, record, file });
    else {
      for (const issue of r.error.issues as unknown as ZodIssueLike[]) {
        const d = describeIssue(issue, item);
        problems.push({ file, record, id: recordId(item), field: d.field, reason: d.reason });
      }
    }
  });
  return out;
}

/* ------------------------------------------------------------------- helpers */

function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

export function periodForYear(index: IndexDef, year: number): Period | undefined {
  return index.periods.find((p) => p.from <= year && (p.to === null || year <= p.to));
}

function measureIn(period: Period, measure: string): MeasureDef | undefined {
  return period.measures.find((m) => m.id === measure);
}

function fmtScale(m: MeasureDef): string {
  return `${m.scale.min}–${m.scale.max}${m.scale.unit === 'percent' ? ' %' : ''}`;
}

/* ------------------------------------------------------------------ validate */

export function validateDataset(files: Record<string, string>): { data: DatasetParts | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = new Map<string, unknown>();

  const required = [...Object.values(DATA_FILES), ...Object.values(RESULT_FILES)];
  for (const f of required) {
    if (files[f] === undefined) problems.push({ file: f, reason: 'file is missing' });
  }
  const criteriaFiles = Object.keys(files)
    .filter((f) => f.startsWith(CRITERIA_DIR) && f.endsWith('.json'))
    .sort();
  for (const [file, text] of Object.entries(files)) {
    if (file === MANIFEST_FILE) continue;
    if (!file.endsWith('.json')) continue;
    const v = parseJson(file, text, problems);
    if (v !== undefined) raw.set(file, v);
  }

  const sources = raw.has(DATA_FILES.sources) ? parseArray(DATA_FILES.sources, raw.get(DATA_FILES.sources), sourceSchema, problems) : [];
  const provinces = raw.has(DATA_FILES.provinces) ? parseArray(DATA_FILES.provinces, raw.get(DATA_FILES.provinces), provinceSchema, problems) : [];
  const regions = raw.has(DATA_FILES.regions) ? parseArray(DATA_FILES.regions, raw.get(DATA_FILES.regions), regionSchema, problems) : [];
  const indices = raw.has(DATA_FILES.indices) ? parseArray(DATA_FILES.indices, raw.get(DATA_FILES.indices), indexSchema, problems) : [];
  const facts = raw.has(DATA_FILES.facts) ? parseArray(DATA_FILES.facts, raw.get(DATA_FILES.facts), factSchema, problems) : [];
  const legalDocs = raw.has(DATA_FILES.legalDocs) ? parseArray(DATA_FILES.legalDocs, raw.get(DATA_FILES.legalDocs), legalDocSchema, problems) : [];
  const nationalStats = raw.has(DATA_FILES.nationalStats)
    ? parseArray(DATA_FILES.nationalStats, raw.get(DATA_FILES.nationalStats), nationalStatSchema, problems)
    : [];
  const results: Parsed<Result>[] = [];
  for (const id of INDEX_IDS) {
    const f = RESULT_FILES[id];
    if (raw.has(f)) results.push(...parseArray(f, raw.get(f), resultSchema, problems));
  }
  const criteria: Parsed<CriteriaTree>[] = [];
  for (const f of criteriaFiles) {
    if (!raw.has(f)) continue;
    const v = raw.get(f);
    const r = criteriaTreeSchema.safeParse(v);
    if (r.success) criteria.push({ item: r.data, record: 0, file: f });
    else
      for (const issue of r.error.issues as unknown as ZodIssueLike[]) {
        const d = describeIssue(issue, v);
        problems.push({ file: f, record: 0, id: recordId(v), field: d.field, reason: d.reason });
      }
  }

  /* ---- duplicates */
  function dupes<T>(list: Parsed<T>[], key: (t: T) => string, what: string): Map<string, T> {
    const seen = new Map<string, Parsed<T>>();
    const map = new Map<string, T>();
    for (const p of list) {
      const k = key(p.item);
      const prev = seen.get(k);
      if (prev) {
        problems.push({
          file: p.file,
          record: p.record,
          id: k,
          field: what,
          reason: `duplicate ${what} "${k}" (already used by record ${prev.record} in ${prev.file})`,
        });
      } else {
        seen.set(k, p);
        map.set(k, p.item);
      }
    }
    return map;
  }
  const sourceMap = dupes(sources, (s) => s.id, 'id');
  const provinceMap = dupes(provinces, (p) => p.slug, 'slug');
  dupes(provinces, (p) => p.code, 'code');
  const regionMap = dupes(regions, (r) => r.slug, 'slug');
  const indexMap = dupes(indices, (i) => i.id, 'id');
  dupes(facts, (f) => f.id, 'id');
  const legalMap = dupes(legalDocs, (d) => d.id, 'id');
  const treeMap = dupes(criteria, (t) => t.id, 'id');
  dupes(results, (r) => r.id, 'id');
  dupes(nationalStats, (s) => s.id, 'id');

  const checkSource = (file: string, record: number, id: string | undefined, field: string, src: string, forClaim: boolean): void => {
    const s = sourceMap.get(src);
    if (!s) {
      problems.push({ file, record, id, field, reason: `unknown source "${src}" (not in ${DATA_FILES.sources})` });
      return;
    }
    if (forClaim && s.kind === 'mirror' && s.cites_instead !== undefined) {
      problems.push({
        file,
        record,
        id,
        field,
        reason: `source "${src}" is a mirror: cite the original publisher "${s.cites_instead}" instead`,
      });
    }
  };
  const checkProvince = (file: string, record: number, id: string | undefined, field: string, slug: string, year?: number): void => {
    const p = provinceMap.get(slug);
    if (!p) {
      problems.push({ file, record, id, field, reason: `unknown province "${slug}" (not in ${DATA_FILES.provinces})` });
      return;
    }
    if (year !== undefined) {
      const from = yearOf(p.valid_from);
      const to = yearOf(p.valid_to);
      if ((from !== null && year < from) || (to !== null && year > to)) {
        problems.push({
          file,
          record,
          id,
          field,
          reason: `province "${slug}" did not exist in ${year} (valid ${p.valid_from ?? '…'} to ${p.valid_to ?? '…'})`,
        });
      }
    }
  };

  /* ---- sources */
  for (const { item: s, record, file } of sources) {
    if (s.kind === 'mirror' && s.url !== null) problems.push({ file, record, id: s.id, field: 'url', reason: 'a mirror is never linked: url must be null' });
    if (s.cites_instead !== undefined) {
      if (s.kind !== 'mirror') problems.push({ file, record, id: s.id, field: 'cites_instead', reason: 'only a mirror may point to another source' });
      const o = sourceMap.get(s.cites_instead);
      if (!o) problems.push({ file, record, id: s.id, field: 'cites_instead', reason: `unknown source "${s.cites_instead}"` });
      else if (o.kind === 'mirror') problems.push({ file, record, id: s.id, field: 'cites_instead', reason: `"${s.cites_instead}" is itself a mirror` });
    }
    if (s.read_via !== undefined && !sourceMap.has(s.read_via))
      problems.push({ file, record, id: s.id, field: 'read_via', reason: `unknown source "${s.read_via}"` });
  }

  /* ---- regions and provinces */
  for (const { item: r, record, file } of regions) {
    if (r.source !== undefined) checkSource(file, record, r.slug, 'source', r.source, false);
  }
  for (const { item: p, record, file } of provinces) {
    if (!regionMap.has(p.region)) problems.push({ file, record, id: p.slug, field: 'region', reason: `unknown region "${p.region}" (not in ${DATA_FILES.regions})` });
    if (p.successor !== null && !provinceMap.has(p.successor))
      problems.push({ file, record, id: p.slug, field: 'successor', reason: `unknown province "${p.successor}"` });
    if (p.successor !== null && p.valid_to === null)
      problems.push({ file, record, id: p.slug, field: 'valid_to', reason: 'a province with a successor needs valid_to' });
    if (p.source !== undefined) checkSource(file, record, p.slug, 'source', p.source, false);
  }

  /* ---- legal documents */
  for (const { item: d, record, file } of legalDocs) checkSource(file, record, d.id, 'source', d.source, false);

  /* ---- criteria trees */
  for (const { item: t, record, file } of criteria) {
    if (!indexMap.has(t.index) && indices.length > 0) problems.push({ file, record, id: t.id, field: 'index', reason: `unknown index "${t.index}"` });
    checkSource(file, record, t.id, 'source', t.source, false);
    t.method_docs.forEach((d, i) => {
      if (!legalMap.has(d)) problems.push({ file, record, id: t.id, field: `method_docs[${i}]`, reason: `unknown legal document "${d}"` });
    });
    t.counts.forEach((c, i) => checkSource(file, record, t.id, `counts[${i}].source`, c.source, false));
    const seen = new Set<string>();
    const walk = (nodes: CriteriaNode[], path: string): void => {
      nodes.forEach((n, i) => {
        const here = `${path}[${i}]`;
        if (seen.has(n.id)) problems.push({ file, record, id: t.id, field: `${here}.id`, reason: `duplicate node id "${n.id}"` });
        seen.add(n.id);
        checkSource(file, record, t.id, `${here}.source`, n.source, false);
        n.other_sources?.forEach((s, j) => checkSource(file, record, t.id, `${here}.other_sources[${j}]`, s, false));
        if (!n.found && !n.not_found_note) problems.push({ file, record, id: t.id, field: `${here}.not_found_note`, reason: 'a node that was not found must say so in not_found_note' });
        if (n.children) walk(n.children, `${here}.children`);
      });
    };
    walk(t.nodes, 'nodes');
  }

  /* ---- indices */
  for (const { item: ix, record, file } of indices) {
    ix.sources.forEach((s, i) => checkSource(file, record, ix.id, `sources[${i}]`, s, false));
    const periods = [...ix.periods];
    periods.forEach((p, pi) => {
      const base = `periods[${pi}]`;
      if (p.to !== null && p.to < p.from) problems.push({ file, record, id: ix.id, field: `${base}.to`, reason: `period ends (${p.to}) before it starts (${p.from})` });
      const prev = periods[pi - 1];
      if (prev && (prev.to === null || prev.to >= p.from))
        problems.push({ file, record, id: ix.id, field: `${base}.from`, reason: `period "${p.id}" overlaps period "${prev.id}" (periods must be in order and not overlap)` });
      checkSource(file, record, ix.id, `${base}.source`, p.source, false);
      p.method_docs.forEach((d, i) => {
        if (!legalMap.has(d)) problems.push({ file, record, id: ix.id, field: `${base}.method_docs[${i}]`, reason: `unknown legal document "${d}"` });
      });
      p.criteria_trees.forEach((t, i) => {
        if (!treeMap.has(t)) problems.push({ file, record, id: ix.id, field: `${base}.criteria_trees[${i}]`, reason: `unknown criteria tree "${t}"` });
      });
      const ids = new Set<string>();
      p.measures.forEach((m, mi) => {
        const mf = `${base}.measures[${mi}]`;
        if (ids.has(m.id)) problems.push({ file, record, id: ix.id, field: `${mf}.id`, reason: `duplicate measure "${m.id}" in period "${p.id}"` });
        ids.add(m.id);
        if (!(m.scale.min < m.scale.max)) problems.push({ file, record, id: ix.id, field: `${mf}.scale`, reason: `scale min ${m.scale.min} must be below max ${m.scale.max}` });
        checkSource(file, record, ix.id, `${mf}.source`, m.source, false);
      });
      p.measures.forEach((m, mi) => {
        if (m.parent !== undefined && !ids.has(m.parent))
          problems.push({ file, record, id: ix.id, field: `${base}.measures[${mi}].parent`, reason: `unknown parent measure "${m.parent}"` });
      });
    });
  }
  if (indices.length > 0) {
    for (const id of INDEX_IDS) if (!indexMap.has(id)) problems.push({ file: DATA_FILES.indices, reason: `index "${id}" is missing` });
  }

  /** Checks a measure and returns its definition when the index, period and measure are known. */
  const resolveMeasure = (
    file: string,
    record: number,
    id: string,
    index: IndexId,
    year: number,
    measure: string,
  ): MeasureDef | undefined => {
    const ix = indexMap.get(index);
    if (!ix) {
      problems.push({ file, record, id, field: 'index', reason: `unknown index "${index}" (not in ${DATA_FILES.indices})` });
      return undefined;
    }
    const period = periodForYear(ix, year);
    if (!period) {
      problems.push({ file, record, id, field: 'year', reason: `no methodology period of ${index} covers ${year}` });
      return undefined;
    }
    const m = measureIn(period, measure);
    if (!m) {
      problems.push({
        file,
        record,
        id,
        field: 'measure',
        reason: `unknown measure "${measure}" for ${index} in ${year} (period "${period.id}" has ${period.measures.map((x) => x.id).join(', ')})`,
      });
      return undefined;
    }
    return m;
  };

  const checkValue = (file: string, record: number, id: string, field: string, value: number, m: MeasureDef, year: number): void => {
    if (value < m.scale.min || value > m.scale.max) {
      problems.push({
        file,
        record,
        id,
        field,
        reason: `value ${value} is outside the scale of ${m.id} in ${year} (${fmtScale(m)})`,
      });
    }
  };

  const checkPreferred = (file: string, record: number, id: string, claims: { preferred: boolean }[]): void => {
    const n = claims.filter((c) => c.preferred).length;
    if (n === 0) problems.push({ file, record, id, field: 'claims', reason: 'no claim is marked preferred (exactly one must be)' });
    if (n > 1) problems.push({ file, record, id, field: 'claims', reason: `${n} claims are marked preferred (exactly one must be)` });
  };

  /* ---- results */
  for (const { item: r, record, file } of results) {
    const expectedFile = RESULT_FILES[r.index];
    if (file !== expectedFile) problems.push({ file, record, id: r.id, field: 'index', reason: `a ${r.index} record belongs in ${expectedFile}` });
    const key = `${r.index}/${r.year}/${r.province}/${r.measure}`;
    if (r.id !== key) problems.push({ file, record, id: r.id, field: 'id', reason: `id must equal "<index>/<year>/<province>/<measure>" = "${key}"` });
    checkProvince(file, record, r.id, 'province', r.province, r.year);
    const m = resolveMeasure(file, record, r.id, r.index, r.year, r.measure);
    checkPreferred(file, record, r.id, r.claims);
    if (r.conflict && r.claims.length < 2) problems.push({ file, record, id: r.id, field: 'conflict', reason: 'a conflict needs at least two claims' });
    r.claims.forEach((c, i) => {
      const f = `claims[${i}]`;
      checkSource(file, record, r.id, `${f}.source`, c.source, true);
      if (c.value !== undefined && m) checkValue(file, record, r.id, `${f}.value`, c.value, m, r.year);
      if (c.rank !== undefined) {
        if (c.rank_of !== undefined && c.rank > c.rank_of)
          problems.push({ file, record, id: r.id, field: `${f}.rank`, reason: `rank ${c.rank} is greater than rank_of ${c.rank_of}` });
        if (c.rank_kind === undefined) problems.push({ file, record, id: r.id, field: `${f}.rank_kind`, reason: 'a rank needs rank_kind (official or computed)' });
        if (c.rank_kind === 'computed' && !c.rank_note)
          problems.push({ file, record, id: r.id, field: `${f}.rank_note`, reason: 'a computed rank needs rank_note saying how it was computed' });
      }
      if (c.rank_of !== undefined && c.rank_of > MAX_RANK_OF)
        problems.push({ file, record, id: r.id, field: `${f}.rank_of`, reason: `rank_of ${c.rank_of} is more than the ${MAX_RANK_OF} provinces ever ranked` });
      if (c.rank_change_from !== undefined && c.rank_change_from >= r.year)
        problems.push({ file, record, id: r.id, field: `${f}.rank_change_from`, reason: `rank_change_from ${c.rank_change_from} must be before ${r.year}` });
    });
  }

  /* ---- national stats */
  for (const { item: s, record, file } of nationalStats) {
    const key = `${s.index}/${s.year}/${s.scope}/${s.measure}/${s.stat}`;
    if (s.id !== key) problems.push({ file, record, id: s.id, field: 'id', reason: `id must equal "<index>/<year>/<scope>/<measure>/<stat>" = "${key}"` });
    if (s.scope !== 'national' && !regionMap.has(s.scope))
      problems.push({ file, record, id: s.id, field: 'scope', reason: `unknown scope "${s.scope}" (use "national" or a region slug)` });
    if (provinceMap.has(s.scope)) problems.push({ file, record, id: s.id, field: 'scope', reason: 'a province is not a scope: province figures belong in results' });
    const m = resolveMeasure(file, record, s.id, s.index, s.year, s.measure);
    checkPreferred(file, record, s.id, s.claims);
    s.claims.forEach((c, i) => {
      const f = `claims[${i}]`;
      checkSource(file, record, s.id, `${f}.source`, c.source, true);
      if (c.province !== undefined) checkProvince(file, record, s.id, `${f}.province`, c.province, s.year);
      if (c.value !== undefined) {
        if (s.stat === 'ranked-count') {
          if (!Number.isInteger(c.value) || c.value < 1 || c.value > MAX_RANK_OF)
            problems.push({ file, record, id: s.id, field: `${f}.value`, reason: `a count of ranked provinces must be a whole number from 1 to ${MAX_RANK_OF}` });
        } else if (m) checkValue(file, record, s.id, `${f}.value`, c.value, m, s.year);
      }
    });
  }

  /* ---- facts */
  for (const { item: fct, record, file } of facts) {
    checkPreferred(file, record, fct.id, fct.claims);
    if (fct.index !== null && indices.length > 0 && !indexMap.has(fct.index))
      problems.push({ file, record, id: fct.id, field: 'index', reason: `unknown index "${fct.index}"` });
    fct.claims.forEach((c, i) => {
      checkSource(file, record, fct.id, `claims[${i}].source`, c.source, true);
      c.provinces?.forEach((p, j) => checkProvince(file, record, fct.id, `claims[${i}].provinces[${j}]`, p));
    });
  }

  if (problems.length > 0) return { data: null, problems };
  return {
    data: {
      sources: sources.map((p) => p.item),
      provinces: provinces.map((p) => p.item),
      regions: regions.map((p) => p.item),
      indices: indices.map((p) => p.item),
      facts: facts.map((p) => p.item),
      legalDocs: legalDocs.map((p) => p.item),
      criteria: criteria.map((p) => p.item),
      results: results.map((p) => p.item),
      nationalStats: nationalStats.map((p) => p.item),
    },
    problems,
  };
}
