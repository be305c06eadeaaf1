/**
 * The two URL helpers. Every internal link and asset goes through withBase();
 * every absolute URL (canonical, hreflang, og:image, sitemap, feeds, QR codes, embed code) through absoluteUrl().
 */

function baseUrl(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** "/chi-so/papi/" → "/sub/chi-so/papi/" under BASE_PATH=/sub/. Leaves external and fragment-only links alone. */
export function withBase(path: string): string {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(path)) return path;
  return baseUrl() + path.replace(/^\/+/, '');
}

/** An absolute URL on the production origin (SITE_URL). */
export function absoluteUrl(path: string, site: URL | string | undefined = import.meta.env.SITE): string {
  if (!site) throw new Error('absoluteUrl() needs the site origin: set SITE_URL');
  return new URL(withBase(path), site).href;
}
