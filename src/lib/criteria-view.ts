/**
 * Criteria trees → what the criteria pages show. Pure functions (no Astro, no file access), so unit tests check
 * the pages' structure against the data: which trees get pages, the page slug of each top-level node, the
 * heading list of a page (h2–h4 with stable ASCII ids), counts per year and the changes between years.
 */
import type { CriteriaNode, CriteriaTree, IndexId } from '../data/schemas.ts';
import type { Locale } from '../i18n/index.ts';
import { formatNumber } from './charts/number-format.ts';

/** A count or a number of points as the locale writes it, with the decimals the data has: 33,5 (vi), 33.5 (en). */
export function formatAmount(value: number, locale: Locale): string {
  return formatNumber(value, (String(value).split('.')[1] ?? '').length, locale);
}

/**
 * A scale as the workbook prints it ("0.25-2.5 điểm/points", "0-150,000VND"), in the locale's numbers and words:
 * "0,25–2,5 điểm" and "0–150.000 VND" (vi), "0.25–2.5 points" and "0–150,000 VND" (en).
 */
export function scaleText(raw: string, locale: Locale): string {
  return raw
    .replace(/\d+(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/g, (n) => formatAmount(Number(n.replace(/,/g, '')), locale))
    .replace(/(\d%?)\s*-\s*(\d)/g, '$1–$2')
    .replace(/(\d)(VND)\b/g, '$1 $2')
    .replace(/(?<=\s)điểm(?:\/points)?$/, locale === 'vi' ? 'điểm' : 'points');
}

export type Level = CriteriaNode['level'];

/** "1.1.2" → "1-1-2", "8.a" → "8-a": an id usable as an HTML id and URL fragment (ASCII, no dots). */
export function nodeAnchor(id: string): string {
  const a = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!a) throw new Error(`criteria: node id "${id}" gives no usable anchor`);
  return a;
}

/** Short name of the method behind a tree, from its first legal document: "qd-1149-qd-bnv-2020" → "qd-1149". */
export function methodPrefix(tree: CriteriaTree): string | null {
  const doc = tree.method_docs[0];
  const m = doc ? /^([a-z]+-[0-9a-z]+)/.exec(doc) : null;
  return m?.[1] ?? null;
}

/**
 * A current set counts its items in its latest year (28 sub-dimensions since 2022), not every item it ever had:
 * the count of `what` ("sub-dimensions") at the tree's last year, where it differs from `all`; else undefined.
 */
export function latestCount(tree: CriteriaTree, what: string, all: number | null): number | undefined {
  if (tree.years.to !== null) return undefined;
  const n = countAt(tree, what.replace(/s$/, '') as Level, lastYear(tree));
  return n > 0 && n !== all ? n : undefined;
}

/** The last year a tree describes: its end, or for a current tree the last year any node lists. */
export function lastYear(tree: CriteriaTree): number {
  if (tree.years.to !== null) return tree.years.to;
  let max = tree.years.from;
  walk(tree.nodes, (n) => {
    for (const y of n.years ?? []) if (y > max) max = y;
  });
  return max;
}

export function walk(nodes: CriteriaNode[], visit: (n: CriteriaNode, depth: number, parent: CriteriaNode | null) => void, depth = 0, parent: CriteriaNode | null = null): void {
  for (const n of nodes) {
    visit(n, depth, parent);
    if (n.children) walk(n.children, visit, depth + 1, n);
  }
}

/** Every node of a tree, depth first. */
export function allNodes(tree: CriteriaTree): CriteriaNode[] {
  const out: CriteriaNode[] = [];
  walk(tree.nodes, (n) => out.push(n));
  return out;
}

/** Nodes of a level, optionally only those that apply in a year (nodes without years count in every year). */
export function nodesAt(tree: CriteriaTree, level: Level, year?: number): CriteriaNode[] {
  return allNodes(tree).filter((n) => n.level === level && n.found && (year === undefined || !n.years || n.years.includes(year)));
}

export function countAt(tree: CriteriaTree, level: Level, year?: number): number {
  return nodesAt(tree, level, year).length;
}

/** A tree is "current" when it runs to today (to = null) or to a year not yet past its start. */
export function isCurrent(tree: CriteriaTree, all: CriteriaTree[]): boolean {
  const same = all.filter((t) => t.index === tree.index && t.level === tree.level);
  const newest = [...same].sort((a, b) => b.years.from - a.years.from)[0];
  return newest?.id === tree.id;
}

