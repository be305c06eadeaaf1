/**
 * The page types the bench measures, each found by URL pattern: the example URL when the build has it, else the
 * first matching page of the sitemap (embeds are not in the sitemap, so the built files are searched too).
 * A type with no page yet is reported as missing, never an error: the site is still being built.
 */
import { DistSite } from '../../tests/lib/dist-site.ts';
import { sitemapUrls } from '../../tests/lib/sitemap.ts';

export interface PageType {
  id: string;
  label: string;
  /** The URL the brief names, preferred when it exists. */
  example: string;
  pattern: RegExp;
  /** Embeds are noindex: Lighthouse's SEO score does not apply. */
  seoExempt?: boolean;
}

export const PAGE_TYPES: readonly PageType[] = [
  { id: 'home', label: 'Home', example: '/', pattern: /^\/$/ },
  { id: 'explainer', label: 'Explainer', example: '/chi-so/papi/', pattern: /^\/chi-so\/[a-z0-9-]+\/$/ },
  { id: 'criterion', label: 'Criterion', example: '/chi-so/papi/1/', pattern: /^\/chi-so\/[a-z0-9-]+\/(?!bo-tieu-chi\/)[a-z0-9.-]+\/$/ },
  { id: 'print-criteria', label: 'Print criteria', example: '/chi-so/papi/bo-tieu-chi/', pattern: /^\/chi-so\/[a-z0-9-]+\/bo-tieu-chi\/$/ },
  { id: 'ha-nam', label: 'Hà Nam profile', example: '/ha-nam/', pattern: /^\/ha-nam\/$/ },
  { id: 'province', label: 'Province profile', example: '/tinh/ninh-binh/', pattern: /^\/tinh\/[a-z0-9-]+\/$/ },
  { id: 'ranking', label: 'Ranking', example: '/xep-hang/papi/2023/', pattern: /^\/xep-hang\/[a-z0-9-]+\/\d{4}\/$/ },
  { id: 'compare', label: 'Compare', example: '/so-sanh/', pattern: /^\/so-sanh\/$/ },
  { id: 'chart', label: 'Chart permalink', example: '/bieu-do/', pattern: /^\/bieu-do\/[a-z0-9-]+\/$/ },
  { id: 'embed', label: 'Embed', example: '/nhung/', pattern: /^\/nhung\/[a-z0-9-]+\/$/, seoExempt: true },
  { id: 'search', label: 'Search', example: '/tim-kiem/', pattern: /^\/tim-kiem\/$/ },
  { id: 'article', label: 'Article', example: '/bai-viet/', pattern: /^\/bai-viet\/(?!\d+\/)[a-z0-9-]+\/$/ },
];

export interface FoundPage {
  type: PageType;
  /** Site path without the base, e.g. "/chi-so/papi/"; null when the build has no page of this type. */
  path: string | null;
  /** The built file, relative to the site root. */
  file: string | null;
}

/** Every page path of the build: the sitemap's, then any built HTML page it leaves out (embeds). */
export function sitePaths(site: DistSite): string[] {
  let fromSitemap: string[] = [];
  try {
    fromSitemap = sitemapUrls(site).map((u) => new URL(u).pathname);
  } catch {
    // No sitemap yet: the built files alone.
  }
  const strip = (p: string) => (p.startsWith(site.base) ? `/${p.slice(site.base.length)}` : p);
  const built = site.htmlFiles().map((f) => site.urlPathOf(f));
  return [...new Set([...fromSitemap, ...built].map(strip))];
}

export function findPages(site: DistSite): FoundPage[] {
  const paths = sitePaths(site);
  return PAGE_TYPES.map((type) => {
    const path = paths.includes(type.example) && type.pattern.test(type.example) ? type.example : (paths.filter((p) => type.pattern.test(p)).sort()[0] ?? null);
    if (!path) return { type, path: null, file: null };
    const target = site.resolvePath(site.base + path.slice(1));
    return { type, path, file: 'file' in target ? target.file : null };
  });
}
