/**
 * Criteria pages: their paths (from the dataset's criteria trees) and which Hà Nam result belongs to a node.
 */
import { INDEX_IDS, type CriteriaNode, type CriteriaTree, type IndexDef } from '../data/schemas.ts';
import { periodsBetween } from '../data/validate.ts';
import { dimensionPages, matchMeasure, type DimensionPage } from './criteria-view.ts';
import { loadDataset, type Dataset } from './dataset.ts';
import { resultKey } from './results.ts';

/** getStaticPaths of the dimension pages (both locales use the same slugs). */
export function dimensionPaths(): { params: { index: string; dimension: string }; props: { page: DimensionPage } }[] {
  return dimensionPages(loadDataset().criteria).map((page) => ({ params: { index: page.index, dimension: page.slug }, props: { page } }));
}

/** getStaticPaths of the print pages: one per index that has a criteria tree. */
export function printPaths(): { params: { index: string } }[] {
  const trees = loadDataset().criteria;
  return INDEX_IDS.filter((i) => trees.some((t) => t.index === i)).map((index) => ({ params: { index } }));
}

export const HA_NAM = 'ha-nam';

/**
 * The measure id of a node in the index's results: PAPI measures share the tree's ids ("1", "1.1"); PAR INDEX
 * domain measures are slugs in indices.json, matched by Vietnamese name within the periods the tree covers.
 */
export function measureIdFor(tree: CriteriaTree, node: CriteriaNode, index: IndexDef | undefined): string | undefined {
  if (tree.index === 'papi') return node.level === 'dimension' || node.level === 'sub-dimension' ? node.id : undefined;
  if (!index || !node.name_vi) return undefined;
  const overlapping = new Set(periodsBetween(index, tree.years.from, tree.years.to));
  const periods = index.periods.filter((p) => p.criteria_trees.includes(tree.id) || overlapping.has(p));
  const measures = periods.flatMap((p) => p.measures).filter((m) => m.kind !== 'total');
  return matchMeasure(node.name_vi, measures);
}

/** Key of Hà Nam's latest result for a node, within the years the node applies; undefined where there is none. */
export function haNamKey(ds: Dataset, tree: CriteriaTree, node: CriteriaNode): { key: string; year: number } | undefined {
  const measure = measureIdFor(tree, node, ds.indices.get(tree.index));
  if (!measure) return undefined;
  const years = [...(node.years ?? [])].sort((a, b) => b - a);
  for (const year of years) {
    const key = resultKey(tree.index, year, HA_NAM, measure);
    const r = ds.results.get(key);
    if (r && r.claims.some((c) => c.value !== undefined)) return { key, year };
  }
  return undefined;
}
