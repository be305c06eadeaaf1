/**
 * Static hosts answer a missing English page with en/404.html (the nearest 404.html); Astro writes the English
 * 404 page as en/404/index.html. Copy it where hosts look, once the build is done.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export default function locale404(): AstroIntegration {
  return {
    name: 'site-locale-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const from = path.join(root, 'en', '404', 'index.html');
        if (!existsSync(from)) throw new Error('The English 404 page (en/404/index.html) was not built');
        copyFileSync(from, path.join(root, 'en', '404.html'));
      },
    },
  };
}
