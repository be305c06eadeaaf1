/**
 * The criteria pages are built from the trees by src/lib/criteria-view.ts: these tests check that what the
 * pages render matches the data — one page per top-level node, every item as a heading in order with a
 * stable id, the changes between years, the print selection — and that PAR INDEX domains find their results.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { criteriaTreeSchema, indexSchema, type CriteriaTree } from '../../src/data/schemas.ts';
import {
  allNodes,
  changes,
  countAt,
  lastYear,
  latestCount,
  countsByYear,
  dimensionPages,
  formatYears,
  matchMeasure,
  nodeAnchor,
  pageTrees,
  printTrees,
  scaleText,
  sections,
  standingAgainstNation,
} from '../../src/lib/criteria-view.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { papiMeasures } from '../../src/i18n/papi-measures.ts';
import { REPO_ROOT } from '../lib/dist-site.ts';

const DIR = path.join(REPO_ROOT, 'content/data/criteria');
const trees: CriteriaTree[] = (existsSync(DIR) ? readdirSync(DIR) : [])
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => criteriaTreeSchema.parse(JSON.parse(readFileSync(path.join(DIR, f), 'utf8'))));
const byId = (id: string): CriteriaTree => {
  const t = trees.find((x) => x.id === id);
  if (!t) throw new Error(`content/data/criteria has no tree "${id}" (run npm run data:import)`);
  return t;
};

it('reads the imported criteria trees', () => {
  expect(trees.length, 'content/data/criteria/*.json (run npm run data:import)').toBeGreaterThan(0);
});

describe('pages', () => {
  const pages = dimensionPages(trees);
  it('one page per PAPI dimension, per PAR INDEX domain of QĐ 1149 and per SIPAS element and aspect', () => {
    const slugs = (index: string) => pages.filter((p) => p.index === index).map((p) => p.slug);
    expect(slugs('papi')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(slugs('par-index')).toEqual(['qd-1149-1', 'qd-1149-2', 'qd-1149-3', 'qd-1149-4', 'qd-1149-5', 'qd-1149-6', 'qd-1149-7', 'qd-1149-8', 'qd-2948-1', 'qd-2948-2', 'qd-2948-3', 'qd-2948-4', 'qd-2948-5', 'qd-2948-6', 'qd-2948-7', 'qd-2948-8']);
    expect(slugs('sipas')).toEqual(['qd-1001-1', 'qd-1001-2', 'qd-1001-3', 'qd-2640-1', 'qd-2640-2', 'qd-2640-3', 'qd-2640-4', 'qd-2640-5']);
  });
  it('gives no page to a set whose items were not found, nor to the old PAPI framework', () => {
    const ids = new Set(pages.map((p) => p.tree.id));
    expect(ids.has('par-index-qd-876')).toBe(false);
    expect(ids.has('papi-2011-2017')).toBe(false);
    expect(pageTrees(trees, 'papi').map((t) => t.id)).toEqual(['papi-2018']);
  });
  it('uses URL-safe slugs', () => {
    for (const p of pages) expect(p.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('sections of a page', () => {
  const papi = byId('papi-2018');
  it('the PAPI pages together carry every sub-dimension and indicator as a heading', () => {
    const all = papi.nodes.flatMap((d) => sections(d));
    const headed = all.filter((x) => x.heading !== null);
    expect(headed.filter((x) => x.node.level === 'sub-dimension')).toHaveLength(29);
    expect(headed.filter((x) => x.node.level === 'indicator')).toHaveLength(129);
    expect(headed.filter((x) => x.node.level === 'sub-dimension').every((x) => x.heading === 2)).toBe(true);
    expect(headed.filter((x) => x.node.level === 'indicator').every((x) => x.heading === 3)).toBe(true);
  });
  it('anchors read like the numbering: #1-1, #1-1-2, #8-a', () => {
    expect(nodeAnchor('1.1')).toBe('1-1');
    expect(nodeAnchor('1.1.2')).toBe('1-1-2');
    expect(nodeAnchor('8.a')).toBe('8-a');
    expect(sections(papi.nodes[0]!).map((x) => x.anchor).slice(0, 3)).toEqual(['1-1', '1-1-1', '1-1-2']);
  });
  it.each(dimensionPages(trees).map((p) => [`${p.index}/${p.slug}`, p] as const))('%s: headings never skip a level and every descendant appears once', (_, p) => {
    const list = sections(p.node);
    const descendants = allNodes({ ...p.tree, nodes: p.node.children ?? [] });
    expect(list.map((x) => x.node.id)).toEqual(descendants.map((n) => n.id));
    let previous = 1;
    for (const x of list) {
      if (x.heading === null) continue;
      expect(x.heading).toBeLessThanOrEqual(previous + 1);
      previous = x.heading;
    }
    expect(new Set(list.map((x) => x.anchor)).size).toBe(list.length);
  });
  it('not-found placeholders are paragraphs, not headings', () => {
    const par = byId('par-index-qd-1149');
    const missing = par.nodes.flatMap((d) => sections(d)).filter((x) => !x.node.found);
    expect(missing.length).toBeGreaterThan(0);
    for (const x of missing) expect(x.heading).toBeNull();
  });
});

describe('changes with the years', () => {
  it('PAPI: 8.3 added in 2019, 5.2 dropped from 2021', () => {
    const c = changes(byId('papi-2018'));
    expect(c.map((x) => ({ year: x.year, added: x.added.map((n) => n.id), dropped: x.dropped.map((n) => n.id) }))).toEqual([
      { year: 2019, added: ['8.3'], dropped: [] },
      { year: 2021, added: [], dropped: ['5.2'] },
    ]);
  });
  it('PAPI sub-dimensions by year: 28, 29, 29, 28, 28 …', () => {
    const c = countsByYear(byId('papi-2018'), 'sub-dimension');
    expect(c.slice(0, 5)).toEqual([
      { year: 2018, count: 28 },
      { year: 2019, count: 29 },
      { year: 2020, count: 29 },
      { year: 2021, count: 28 },
      { year: 2022, count: 28 },
    ]);
  });
  it('formats years as runs', () => {
    const since = (y: number) => `since ${y}`;
    expect(formatYears([2018, 2019, 2020], null, since)).toBe('2018–2020');
    expect(formatYears([2019, 2020, 2021], 2021, since)).toBe('since 2019');
    expect(formatYears([2018, 2019, 2022, 2023], null, since)).toBe('2018, 2019, 2022, 2023');
  });
});

describe('print selection', () => {
  it('short PAPI: the current framework only; full: the old one too', () => {
    expect(printTrees(trees, 'papi', false, 2024).map((t) => t.id)).toEqual(['papi-2018']);
    expect(printTrees(trees, 'papi', true).map((t) => t.id)).toContain('papi-2011-2017');
  });
  it('short PAR INDEX and SIPAS: the current method and the one behind Hà Nam’s 2021 result', () => {
    expect(printTrees(trees, 'par-index', false, 2021).map((t) => t.id)).toEqual(['par-index-qd-876', 'par-index-qd-1149']);
    expect(printTrees(trees, 'sipas', false, 2021).map((t) => t.id)).toEqual(['sipas-current', 'sipas-2017-2021']);
  });
});

describe('results of PAR INDEX domains', () => {
  const file = path.join(REPO_ROOT, 'content/data/indices.json');
  const indices = (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).map((x) => indexSchema.parse(x));
  const par = indices.find((i) => i.id === 'par-index')!;
  const measures = par.periods.find((p) => p.from <= 2021 && (p.to === null || p.to >= 2021))!.measures;
  it('every QĐ 1149 domain (and both parts of domain 8) matches exactly one measure by name', () => {
    const tree = byId('par-index-qd-1149');
    const targets = allNodes(tree).filter((n) => (n.level === 'domain' && n.id !== '8') || n.level === 'domain-part');
    const matched = targets.map((n) => matchMeasure(n.name_vi!, measures));
    expect(matched.every((m) => m !== undefined)).toBe(true);
    expect(new Set(matched).size).toBe(targets.length);
  });
  it('matches by words, ignoring accents, "và" and bracketed notes', () => {
    const ms = [{ id: 'a', name_vi: 'Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức' }, { id: 'b', name_vi: 'Cải cách tài chính công' }];
    expect(matchMeasure('Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', ms)).toBe('a');
    expect(matchMeasure('Cải cách thể chế', ms)).toBeUndefined();
  });
});

describe('scaleText', () => {
  it('writes a printed scale in the locale’s numbers and words', () => {
    expect(scaleText('0.25-2.5 điểm/points', 'vi')).toBe('0,25–2,5 điểm');
    expect(scaleText('0.33-3.33 điểm/points', 'en')).toBe('0.33–3.33 points');
    expect(scaleText('0-150,000VND', 'vi')).toBe('0–150.000 VND');
    expect(scaleText('0%-100%', 'vi')).toBe('0%–100%');
  });
});

describe('latestCount', () => {
  it('counts the current PAPI set in its latest year, from the data', () => {
    const tree = trees.find((t) => t.id === 'papi-2018')!;
    const all = tree.counts.find((c) => c.what === 'sub-dimensions')!.value;
    const latest = latestCount(tree, 'sub-dimensions', all);
    expect(latest).toBe(countAt(tree, 'sub-dimension', lastYear(tree)));
    expect(latest).toBeLessThan(all!);
    expect(latestCount(trees.find((t) => t.years.to !== null)!, 'dimensions', 6)).toBeUndefined();
  });
});

describe('standingAgainstNation: the generated sentence on a PAPI criteria page', () => {
  const stats = { mean: 5, min: 3, max: 7 };
  it('says above, below or equal at the precision shown', () => {
    expect(standingAgainstNation(5.2, stats).side).toBe('above');
    expect(standingAgainstNation(4.8, stats).side).toBe('below');
    expect(standingAgainstNation(5.001, stats).side).toBe('equal');
  });
  it('says near the top or the bottom only in the outer quarters of the range', () => {
    expect(standingAgainstNation(6.6, stats).near).toBe('top');
    expect(standingAgainstNation(3.2, stats).near).toBe('bottom');
    expect(standingAgainstNation(5.5, stats).near).toBeNull();
  });
});

describe('every PAPI dimension and sub-dimension says what it measures', () => {
  const ds = loadDataset();
  const tree = pageTrees(ds.criteria, 'papi')[0]!;
  const ids = allNodes(tree).filter((n) => n.found && (n.level === 'dimension' || n.level === 'sub-dimension')).map((n) => n.id);
  it.each(['vi', 'en'] as const)('in %s, in one sentence', (locale) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const sentence = papiMeasures[locale][id];
      expect(sentence, id).toBeTruthy();
      expect(sentence!.trim().split(/[.!?](?:\s|$)/).filter(Boolean), id).toHaveLength(1);
    }
  });
});
