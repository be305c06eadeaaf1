import { getCollection, type CollectionEntry } from 'astro:content';

export type Edition = CollectionEntry<'editions'>['data'];

/** All data editions, oldest first. */
export async function allEditions(): Promise<Edition[]> {
  const entries = await getCollection('editions');
  return entries.map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date));
}

/** The edition the site currently shows. */
export async function currentEdition(): Promise<Edition> {
  const all = await allEditions();
  const last = all.at(-1);
  if (!last) throw new Error('content/editions.json: at least one data edition is required');
  return last;
}
