/**
 * Bad data fails the build with a message naming the file, the record, the field and the reason.
 * Each case starts from the real, valid content/data and breaks one thing.
 */
import { describe, expect, it, vi } from 'vitest';
import { readDataFiles } from '../../src/data/read.ts';
import { validateDataset, formatProblem, assertValidDataset } from '../../src/data/validate.ts';

// Reading and validating the whole dataset takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const valid = readDataFiles(process.cwd());
const PAPI = 'content/data/results/papi.json';
const CHARTS = 'content/data/charts.json';
const INDICES = 'content/data/indices.json';
const GLOSSARY_EN = 'content/glossary/en.json';

type Json = Record<string, unknown> & { id: string; claims: Record<string, unknown>[] };

/** The real data with one results file changed by `edit`; returns the messages. */
function problemsAfter(file: string, edit: (records: Json[]) => void): string[] {
  const records = JSON.parse(valid[file]!) as Json[];
  edit(records);
  return validateDataset({ ...valid, [file]: JSON.stringify(records, null, 2) }).problems.map(formatProblem);
}

const indexOf = (records: Json[], id: string) => {
  const i = records.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`fixture: no record ${id}`);
  return i;
};

describe('the real data', () => {
  it('is valid', () => {
    expect(validateDataset(valid).problems.map(formatProblem)).toEqual([]);
  });
});

