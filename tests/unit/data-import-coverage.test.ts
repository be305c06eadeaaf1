/**
 * Nothing from the research is silently dropped: the import's manifest accounts for every row it read,
 * and the claims in content/data that cite each research file add up to what the manifest says.
 * (The test reads only the committed output, never the research folder.)
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { manifestSchema } from '../../src/data/schemas.ts';
import { readDataFiles } from '../../src/data/read.ts';
import { assertValidDataset } from '../../src/data/validate.ts';

// Reading and validating the whole dataset takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const manifest = manifestSchema.parse(JSON.parse(readFileSync('content/data/import-manifest.json', 'utf8')));
const data = assertValidDataset(readDataFiles(process.cwd()));

function originsCiting(file: string): Record<string, number> {
  const count: Record<string, number> = {};
  const add = (what: string, origins: string[] | undefined) => {
    const n = (origins ?? []).filter((o) => o.startsWith(`${file}#`)).length;
    if (n) count[what] = (count[what] ?? 0) + n;
  };
  for (const r of data.results) for (const c of r.claims) add(`results/${r.index}.json`, c.origin);
  for (const s of data.nationalStats) for (const c of s.claims) add('national-stats.json', c.origin);
  for (const f of data.facts) for (const c of f.claims) add('facts.json', c.origin);
  return count;
}

// Criteria trees and legal documents carry no origin: what each research row became is recognised by its place.
interface Node {
  id: string;
  level: string;
  inference?: boolean;
  children?: Node[];
}
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const trees = new Map(
  readdirSync('content/data/criteria').map((f) => {
    const t = readJson<{ id: string; counts: { what: string }[]; nodes: Node[] }>(`content/data/criteria/${f}`);
    return [t.id, t] as const;
  }),
);
const nodes = (tree: string, keep: (n: Node) => boolean = () => true): number => {
  const walk = (list: Node[]): number => list.reduce((n, x) => n + Number(keep(x)) + walk(x.children ?? []), 0);
  return walk(trees.get(tree)!.nodes);
};
const counts = (tree: string, ...what: string[]) => trees.get(tree)!.counts.filter((c) => what.includes(c.what)).length;
// The curated documents name the research rows each stands for; only those in content/data count.
const written = new Set(readJson<{ id: string }[]>('content/data/legal-documents.json').map((d) => d.id));
const curatedDocs = readJson<{ documents: { id: string; from: string[] }[] }>('scripts/import/curated/legal-documents.json').documents;
const legalRows = (file: string) => curatedDocs.filter((d) => written.has(d.id)).flatMap((d) => d.from).filter((r) => r.startsWith(`${file}#`)).length;
const factRows = (file: string) => new Set(data.facts.flatMap((f) => f.claims.flatMap((c) => (c.origin ?? []).filter((o) => o.startsWith(`${file}#`))))).size;

/** Rows of the criteria files, recounted from what they became in content/data. */
const PLACED_IN_DATA: Record<string, () => number> = {
  'papi-tree.json': () => nodes('papi-2018'),
  'criteria.json': () =>
    legalRows('criteria.json') +
    factRows('criteria.json') +
    nodes('papi-2011-2017', (n) => n.level === 'dimension') +
    nodes('par-index-qd-2948', (n) => n.level === 'domain') +
    nodes('par-index-qd-1149', (n) => n.inference === true) +
    nodes('sipas-2017-2021', (n) => n.level === 'element'),
  'criteria-additions.json': () =>
    legalRows('criteria-additions.json') +
    nodes('par-index-qd-1149', (n) => n.level === 'domain') +
    counts('par-index-qd-1149', 'domains') +
    counts('par-index-qd-876', 'domains') +
    counts('sipas-2017-2021', 'elements', 'criteria') +
    counts('sipas-2022', 'aspects') +
    nodes('sipas-current', (n) => n.level === 'aspect' && n.id !== '3'),
};

describe('import coverage', () => {
  it('covers every research data file', () => {
    const files = manifest.files.map((f) => f.file);
    for (const f of ['figures.csv', 'figures-par-sipas.csv', 'par-sipas-2/ha-nam.csv', 'par-sipas-2/provinces-partial.csv', 'papi-full-tables-2011-2024.csv', 'papi-national-stats.csv', 'papi-ha-nam-profile.csv', 'papi-ha-nam-subdimensions.csv', 'pci-full-tables-2005-2016.csv', 'pci-full-tables-2017-2021.csv', 'seed']) {
      expect(files).toContain(f);
    }
  });

  it.each(manifest.files.map((f) => [f.file, f] as const))('%s: every row read is placed or skipped with a reason', (_, f) => {
    expect(f.rows_read).toBeGreaterThan(0);
    expect(f.rows_placed + f.rows_skipped.length).toBe(f.rows_read);
    for (const s of f.rows_skipped) expect(s.reason.length).toBeGreaterThan(5);
  });

  it.each(Object.keys(PLACED_IN_DATA).map((file) => [file]))('%s: the rows placed are the records content/data holds from it', (file) => {
    const f = manifest.files.find((x) => x.file === file)!;
    expect(f.rows_placed).toBe(PLACED_IN_DATA[file]!());
  });

  it.each(manifest.files.filter((f) => f.kind !== 'json').map((f) => [f.file, f] as const))('%s: the data holds as many references to it as the manifest says', (file, f) => {
    const counted = originsCiting(file);
    expect(counted).toEqual(f.written);
    // Placed rows reach the data (a row can feed several measures, so there may be more references than rows).
    if (f.rows_placed > 0) expect(f.written_total).toBeGreaterThanOrEqual(f.rows_placed);
  });

  it('keeps every row of the full PAPI table: 63 provinces for each of 14 years', () => {
    const totals = data.results.filter((r) => r.index === 'papi' && r.measure === 'total' && r.claims.some((c) => c.source === 'nghien-cuu-papi-bang-day-du'));
    const f = manifest.files.find((x) => x.file === 'papi-full-tables-2011-2024.csv')!;
    expect(new Set(totals.map((r) => r.year)).size).toBe(14);
    expect(totals.length).toBeLessThanOrEqual(f.rows_read);
    expect(f.rows_read - totals.length).toBeLessThan(20); // rows without a total are kept for their dimensions
  });
});