/** Trees of an index, newest method first. */
export function treesOf(all: CriteriaTree[], index: IndexId): CriteriaTree[] {
  return all.filter((t) => t.index === index && t.level === 'provincial').sort((a, b) => b.years.from - a.years.from || a.id.localeCompare(b.id));
}

/**
 * Trees that get one page per top-level node: the current PAPI framework; for PAR INDEX and SIPAS every
 * provincial tree whose top level was found and which has its own legal document (a method prefix).
 * The PAPI 2011–2017 tree (dimension level only) is shown on the PAPI pages' history, not as pages.
 */
export function pageTrees(all: CriteriaTree[], index: IndexId): CriteriaTree[] {
  return treesOf(all, index).filter((t) => {
    if (!t.found || t.nodes.length === 0) return false;
    if (index === 'papi') return isCurrent(t, all);
    return methodPrefix(t) !== null;
  });
}

/** The page slug of a top-level node: "1" for PAPI; "<method>-<node>" elsewhere, e.g. "qd-1149-3". */
export function dimensionSlug(tree: CriteriaTree, node: CriteriaNode): string {
  if (tree.index === 'papi') return nodeAnchor(node.id);
  const prefix = methodPrefix(tree);
  if (!prefix) throw new Error(`criteria: tree ${tree.id} has no method document, so its nodes get no page`);
  return `${prefix}-${nodeAnchor(node.id)}`;
}

export interface DimensionPage {
  index: IndexId;
  slug: string;
  tree: CriteriaTree;
  node: CriteriaNode;
  /** Position among the tree's top-level nodes, for previous/next links. */
  position: number;
}

export function dimensionPages(all: CriteriaTree[], indices: readonly IndexId[] = ['papi', 'par-index', 'sipas']): DimensionPage[] {
  const pages: DimensionPage[] = [];
  for (const index of indices) {
    for (const tree of pageTrees(all, index)) {
      tree.nodes.forEach((node, position) => pages.push({ index, slug: dimensionSlug(tree, node), tree, node, position }));
    }
  }
  const seen = new Set<string>();
  for (const p of pages) {
    const key = `${p.index}/${p.slug}`;
    if (seen.has(key)) throw new Error(`criteria: two pages would share the path ${key}`);
    seen.add(key);
  }
  return pages;
}

export interface Section {
  node: CriteriaNode;
  /** HTML id of the section (also its URL fragment). */
  anchor: string;
  /** Heading level, 2–4; null for a "not found" placeholder, which is a paragraph, not a heading. */
  heading: 2 | 3 | 4 | null;
  depth: number;
  /** The node's parent (the page's node for the first level). */
  parent: CriteriaNode;
}

/**
 * The sections of a dimension page, in document order: each descendant of the page's node becomes an h2, h3
 * or h4 (deeper levels stay h4), so headings never skip a level. Placeholders for items not found carry an
 * anchor but no heading.
 */
export function sections(node: CriteriaNode): Section[] {
  const out: Section[] = [];
  walk(node.children ?? [], (n, depth, parent) => {
    out.push({ node: n, anchor: nodeAnchor(n.id), heading: n.found && n.name_vi !== null ? (Math.min(2 + depth, 4) as 2 | 3 | 4) : null, depth, parent: parent ?? node });
  });
  return out;
}

/** Every anchor a tree's pages use: the top-level slugs' nodes and all their sections. Unique within a tree. */
export function treeAnchors(tree: CriteriaTree): string[] {
  return allNodes(tree).map((n) => nodeAnchor(n.id));
}

export interface Change {
  year: number;
  added: CriteriaNode[];
  dropped: CriteriaNode[];
}

/**
 * What changed within a tree, by year, from the nodes' years: a node whose first year comes after the tree's
 * start was added that year; one whose last year comes before the tree's last year was dropped the year after.
 * Only levels listed are considered (indicator years list observed sheets, not every year, so they are left out
 * by default).
 */
