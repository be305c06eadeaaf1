/**
 * Nothing from the research is silently dropped: the import's manifest accounts for every row it read,
 * and the claims in content/data that cite each research file add up to what the manifest says.
 * (The test reads only the committed output, never the research folder.)
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
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

describe('import coverage', () => {
  it('covers every research data file', () => {
    const files = manifest.files.map((f) => f.file);
    for (const f of ['figures.csv', 'figures-par-sipas.csv', 'papi-full-tables-2011-2024.csv', 'papi-national-stats.csv', 'papi-ha-nam-profile.csv', 'papi-ha-nam-subdimensions.csv', 'pci-full-tables-2005-2016.csv', 'pci-full-tables-2017-2021.csv', 'seed']) {
      expect(files).toContain(f);
    }
  });

  it.each(manifest.files.map((f) => [f.file, f] as const))('%s: every row read is placed or skipped with a reason', (_, f) => {
    expect(f.rows_read).toBeGreaterThan(0);
    expect(f.rows_placed + f.rows_skipped.length).toBe(f.rows_read);
    for (const s of f.rows_skipped) expect(s.reason.length).toBeGreaterThan(5);
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
