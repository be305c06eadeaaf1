/**
 * The prose collections of content/ and their schemas. Data (content/data, editions, glossary) is not a
 * collection: it is read and validated by src/lib/dataset.ts, which pages and scripts share.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadDataset } from './lib/dataset.ts';

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
    chart: z
      .string()
      .refine((id) => loadDataset().charts.has(id), { error: (issue) => `no chart "${String(issue.input)}" in content/data/charts.json` })
      .default('papi-ha-nam-tong-diem'),
  }),
});

/** Fixed pages whose prose is edited as MDX: content/pages/<locale>/<name>.mdx (home, about). */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '{vi,en}/*.mdx' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
    locale,
  }),
});

export const collections = { pages, explainers, articles };
