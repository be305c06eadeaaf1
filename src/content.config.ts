/**
 * The prose collections of content/ and their schemas. Data (content/data, editions, glossary) is not a
 * collection: it is read and validated by src/lib/dataset.ts, which pages and scripts share.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadDataset } from './lib/dataset.ts';
import { mdxArticleLoader } from './lib/prose/loader.ts';

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
 * Rendered to HTML when loaded, not compiled per file: the collection that grows (src/lib/prose/prerender.ts).
 */
const articles = defineCollection({
  loader: mdxArticleLoader({ base: './content/articles', folders: ['vi', 'en'] }),
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
