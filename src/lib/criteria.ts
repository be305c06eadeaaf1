/**
 * Data access for the criteria pages: the criteria trees and legal documents (content collections `criteria` and
 * `legalDocs`, declared in src/data/collections.ts), and which Hà Nam result belongs to a node.
 */
import { getCollection } from 'astro:content';
import type { CriteriaNode, CriteriaTree, IndexDef, LegalDoc } from '../data/schemas.ts';
import { dimensionPages, matchMeasure, type DimensionPage } from './criteria-view.ts';
import type { Dataset } from './dataset.ts';
import { resultKey } from './results.ts';

export async function criteriaTrees(): Promise<CriteriaTree[]> {
  return (await getCollection('criteria')).map((e) => e.data as CriteriaTree).sort((a, b) => a.id.localeCompare(b.id));
}

export async function legalDocs(): Promise<LegalDoc[]> {
  return (await getCollection('legalDocs')).map((e) => e.data as LegalDoc);
}

export async function legalDocMap(): Promise<Map<string, LegalDoc>> {
  return new Map((await legalDocs()).map((d) => [d.id, d]));
}

/** getStaticPaths of the dimension pages (both locales use the same slugs). */
export async function dimensionPaths(): Promise<{ params: { index: string; dimension: string }; props: { page: DimensionPage } }[]> {
  return dimensionPages(await criteriaTrees()).map((page) => ({ params: { index: page.index, dimension: page.slug }, props: { page } }));
}

/** getStaticPaths of the print pages: one per index that has a criteria tree. */
export async function printPaths(): Promise<{ params: { index: string } }[]> {
  const trees = await criteriaTrees();
  return (['papi', 'par-index', 'sipas'] as const).filter((i) => trees.some((t) => t.index === i)).map((index) => ({ params: { index } }));
}

export const HA_NAM = 'ha-nam';

/**
 * The measure id of a node in the index's results: PAPI measures share the tree's ids ("1", "1.1"); PAR INDEX
 * domain measures are slugs in indices.json, matched by Vietnamese name within the periods the tree covers.
 */
export function measureIdFor(tree: CriteriaTree, node: CriteriaNode, index: IndexDef | undefined): string | undefined {
  if (tree.index === 'papi') return node.level === 'dimension' || node.level === 'sub-dimension' ? node.id : undefined;
  if (!index || !node.name_vi) return undefined;
  const periods = index.periods.filter((p) => p.criteria_trees.includes(tree.id) || (p.from <= (tree.years.to ?? 9999) && (p.to ?? 9999) >= tree.years.from));
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
