/**
 * A content loader for articles: `content/articles/<locale>/<name>.mdx`, each rendered to HTML once when content is
 * loaded (src/lib/prose/prerender.ts says why), and kept in Astro's content cache until the file changes.
 *
 * Entry ids are "<locale>/<name>", the file's place, so two articles can never replace each other. Any problem in
 * a file (frontmatter, MDX, a component or prop articles cannot use, a schema field) fails the load with the file
 * and line: nothing is skipped.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerenderMdx } from './prerender.ts';

/** The renderer's source: cached entries are rendered again when it changes, not only when the article does. */
const rendererSource = () => readFileSync(fileURLToPath(new URL('./prerender.ts', import.meta.url)), 'utf8');

export interface PrerenderedMdxOptions {
  /** Folder under the project root, e.g. "./content/articles". */
  base: string;
  /** Subfolders to read, one per locale. */
  folders: readonly string[];
}

export function prerenderedMdxLoader(options: PrerenderedMdxOptions): Loader {
  return {
    name: 'prerendered-mdx',
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
  const existing = context.store.get(id);
  if (existing?.digest === digest && existing.rendered) return;
  const { frontmatter, html, components, headings } = prerenderMdx(source, relative);
  // The folder is the locale: a file in vi/ that says "locale: en" would be listed in the wrong language.
  const folder = id.split('/')[0];
  if (frontmatter['locale'] !== undefined && frontmatter['locale'] !== folder) {
    throw new Error(`${relative}: field locale: "${String(frontmatter['locale'])}", but the file is in ${folder}/`);
  }
  const data = await context.parseData({ id, data: frontmatter, filePath: relative });
  context.store.set({
    id,
    data,
    filePath: relative,
    digest,
    rendered: { html, metadata: { headings, frontmatter, components } },
  });
}