export function changes(tree: CriteriaTree, levels: readonly Level[] = ['dimension', 'sub-dimension', 'domain', 'domain-part', 'criterion', 'element', 'aspect']): Change[] {
  const end = lastYear(tree);
  const byYear = new Map<number, Change>();
  const at = (y: number): Change => {
    let c = byYear.get(y);
    if (!c) byYear.set(y, (c = { year: y, added: [], dropped: [] }));
    return c;
  };
  walk(tree.nodes, (n) => {
    if (!levels.includes(n.level) || !n.found || !n.years?.length) return;
    const first = Math.min(...n.years);
    const last = Math.max(...n.years);
    if (first > tree.years.from) at(first).added.push(n);
    if (last < end) at(last + 1).dropped.push(n);
  });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Count of a level in each year of a tree, e.g. sub-dimensions 2018: 28, 2019: 29 … */
export function countsByYear(tree: CriteriaTree, level: Level): { year: number; count: number }[] {
  const out: { year: number; count: number }[] = [];
  for (let y = tree.years.from; y <= lastYear(tree); y++) out.push({ year: y, count: countAt(tree, level, y) });
  return out;
}

/** Consecutive runs of years: [2018, 2019, 2020, 2022] → [[2018, 2020], [2022, 2022]]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}

/** "2018–2020", "2018, 2019, 2022, 2023" (runs of two stay separate years); "từ 2019" when running to the open end. */
export function formatYears(years: readonly number[], openEnd: number | null, since: (y: number) => string): string {
  const runs = yearRuns(years);
  return runs
    .map(([a, b]) => {
      if (openEnd !== null && b === openEnd && runs.length === 1) return since(a);
      if (a === b) return String(a);
      if (b === a + 1) return `${a}, ${b}`;
      return `${a}–${b}`;
    })
    .join(', ');
}

/* ------------------------------------------------------- against the nation */

export interface NationStanding {
  /** Hà Nam's value against the mean of the provinces that year, compared at the precision shown. */
  side: 'above' | 'below' | 'equal';
  /** In the top or bottom quarter of the range between the lowest and the highest province; null in between. */
  near: 'top' | 'bottom' | null;
}

/** Where a value sits against the national mean, minimum and maximum of the same year, for one generated sentence. */
export function standingAgainstNation(value: number, stats: { mean: number; min: number; max: number }, precision = 2): NationStanding {
  const round = (x: number) => Number(x.toFixed(precision));
  const [v, mean] = [round(value), round(stats.mean)];
  const side = v > mean ? 'above' : v < mean ? 'below' : 'equal';
  const span = stats.max - stats.min;
  const share = span > 0 ? (value - stats.min) / span : 0.5;
  return { side, near: share >= 0.75 ? 'top' : share <= 0.25 ? 'bottom' : null };
}

/* ---------------------------------------------------------------- measures */

function normaliseName(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'va');
}

/**
 * The id of the measure whose Vietnamese name matches a node's, for result keys whose measure ids are slugs
 * (PAR INDEX domains). Exact match of the normalised words first, then the best word overlap of at least 80 %.
 */
export function matchMeasure(name: string, measures: readonly { id: string; name_vi: string }[]): string | undefined {
  const words = normaliseName(name);
  const key = words.join(' ');
  const exact = measures.find((m) => normaliseName(m.name_vi).join(' ') === key);
  if (exact) return exact.id;
  let best: { id: string; score: number } | undefined;
  const a = new Set(words);
  for (const m of measures) {
    const b = new Set(normaliseName(m.name_vi));
    const inter = [...a].filter((w) => b.has(w)).length;
    const score = inter / Math.max(a.size, b.size);
    if (score >= 0.8 && (!best || score > best.score)) best = { id: m.id, score };
  }
  return best?.id;
}

/**
 * The trees a print version shows, current first. Short: the current tree, plus the tree of the latest year with
 * a Hà Nam result (PAR INDEX and SIPAS 2021 were scored under older methods). Full: every provincial tree.
 */
export function printTrees(all: CriteriaTree[], index: IndexId, full: boolean, latestResultYear?: number): CriteriaTree[] {
  const trees = treesOf(all, index);
  if (full) return trees;
  const current = trees[0];
  const covering =
    latestResultYear === undefined
      ? undefined
      : trees.find((t) => t.years.from <= latestResultYear && (t.years.to === null || latestResultYear <= t.years.to) && t.found && t.nodes.length > 0);
  return trees.filter((t) => t === current || t === covering);
}