describe('bad data is caught with file, record, field and reason', () => {
  it('a snapshot of an edition that does not exist, or filed under another name', () => {
    const snapshot = JSON.parse(valid['content/snapshots/2026-11.json']!) as { edition: string };
    const renamed = JSON.stringify({ ...snapshot, edition: '2099-01' });
    expect(validateDataset({ ...valid, 'content/snapshots/2026-11.json': renamed }).problems.map(formatProblem)).toEqual([
      'content/snapshots/2026-11.json: field edition: "2099-01" must be the file\'s name',
      'content/snapshots/2026-11.json: field edition: "2099-01" is not an edition in content/editions.json',
    ]);
  });

  it('a derived claim whose arithmetic does not hold against the result it is derived from', () => {
    const PAR = 'content/data/results/par-index.json';
    const msgs = problemsAfter(PAR, (rs) => {
      const c = rs[indexOf(rs, 'par-index/2020/ha-nam/total')]!.claims[0]!;
      c['value'] = 83.46;
      c['rank'] = 44;
    });
    expect(msgs).toContainEqual(expect.stringMatching(/par-index\/2020\/ha-nam\/total.*derived\.value_change: 81\.51 − \(-1\.94\) = 83\.45, not 83\.46/));
    expect(msgs).toContainEqual(expect.stringMatching(/derived\.rank_change: 60 \+ \(-17\) = 43, not 44/));
  });

  it('a derived claim that states a change of its own, or comes from another result', () => {
    const SIPAS = 'content/data/results/sipas.json';
    const msgs = problemsAfter(SIPAS, (rs) => {
      const c = rs[indexOf(rs, 'sipas/2019/ha-nam/total')]!.claims[0]!;
      c['rank_change'] = 3;
      c['rank_change_from'] = 2018;
      c['derived'] = { from: 'sipas/2021/ha-nam/total', rank_change: -6 };
    });
    expect(msgs).toContainEqual(expect.stringMatching(/sipas\/2019\/ha-nam\/total.*derived: a derived claim must not state a rank change of its own/));
    expect(msgs).toContainEqual(expect.stringMatching(/derived\.rank_change: 19 \+ \(-6\) = 13, not 12/));
  });

  it('a value outside the scale of its measure for that year', () => {
    let i = 0;
    const msgs = problemsAfter(PAPI, (rs) => {
      i = indexOf(rs, 'papi/2017/ha-nam/total');
      rs[i]!.claims[0]!['value'] = 65; // 2011–2017 totals are out of 60
    });
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${PAPI}: record ${i} \\(papi/2017/ha-nam/total\\), field claims\\[0\\]\\.value: value 65 is outside the scale of total in 2017`)));
  });

  it('a rank greater than rank_of', () => {
    let i = 0;
    const msgs = problemsAfter(PAPI, (rs) => {
      i = indexOf(rs, 'papi/2023/ha-nam/total');
      const c = rs[i]!.claims.find((x) => x['rank'] !== undefined)!;
      c['rank'] = 64;
      c['rank_of'] = 61;
    });
    expect(msgs.join('\n')).toMatch(new RegExp(`${PAPI}: record ${i} \\(papi/2023/ha-nam/total\\), field claims\\[\\d\\]\\.rank: rank 64 is greater than rank_of 61`));
  });

  it('an unknown index, province, measure or source', () => {
    const msgs = problemsAfter(PAPI, (rs) => {
      const base = rs[indexOf(rs, 'papi/2024/ha-nam/total')]!;
      rs.push({ ...structuredClone(base), id: 'papi/2024/ha-nam-x/total', province: 'ha-nam-x' });
      rs.push({ ...structuredClone(base), id: 'papi/2024/ha-nam/9', measure: '9' });
      const s = structuredClone(base);
      s.claims[0]!['source'] = 'no-such-source';
      rs.push({ ...s, id: 'papi/2024/nam-dinh/total', province: 'nam-dinh' });
      rs.push({ ...structuredClone(base), id: 'papi2/2024/ha-nam/total', index: 'papi2' });
    }).join('\n');
    expect(msgs).toMatch(/field province: unknown province "ha-nam-x"/);
    expect(msgs).toMatch(/field measure: unknown measure "9" for papi in 2024/);
    expect(msgs).toMatch(/field claims\[0\]\.source: unknown source "no-such-source"/);
    expect(msgs).toMatch(/field index: unknown index "papi2"/);
  });

  it('a duplicate key', () => {
    const msgs = problemsAfter(PAPI, (rs) => {
      rs.push(structuredClone(rs[indexOf(rs, 'papi/2021/ha-nam/total')]!));
    }).join('\n');
    expect(msgs).toMatch(/papi\/2021\/ha-nam\/total.*duplicate/);
  });

  it('a claim with no source', () => {
    let i = 0;
    const msgs = problemsAfter(PAPI, (rs) => {
      i = indexOf(rs, 'papi/2022/ha-nam/total');
      delete rs[i]!.claims[0]!['source'];
    });
    expect(msgs).toContain(`${PAPI}: record ${i} (papi/2022/ha-nam/total), field claims[0].source: is missing: every claim must cite a source`);
  });

  it('a key with claims but no preferred one', () => {
    let i = 0;
    const msgs = problemsAfter(PAPI, (rs) => {
      i = indexOf(rs, 'papi/2020/ha-nam/total');
      for (const c of rs[i]!.claims) c['preferred'] = false;
    });
    expect(msgs).toContain(`${PAPI}: record ${i} (papi/2020/ha-nam/total), field claims: no claim is marked preferred (exactly one must be)`);
  });

  it('malformed JSON, with its line and column', () => {
    const broken = valid[PAPI]!.replace('"preferred": true', '"preferred": true,,');
    const line = broken.slice(0, broken.indexOf(',,')).split('\n').length;
    const msgs = validateDataset({ ...valid, [PAPI]: broken }).problems.map(formatProblem);
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${PAPI}: invalid JSON at line ${line}, column \\d+`)));
  });

  it('a duplicate chart id', () => {
    const msgs = problemsAfter(CHARTS, (cs) => {
      cs.push(structuredClone(cs[indexOf(cs, 'papi-xep-hang-2024')]!));
    });
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${CHARTS}: record \\d+ \\(papi-xep-hang-2024\\), field id: duplicate id "papi-xep-hang-2024" \\(already used by record \\d+`)));
  });

  it('a chart without its gallery order, and two charts of one index in the same place', () => {
    let i = 0;
    let j = 0;
    const msgs = problemsAfter(CHARTS, (cs) => {
      i = indexOf(cs, 'papi-xep-hang-2024');
      delete cs[i]!['order'];
      j = indexOf(cs, 'papi-ha-nam-thu-hang');
      cs[j]!['order'] = cs[indexOf(cs, 'papi-ha-nam-tong-diem')]!['order'];
    });
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${CHARTS}: record ${i} \\(papi-xep-hang-2024\\), field order: missing`)));
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${CHARTS}: record ${j} .*field order \\(index and place\\): duplicate`)));
    // The same place in another index is allowed.
    expect(problemsAfter(CHARTS, () => {})).toEqual([]);
  });

  it('a chart of an index missing from indices.json', () => {
    const msgs = problemsAfter(INDICES, (xs) => {
      xs.splice(indexOf(xs, 'pci'), 1);
    });
    const i = indexOf(JSON.parse(valid[CHARTS]!) as Json[], 'pci-ha-nam-diem');
    expect(msgs).toContain(`${CHARTS}: record ${i} (pci-ha-nam-diem), field index: unknown index "pci" (not in content/data/indices.json)`);
  });

  it('a chart measure the index does not have in those years', () => {
    let i = 0;
    const msgs = problemsAfter(CHARTS, (cs) => {
      i = indexOf(cs, 'papi-ha-nam-linh-vuc-2017');
      cs[i]!['measures'] = ['1', '7']; // dimension 7 (environment) exists from 2018
    });
    expect(msgs).toContain(`${CHARTS}: record ${i} (papi-ha-nam-linh-vuc-2017), field measures[1]: unknown measure "7" for papi in 2017`);
  });

  it('a chart province or featured province that does not exist', () => {
    let i = 0;
    let j = 0;
    const msgs = problemsAfter(CHARTS, (cs) => {
      i = indexOf(cs, 'papi-dong-bang-song-hong-2024');
      (cs[i]!['provinces'] as string[]).push('ha-tay-x');
      j = indexOf(cs, 'papi-xep-hang-2024');
      cs[j]!['featured'] = 'ha-nam-x';
    });
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${CHARTS}: record ${i} \\(papi-dong-bang-song-hong-2024\\), field provinces\\[11\\]: unknown province "ha-tay-x"`)));
    expect(msgs).toContainEqual(expect.stringMatching(new RegExp(`^${CHARTS}: record ${j} \\(papi-xep-hang-2024\\), field featured: unknown province "ha-nam-x"`)));
  });

  it('a chart year with no results', () => {
    let i = 0;
    let j = 0;
    const msgs = problemsAfter(CHARTS, (cs) => {
      i = indexOf(cs, 'papi-xep-hang-2024');
      cs[i]!['years'] = { year: 2010 };
      j = indexOf(cs, 'pci-ha-nam-diem');
      cs[j]!['years'] = { from: 2006, to: 2030 };
    });
    expect(msgs).toContain(`${CHARTS}: record ${i} (papi-xep-hang-2024), field years.year: no papi results for 2010 (not in ${PAPI})`);
    expect(msgs).toContain(`${CHARTS}: record ${j} (pci-ha-nam-diem), field years.to: no pci results for 2030 (not in content/data/results/pci.json)`);
  });

  it('a glossary "see also" naming no term', () => {
    let i = 0;
    const msgs = problemsAfter(GLOSSARY_EN, (ts) => {
      i = 0;
      ts[i]!['see_also'] = ['no-such-term'];
    });
    expect(msgs).toContain(`${GLOSSARY_EN}: record ${i} (${(JSON.parse(valid[GLOSSARY_EN]!) as Json[])[0]!.id}), field see_also[0]: no term "no-such-term" in this glossary`);
  });

  it('throws one error listing every problem, as the build does', () => {
    const records = JSON.parse(valid[PAPI]!) as Json[];
    records[0]!.claims[0]!['preferred'] = 'yes';
    expect(() => assertValidDataset({ ...valid, [PAPI]: JSON.stringify(records) })).toThrow(/Invalid data in content\/data \(\d+ problems?\):\n  - content\/data\/results\/papi\.json: record 0/);
  });
});
