/** Typed access to the prose collections, by locale. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';

/** A fixed page's MDX, e.g. pageEntry('vi', 'about') → content/pages/vi/about.mdx. */
export async function pageEntry(locale: Locale, name: string): Promise<CollectionEntry<'pages'>> {
  const all = await getCollection('pages', (e) => e.id === `${locale}/${name}`);
  const entry = all[0];
  if (!entry) throw new Error(`content/pages/${locale}/${name}.mdx is missing`);
  if (entry.data.locale !== locale) throw new Error(`content/pages/${locale}/${name}.mdx: frontmatter locale is "${entry.data.locale}"`);
  return entry;
}

export async function explainers(locale: Locale): Promise<CollectionEntry<'explainers'>[]> {
  return getCollection('explainers', (e) => e.data.locale === locale);
}

export async function articles(locale: Locale): Promise<CollectionEntry<'articles'>[]> {
  // The locale field is the folder's (src/content.config.ts checks it).
  const all = await getCollection('articles', (e) => e.data.locale === locale);
  return all.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}
