/** The figure the site shows for a key is the preferred claim's, whichever claim that is. */
import { describe, expect, it, vi } from 'vitest';
import { readDataFiles } from '../../src/data/read.ts';
import { assertValidDataset, RESULT_FILES } from '../../src/data/validate.ts';
import type { Claim, Result } from '../../src/data/schemas.ts';
import { buildDataset } from '../../src/lib/dataset.ts';
import { getResult, headlineRank, headlineValue } from '../../src/lib/results.ts';

// Reading and validating the whole dataset takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const files = readDataFiles(process.cwd());
const FILE = RESULT_FILES['par-index'];
const results = JSON.parse(files[FILE]!) as Result[];
const precise = (c: Claim) => c.value !== undefined && !c.flag;

describe('headline value', () => {
  it('is the preferred claim wherever that claim has an unflagged value', () => {
    const ds = buildDataset(assertValidDataset(files));
    for (const r of ds.results.values()) {
      const p = r.claims.find((c) => c.preferred)!;
      if (precise(p)) expect(headlineValue(r), r.id).toBe(p);
    }
  });

  it('follows the preferred claim when another claim becomes preferred', () => {
    // A key with two unflagged values that differ (par-index/2012/da-nang/total: 87.14 and 87.12).
    const target = results.find((r) => new Set(r.claims.filter(precise).map((c) => c.value)).size > 1);
    expect(target, `${FILE} has a key with two differing values`).toBeDefined();
    const other = target!.claims.findIndex((c) => precise(c) && !c.preferred && c.value !== target!.claims.find((x) => x.preferred)!.value);
    const edited = structuredClone(results);
    const r = edited.find((x) => x.id === target!.id)!;
    r.claims.forEach((c, i) => (c.preferred = i === other));
    const ds = buildDataset(assertValidDataset({ ...files, [FILE]: JSON.stringify(edited) }));
    expect(headlineValue(getResult(ds, r.id))?.value).toBe(target!.claims[other]!.value);
  });
});

describe('headline rank', () => {
  it('follows the preferred claim when another claim with a different rank becomes preferred (PAPI 2019: 8/63 or 9/63)', () => {
    const file = RESULT_FILES.papi;
    const papi = JSON.parse(files[file]!) as Result[];
    const edited = structuredClone(papi);
    const r = edited.find((x) => x.id === 'papi/2019/ha-nam/total')!;
    const other = r.claims.findIndex((c) => !c.preferred && c.rank !== undefined && c.rank !== r.claims.find((x) => x.preferred)!.rank);
    expect(other).toBeGreaterThanOrEqual(0);
    r.claims.forEach((c, i) => (c.preferred = i === other));
    const ds = buildDataset(assertValidDataset({ ...files, [file]: JSON.stringify(edited) }));
    expect(headlineRank(getResult(ds, r.id))?.rank).toBe(r.claims[other]!.rank);
  });
});
