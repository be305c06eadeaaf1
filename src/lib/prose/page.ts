/** An article's prerendered prose, checked and split for src/components/PrerenderedProse.astro. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { loadDataset } from '../dataset.ts';
import { componentsOf, proseNodes, type ProseNode } from './components.ts';
import { referenceProblem } from './references.ts';

const glossaryIds = new Map<Locale, Promise<Set<string>>>();
function glossaryOf(locale: Locale): Promise<Set<string>> {
  let ids = glossaryIds.get(locale);
  if (!ids) {
    ids = getCollection(locale === 'vi' ? 'glossaryVi' : 'glossaryEn').then((terms) => new Set(terms.map((t) => t.id)));
    glossaryIds.set(locale, ids);
  }
  return ids;
}

export async function articleProse(entry: CollectionEntry<'articles'>): Promise<ProseNode[]> {
  const file = entry.filePath ?? `content/articles/${entry.id}.mdx`;
  if (!entry.rendered) throw new Error(`${file}: the article was not rendered (its entry in Astro's content cache has no HTML)`);
  const uses = componentsOf(entry.rendered);
  const [ds, glossary] = await Promise.all([loadDataset(), glossaryOf(entry.data.locale)]);
  const problems = uses.flatMap((use) => {
    const problem = referenceProblem(ds, glossary, use);
    return problem ? [`${use.at}: ${problem}`] : [];
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return proseNodes(entry.rendered.html, uses, file);
}
