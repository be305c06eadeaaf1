/** Where the site is deployed: read once from SITE_URL and BASE_PATH. */

// The origin `npm test` builds for, so that `npm start` after the tests reuses the chart pictures and link-preview
// cards they drew (both print the site's address): a cold `npm start` costs minutes of drawing.
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

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

/** Hosts of a build that is not published: the dev server, the test server, a preview on this machine. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when SITE_URL is unset or names this machine. */
export function isLocalSite(rawSiteUrl: string | undefined): boolean {
  return LOCAL_HOSTS.has(new URL(siteOrigin(rawSiteUrl)).hostname);
}

/** Where readers send corrections: an e-mail address or a web address (a form, an issue tracker). */
export type CorrectionsChannel = { kind: 'email'; address: string; href: string } | { kind: 'url'; href: string };

const SETTINGS = 'CORRECTIONS_EMAIL or CORRECTIONS_URL';

/**
 * The corrections channel from the deploy settings. A published site must offer exactly one, so a production build
 * (SITE_URL not local) fails unless exactly one of CORRECTIONS_EMAIL and CORRECTIONS_URL is set. A local build
 * may have none (null): the About page then says the address is set when the site is deployed.
 */
export function correctionsChannel(env: Record<string, string | undefined>): CorrectionsChannel | null {
  const email = (env.CORRECTIONS_EMAIL ?? '').trim();
  const url = (env.CORRECTIONS_URL ?? '').trim();
  if (email && url) throw new Error(`Set only one of CORRECTIONS_EMAIL and CORRECTIONS_URL (both are set): readers need one way to report an error.`);
  if (email) {
    if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) throw new Error(`CORRECTIONS_EMAIL must be an e-mail address, got "${email}"`);
    return { kind: 'email', address: email, href: `mailto:${email}` };
  }
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`CORRECTIONS_URL must be an absolute https:// address (a form or an issue tracker), got "${url}"`);
    }
    if (parsed.protocol !== 'https:') throw new Error(`CORRECTIONS_URL must be an https:// address, got "${url}"`);
    return { kind: 'url', href: parsed.href };
  }
  if (!isLocalSite(env.SITE_URL)) {
    throw new Error(`A production build (SITE_URL=${env.SITE_URL}) needs a corrections channel: set exactly one of ${SETTINGS}. The About page and every footer link to it.`);
  }
  return null;
}

/**
 * Who runs the site, as the About page names it: SITE_OWNER (a person or an organisation), set by whoever deploys the
 * site, since the project itself names no owner. A production build fails without it; a local build may leave it
 * unset (null), and the About page then says only that an independent editorial team runs it. Plain text only.
 */
export function siteOwner(env: Record<string, string | undefined>): string | null {
  const owner = (env.SITE_OWNER ?? '').trim().replace(/\s+/g, ' ');
  if (!owner) {
    // A published site says who runs it (issue 17): only a local build may leave the name out.
    if (!isLocalSite(env.SITE_URL)) throw new Error(`A production build (SITE_URL=${env.SITE_URL}) needs SITE_OWNER: the About page says who runs the site.`);
    return null;
  }
  if (owner.length > 120 || /[<>{}]/.test(owner)) throw new Error(`SITE_OWNER must be a plain name of at most 120 characters, got "${owner.slice(0, 40)}…"`);
  return owner;
}
