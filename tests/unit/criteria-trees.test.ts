/**
 * The committed criteria trees (content/data/criteria/*.json) against what the research established:
 * the shape of each edition, the year-by-year counts of PAPI sub-dimensions, safe unique ids, and that
 * everything not found says so. Reads only the committed data, never the research folder.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { criteriaTreeSchema, type CriteriaNode, type CriteriaTree } from '../../src/data/schemas.ts';
import { allNodes, countAt, nodeAnchor } from '../../src/lib/criteria-view.ts';
import { REPO_ROOT } from '../lib/dist-site.ts';

const DIR = path.join(REPO_ROOT, 'content/data/criteria');
const files = (existsSync(DIR) ? readdirSync(DIR) : []).filter((f) => f.endsWith('.json')).sort();
const trees = new Map<string, CriteriaTree>(
  files.map((f) => {
    const tree = criteriaTreeSchema.parse(JSON.parse(readFileSync(path.join(DIR, f), 'utf8')));
    return [tree.id, tree];
  }),
);
const tree = (id: string): CriteriaTree => {
  const t = trees.get(id);
  if (!t) throw new Error(`content/data/criteria has no tree "${id}" (run npm run data:import)`);
  return t;
};
const count = (t: CriteriaTree, what: string) => t.counts.find((c) => c.what === what);

it('has one file per tree, named after its id', () => {
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(JSON.parse(readFileSync(path.join(DIR, f), 'utf8')).id).toBe(f.replace(/\.json$/, ''));
});

describe('PAPI from 2018', () => {
  const t = tree('papi-2018');
  it('has 8 dimensions, 29 sub-dimensions and 129 indicators in all', () => {
    expect(countAt(t, 'dimension')).toBe(8);
    expect(countAt(t, 'sub-dimension')).toBe(29);
    expect(countAt(t, 'indicator')).toBe(129);
    expect(t.nodes.map((n) => n.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
  it('states the same totals in its counts, each with a source', () => {
    expect(count(t, 'dimensions')).toMatchObject({ value: 8, found: true });
    expect(count(t, 'sub-dimensions')).toMatchObject({ value: 29, found: true });
    expect(count(t, 'indicators')).toMatchObject({ value: 129, found: true });
  });
  it('has 28 sub-dimensions in 2018, 29 in 2019 (8.3 added) and 28 from 2022 (5.2 dropped)', () => {
    expect(countAt(t, 'sub-dimension', 2018)).toBe(28);
    expect(countAt(t, 'sub-dimension', 2019)).toBe(29);
    expect(countAt(t, 'sub-dimension', 2022)).toBe(28);
    const ids = (y: number) => allNodes(t).filter((n) => n.level === 'sub-dimension' && n.years?.includes(y)).map((n) => n.id);
    expect(ids(2019).filter((id) => !ids(2018).includes(id))).toEqual(['8.3']);
    expect(ids(2019).filter((id) => !ids(2022).includes(id))).toEqual(['5.2']);
  });
  it('numbers sub-dimensions after their dimension and indicators after their sub-dimension', () => {
    for (const d of t.nodes) {
      for (const s of d.children ?? []) {
        expect(s.id.startsWith(`${d.id}.`)).toBe(true);
        for (const i of s.children ?? []) expect(i.id.startsWith(`${s.id}.`)).toBe(true);
      }
    }
  });
  it('names every dimension and sub-dimension officially in Vietnamese, and fixes the workbook typos in English', () => {
    for (const n of allNodes(t).filter((x) => x.level !== 'indicator')) expect(n.name_status.vi).toBe('official');
    const english = allNodes(t).map((n) => n.name_en ?? '');
    expect(english.some((e) => /Tittle|Reponsiveness|Opportunties|Sucessful|Immediatly|Acknowdledges/.test(e))).toBe(false);
    expect(allNodes(t).find((n) => n.id === '5.3')).toMatchObject({ name_en: 'Land Title Procedures', name_en_original: 'Land Tittle Procedures' });
  });
});

describe('PAPI 2011–2017', () => {
  it('keeps the six dimensions of the old framework apart, with its stated counts', () => {
    const t = tree('papi-2011-2017');
    expect(countAt(t, 'dimension')).toBe(6);
    expect(count(t, 'sub-dimensions')).toMatchObject({ value: 22, found: true });
    expect(t.years).toEqual({ from: 2011, to: 2017 });
  });
});

describe('PAR INDEX', () => {
  it('QĐ 1149 (2020–2021): 8 domains with 43 criteria stated, none of their points invented', () => {
    const t = tree('par-index-qd-1149');
    expect(countAt(t, 'domain')).toBe(8);
    expect(count(t, 'criteria')).toMatchObject({ value: 43, found: true });
    for (const n of allNodes(t)) if (n.level === 'domain' || n.level === 'criterion') expect(n.max_points_found).toBe(false);
  });
  it('QĐ 1149: the three criteria on which Hà Nam scored zero are named, their placement marked as inference', () => {
    const named = allNodes(tree('par-index-qd-1149')).filter((n) => n.level === 'criterion' && n.found);
    expect(named).toHaveLength(3);
    for (const n of named) {
      expect(n.inference).toBe(true);
      expect(n.note).toBeTruthy();
      expect(n.max_points_found).toBe(false);
    }
  });
  it('QĐ 876 (current): counts known, domain names not found and said so', () => {
    const t = tree('par-index-qd-876');
    expect(t.years.to).toBeNull();
    expect(t.found).toBe(false);
    expect(t.not_found_note).toBeTruthy();
    expect(count(t, 'domains')).toMatchObject({ value: 8 });
    expect(count(t, 'criteria')).toMatchObject({ value: 37 });
  });
  it('QĐ 2948: 8 domains whose stated maxima add up to 100', () => {
    const domains = tree('par-index-qd-2948').nodes;
    expect(domains).toHaveLength(8);
    expect(domains.reduce((sum, d) => sum + (d.max_points ?? 0), 0)).toBeCloseTo(100, 6);
  });
});

describe('SIPAS', () => {
  it('QĐ 2640 (2017–2021): five elements; the 22 criteria are counted but not found', () => {
    const t = tree('sipas-2017-2021');
    expect(countAt(t, 'element')).toBe(5);
    expect(count(t, 'criteria')).toMatchObject({ value: 22 });
    expect(allNodes(t).filter((n) => n.level === 'criterion').every((n) => !n.found)).toBe(true);
  });
  it('QĐ 1001 (current): three aspects, the eight criteria of the first, flagged partial', () => {
    const t = tree('sipas-current');
    expect(countAt(t, 'aspect')).toBe(3);
    expect(t.nodes[0]!.children!.filter((n) => n.found)).toHaveLength(8);
    expect(t.not_found_note).toMatch(/partial/i);
  });
});

describe.each([...trees.keys()])('tree %s', (id) => {
  const t = tree(id);
  const nodes = allNodes(t);
  it('gives every node an ASCII-safe id, unique in the tree, and a unique anchor', () => {
    for (const n of nodes) expect(n.id).toMatch(/^[a-z0-9]+(?:\.[a-z0-9]+)*$/);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(new Set(nodes.map((n) => nodeAnchor(n.id))).size).toBe(nodes.length);
  });
  it('says why, wherever something was not found', () => {
    const missing: CriteriaNode[] = nodes.filter((n) => !n.found);
    for (const n of missing) expect(n.not_found_note, n.id).toBeTruthy();
    if (!t.found) expect(t.not_found_note).toBeTruthy();
    for (const c of t.counts) if (!c.found) expect(c.note, c.what).toBeTruthy();
  });
  it('gives a name to every node found, and none to a node not found', () => {
    for (const n of nodes) {
      if (n.found) expect(n.name_vi ?? n.name_en, n.id).toBeTruthy();
      else expect(n.name_status.vi).toBe('not-found');
    }
  });
  it('agrees with its own counts where the nodes are all there', () => {
    const levels: Record<string, CriteriaNode['level']> = { dimensions: 'dimension', domains: 'domain', elements: 'element', aspects: 'aspect' };
    for (const c of t.counts) {
      const level = levels[c.what];
      if (level && c.found && t.found && t.nodes.length > 0) expect(countAt(t, level), c.what).toBe(c.value);
    }
  });
  it('keeps node years inside the tree\'s years', () => {
    for (const n of nodes) for (const y of n.years ?? []) {
      expect(y).toBeGreaterThanOrEqual(t.years.from);
      if (t.years.to !== null) expect(y).toBeLessThanOrEqual(t.years.to);
    }
  });
});
