/**
 * The contract for content/: every collection and its schema.
 * Data collections (content/data) are declared in src/data/collections.ts and spread in here.
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { dataCollections } from './data/collections.ts';

const locale = z.enum(['vi', 'en']);
const sourceIds = z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]);

/** Prose about one index, or the three side by side. One file per locale: content/explainers/<locale>/<slug>.mdx */
const explainers = defineCollection({
  loader: glob({ base: './content/explainers', pattern: '{vi,en}/*.mdx' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
    locale,
    /** Which index page this explains; "compare" for the comparison page. */
    topic: z.enum(['papi', 'par-index', 'sipas', 'compare']),
    /** Source ids from content/data/sources.json cited by this page. */
    sources: sourceIds,
    updated: z.coerce.date(),
  }),
});

/**
 * News and stories. content/articles/<locale>/<name>.mdx; the twin in the other locale shares translation_key.
 * What an article may contain is checked as it compiles (src/integrations/article-allowlist.ts).
 */
const articles = defineCollection({
  loader: glob({
    base: './content/articles',
    pattern: '{vi,en}/*.mdx',
    // "<locale>/<name>", not the frontmatter slug (glob's default), so twins sharing a slug stay two entries.
    generateId: ({ entry, data }) => {
      const id = entry.replace(/\.mdx$/, '');
      // The folder is the locale: a file in vi/ that says "locale: en" would be listed in the wrong language.
      if (data['locale'] !== id.split('/')[0]) throw new Error(`content/articles/${entry}: field locale: "${String(data['locale'])}", but the file is in ${id.split('/')[0]}/`);
      return id;
    },
  }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
    locale,
    slug: z.string().regex(/^[a-z0-9-]+$/),
    translation_key: z.string().min(1),
    published: z.coerce.date(),
    updated: z.coerce.date().optional(),
    sources: sourceIds,
    /** A registered chart whose image previews the article when shared. */
    chart: z.string().regex(/^[a-z0-9-]+$/).default('papi-ha-nam-tong-diem'),
  }),
});

/** Glossary terms: content/glossary/<locale>.json, an array of terms. */
const glossaryTerm = z.strictObject({
  /** Stable anchor, the same in both locales, e.g. "cchc". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  /** The full form of an abbreviation. */
  expansion: z.string().optional(),
  definition: z.string().min(1),
  sources: sourceIds,
  see_also: z.array(z.string()).default([]),
});
const glossaryVi = defineCollection({ loader: file('content/glossary/vi.json'), schema: glossaryTerm });
const glossaryEn = defineCollection({ loader: file('content/glossary/en.json'), schema: glossaryTerm });

/** Fixed pages whose prose is edited as MDX: content/pages/<locale>/<name>.mdx (home, about). */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '{vi,en}/*.mdx' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
    locale,
  }),
});

/** Named releases of the dataset: content/editions.json, newest last. A published edition never changes. */
const editions = defineCollection({
  loader: file('content/editions.json'),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: z.iso.date(),
    title_vi: z.string().min(1),
    title_en: z.string().min(1),
    changes_vi: z.array(z.string().min(1)).min(1),
    changes_en: z.array(z.string().min(1)).min(1),
  }),
});

export const collections = { pages, explainers, articles, glossaryVi, glossaryEn, editions, ...dataCollections };
