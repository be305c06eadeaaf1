/**
 * A content loader for articles: `content/articles/<locale>/<name>.mdx`. It parses each file when content loads, so
 * any problem in it (frontmatter, MDX, a component or prop articles cannot use, a schema field) fails the build at
 * once with the file and line: nothing is skipped. It stores the frontmatter only, not the HTML: Astro bundles its
 * whole content cache into the build as one JavaScript string, and at 5,000 articles their HTML made that string
 * 60 MB, with several copies alive while it was bundled and loaded. The article page renders the file itself
 * (src/lib/prose/page.ts), which takes about a millisecond.
 *
 * Entry ids are "<locale>/<name>", the file's place, so two articles can never replace each other.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerenderMdx } from './prerender.ts';

/** The renderer's source: cached entries are checked again when it changes, not only when the article does. */
const rendererSource = () => readFileSync(fileURLToPath(new URL('./prerender.ts', import.meta.url)), 'utf8');

export interface MdxArticleOptions {
  /** Folder under the project root, e.g. "./content/articles". */
  base: string;
  /** Subfolders to read, one per locale. */
  folders: readonly string[];
}

export function mdxArticleLoader(options: MdxArticleOptions): Loader {
  return {
    name: 'mdx-articles',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const base = path.resolve(root, options.base);
      const renderer = rendererSource();
      const sync = async () => {
        const seen = new Set<string>();
        for (const folder of options.folders) {
          const dir = path.join(base, folder);
          if (!existsSync(dir)) continue;
          for (const name of readdirSync(dir).sort()) {
            if (!name.endsWith('.mdx')) continue;
            const id = `${folder}/${name.slice(0, -'.mdx'.length)}`;
            seen.add(id);
            await loadFile(context, root, renderer, path.join(dir, name), id);
          }
        }
        for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      };
      await sync();
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(base + path.sep) && changed.endsWith('.mdx')) {
          sync().catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        }
      });
    },
  };
}

async function loadFile(context: LoaderContext, root: string, renderer: string, file: string, id: string): Promise<void> {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const source = readFileSync(file, 'utf8');
  const digest = context.generateDigest(`${renderer}\n${source}`);
  if (context.store.get(id)?.digest === digest) return;
  const { frontmatter } = prerenderMdx(source, relative);
  // The folder is the locale: a file in vi/ that says "locale: en" would be listed in the wrong language.
  const folder = id.split('/')[0];
  if (frontmatter['locale'] !== undefined && frontmatter['locale'] !== folder) {
    throw new Error(`${relative}: field locale: "${String(frontmatter['locale'])}", but the file is in ${folder}/`);
  }
  const data = await context.parseData({ id, data: frontmatter, filePath: relative });
  context.store.set({ id, data, filePath: relative, digest });
}
