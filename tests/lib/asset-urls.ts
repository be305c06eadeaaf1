/**
 * Every URL a built page refers to: links, scripts, stylesheets, images, fonts (through the stylesheets' url()),
 * forms, icons, canonical and social-preview URLs. The base-path test checks each one.
 */
import { scanTags } from './html.ts';
import type { DistSite } from './dist-site.ts';

export interface PageRef {
  /** Where it was found, e.g. `<script src>` or `url() in /_astro/x.css`. */
  where: string;
  /** As written. */
  ref: string;
  /** Resolved absolute URL. */
  url: URL;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
const META_URLS = /^(og:(image|url|audio|video)(:secure_url)?|twitter:image)$/;
const SKIP = /^(#|mailto:|tel:|data:|javascript:|blob:|about:)/i;

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)|@import\s+["']([^"']+)["']/g)].map((m) => (m[2] ?? m[3] ?? '').trim());
}

/** The URLs of one page, plus those inside the stylesheets it links (fonts, background images). */
export function pageRefs(site: DistSite, file: string, origin: string): PageRef[] {
  const pageUrl = new URL(site.urlPathOf(file), origin);
  const refs: PageRef[] = [];
  const add = (where: string, ref: string, from: URL) => {
    if (!ref.trim() || SKIP.test(ref.trim())) return;
    try {
      refs.push({ where, ref, url: new URL(ref.trim(), from) });
    } catch {
      refs.push({ where, ref, url: new URL('invalid:') });
    }
  };

  for (const tag of scanTags(site.read(file))) {
    for (const attr of URL_ATTRIBUTES[tag.name] ?? []) {
      const value = tag.attrs.get(attr);
      if (value === undefined) continue;
      const parts = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const part of parts) add(`<${tag.name} ${attr}>`, part, pageUrl);
    }
    const property = tag.attrs.get('property') ?? tag.attrs.get('name') ?? '';
    if (tag.name === 'meta' && META_URLS.test(property)) add(`<meta ${property}>`, tag.attrs.get('content') ?? '', pageUrl);
    if (tag.name === 'meta' && tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      add('<meta refresh>', /url=(.*)$/i.exec(tag.attrs.get('content') ?? '')?.[1] ?? '', pageUrl);
    }
    for (const css of [tag.name === 'style' ? (tag.text ?? '') : '', tag.attrs.get('style') ?? '']) {
      for (const ref of cssUrls(css)) add(`url() in <${tag.name}>`, ref, pageUrl);
    }
  }

  // Follow stylesheets (and their @imports) for fonts and images.
  const seen = new Set<string>();
  for (let i = 0; i < refs.length; i++) {
    const { where, url } = refs[i]!;
    if (!/^(<link href>|@import)/.test(where) || !url.pathname.endsWith('.css') || !site.isInternal(url) || seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const target = site.resolvePath(url.pathname);
    if ('error' in target) continue; // reported as not resolving
    for (const ref of cssUrls(site.read(target.file))) add(ref.endsWith('.css') ? `@import in ${url.pathname}` : `url() in ${url.pathname}`, ref, url);
  }
  return refs;
}
