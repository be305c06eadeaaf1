/**
 * Writes what hosts need to know about the URLs of src/lib/routes.ts, with the base path in every path:
 * `_headers` and `_redirects` (Netlify / Cloudflare Pages syntax; scripts/serve.ts applies both), and the English
 * 404 page where hosts look for it (en/404.html; Astro writes en/404/index.html).
 * Every matching `_headers` rule applies, and two Content-Security-Policy values are two policies, both enforced:
 * a frame rule on /* would also lock the embeds. Hence /* carries only what every response needs, and each section
 * but the embeds gets its own frame rule.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LOCALES } from '../i18n/index.ts';
import { criteriaPdfRedirects, embedSections, notFoundFiles, redirects, routeExamples, routePath, sectionOf } from '../lib/routes.ts';
import { loadDataset } from '../lib/dataset.ts';

type Headers = Record<string, string>;

// frame-ancestors, object-src and base-uri are sent as headers because browsers ignore them in a <meta> policy.
const EVERY_RESPONSE: Headers = {
  'Content-Security-Policy': "object-src 'none'; base-uri 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()',
};
const ANY_SITE_MAY_FRAME: Headers = { 'Content-Security-Policy': 'frame-ancestors *' };
const NO_FRAMING: Headers = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

/** Home pages match exactly; any other section with everything under it. */
const pattern = (section: string) => (LOCALES.some((l) => routePath(l, { page: 'home' }) === section) ? section : `${section}*`);

/** The path rules, without the base: every response, the embeds, then every other section of every route kind. */
export function headerRules(): [path: string, headers: Headers][] {
  const sections = [...new Set(routeExamples().flatMap((route) => LOCALES.map((locale) => sectionOf(routePath(locale, route)))))];
  return [
    ['/*', EVERY_RESPONSE],
    ...embedSections().map((s) => [pattern(s), ANY_SITE_MAY_FRAME] as [string, Headers]),
    ...[...sections.filter((s) => !embedSections().includes(s)).map(pattern), ...notFoundFiles()].map((p) => [p, NO_FRAMING] as [string, Headers]),
  ];
}

const withBase = (base: string, p: string) => base.replace(/\/$/, '') + p;

export function headersFile(base: string): string {
  const rules = headerRules().map(([p, headers]) => [withBase(base, p), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `# Generated from src/lib/routes.ts by src/integrations/site-urls.ts: edit those, not this file.\n${rules.join('\n')}\n`;
}

/** Moved pages, then the criteria PDFs of earlier editions (a file has no HTML page to send readers on). */
export const redirectsFile = (base: string, editionIds: readonly string[] = []) =>
  [...redirects(), ...criteriaPdfRedirects(editionIds)].map(([from, to]) => `${withBase(base, from)} ${withBase(base, to)} 301\n`).join('');

/** Astro's `redirects`: the destination with the base, which Astro does not add. */
export const astroRedirects = (base: string) => Object.fromEntries([...redirects()].map(([from, to]) => [from, withBase(base, to)]));

export default function siteUrls(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, pages }) => {
        // A page outside every section of routes.ts would get no frame rule.
        const sections = new Set(headerRules().map(([p]) => p.replace(/\*$/, '')));
        const stray = pages.map((p) => `/${p.pathname}`).filter((p) => !sections.has(sectionOf(p)) && !sections.has(p));
        if (stray.length) throw new Error(`Pages outside every section of src/lib/routes.ts (no _headers frame rule): ${stray.join(', ')}`);
        const root = fileURLToPath(dir);
        for (const [i, locale] of LOCALES.entries()) {
          const folder = path.join(root, routePath(locale, { page: '404' }), 'index.html');
          if (existsSync(folder)) copyFileSync(folder, path.join(root, notFoundFiles()[i]!));
        }
        writeFileSync(path.join(root, '_headers'), headersFile(base));
        writeFileSync(path.join(root, '_redirects'), redirectsFile(base, loadDataset().editions.map((e) => e.id)));
      },
    },
  };
}
