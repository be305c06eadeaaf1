/**
 * Publishes the link-preview cards: pages draw their card into the cache while Astro renders them
 * (src/lib/og-card-cache.ts); when the build is done, every card a built page names in og:image is copied
 * into dist/. Reading the pages, rather than a list kept in memory, works however Astro splits its work,
 * and a page naming a card that was never drawn fails the build.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedCardFile } from '../lib/og-card-cache.ts';
import { filePaths } from '../lib/routes.ts';

const OG_IMAGE = /<meta property="og:image" content="([^"]+)"/;

function* htmlFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* htmlFiles(p);
    else if (e.name.endsWith('.html')) yield p;
  }
}

/** The keys of the cards the built pages name. */
export function cardKeysIn(dir: string): Map<string, string> {
  const [before, after] = filePaths.ogCard('KEY').split('KEY') as [string, string];
  const keys = new Map<string, string>();
  for (const file of htmlFiles(dir)) {
    const url = OG_IMAGE.exec(readFileSync(file, 'utf8'))?.[1];
    if (!url) continue;
    const { pathname } = new URL(url);
    const at = pathname.lastIndexOf(before);
    if (at < 0 || !pathname.endsWith(after)) continue;
    keys.set(pathname.slice(at + before.length, pathname.length - after.length), path.relative(dir, file));
  }
  return keys;
}

export default function ogCards(): AstroIntegration {
  return {
    name: 'og-cards',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const keys = cardKeysIn(root);
        for (const [key, page] of keys) {
          const from = cachedCardFile(key);
          if (!existsSync(from)) throw new Error(`og-cards: ${page} names card ${key}, which was not drawn (${from})`);
          const to = path.join(root, filePaths.ogCard(key));
          mkdirSync(path.dirname(to), { recursive: true });
          copyFileSync(from, to);
        }
        logger.info(`${keys.size} link-preview cards copied`);
      },
    },
  };
}
