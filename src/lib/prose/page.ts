/** An article's prose, rendered from its file, checked and split for src/components/PrerenderedProse.astro. */
import type { CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../i18n/index.ts';
import { loadDataset } from '../dataset.ts';
import { proseNodes, type ProseNode } from './components.ts';
import { prerenderMdx } from './prerender.ts';
import { referenceProblem } from './references.ts';

const glossaryIds = new Map<Locale, Promise<Set<string>>>();
function glossaryOf(locale: Locale): Promise<Set<string>> {
  let ids = glossaryIds.get(locale);
  if (!ids) {
    ids = Promise.resolve(new Set(loadDataset().glossary[locale].keys()));
    glossaryIds.set(locale, ids);
  }
  return ids;
}

export async function articleProse(entry: CollectionEntry<'articles'>): Promise<ProseNode[]> {
  const file = entry.filePath;
  if (!file) throw new Error(`article ${entry.id}: its entry names no file`);
  // The loader checked this file when content loaded; the build runs from the project root, as file paths are.
  const { html, components: uses } = prerenderMdx(readFileSync(path.resolve(file), 'utf8'), file);
  const [ds, glossary] = await Promise.all([loadDataset(), glossaryOf(entry.data.locale)]);
  const problems = uses.flatMap((use) => {
    const problem = referenceProblem(ds, glossary, use);
    return problem ? [`${use.at}: ${problem}`] : [];
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return proseNodes(html, uses, file);
}
