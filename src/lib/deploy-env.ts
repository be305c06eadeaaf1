/** Where the site is deployed: read once from SITE_URL and BASE_PATH. */

export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The production origin, without a trailing slash. */
export function siteOrigin(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${value}"`);
  }
  return url.origin;
}

/** A sub-path such as "/chi-so/", always with leading and trailing slashes; "/" when unset. */
export function basePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~\-\/]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH may hold only URL path characters, got "${raw}"`);
  }
  return trimmed ? `/${trimmed}/` : '/';
}
