// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { articleAllowlist } from './src/integrations/article-allowlist.ts';
import siteUrls, { astroRedirects } from './src/integrations/site-urls.ts';
import ogCards from './src/integrations/og-cards.ts';
import { inSitemap } from './src/lib/routes.ts';
import { siteOrigin, basePath, correctionsChannel, siteOwner } from './src/lib/deploy-env.ts';

const base = basePath(process.env.BASE_PATH);
// Fails a production build without exactly one corrections address (CORRECTIONS_EMAIL or CORRECTIONS_URL).
correctionsChannel(process.env);
siteOwner(process.env);

export default defineConfig({
  site: siteOrigin(process.env.SITE_URL),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  redirects: astroRedirects(base),
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    // Astro's own MDX processor (satteri), with the rules for articles as an mdast plugin.
    mdx({ processor: satteri({ mdastPlugins: [articleAllowlist] }) }),
    sitemap({ filter: (page) => inSitemap(new URL(page).pathname.slice(base.length - 1)) }),
    siteUrls(),
    ogCards(),
    pagefind(),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX files each trigger a harmless "use client"-style directive warning.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
