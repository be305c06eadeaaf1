/** What a page's link-preview tags and card must be: read from the built HTML and the PNG's header. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { scanTags } from './html.ts';
import { pngSize } from './png.ts';

export const CARD_MAX_BYTES = 300 * 1024;

/** The content of <meta property|name="…">, decoded. */
export function metaContent(html: string, name: string): string | undefined {
  // Attribute values come decoded from scanTags.
  return scanTags(html).find((t) => t.name === 'meta' && (t.attrs.get('property') === name || t.attrs.get('name') === name))?.attrs.get('content');
}

/** Problems with a page's card: missing tags, a card that is not a 1200 × 630 PNG in the build, or too heavy. */
export function cardProblems(html: string, root: string, base: string): string[] {
  const problems: string[] = [];
  const image = metaContent(html, 'og:image');
  if (!image) return ['no og:image'];
  if (metaContent(html, 'og:image:width') !== '1200') problems.push(`og:image:width is ${metaContent(html, 'og:image:width')}`);
  if (metaContent(html, 'og:image:height') !== '630') problems.push(`og:image:height is ${metaContent(html, 'og:image:height')}`);
  if (!metaContent(html, 'og:image:alt')?.trim()) problems.push('no og:image:alt');
  if (metaContent(html, 'twitter:card') !== 'summary_large_image') problems.push(`twitter:card is ${metaContent(html, 'twitter:card')}`);
  const pathname = new URL(image).pathname;
  if (!pathname.startsWith(base)) return [...problems, `og:image ${image} is outside the base ${base}`];
  const file = path.join(root, decodeURIComponent(pathname.slice(base.length)));
  if (!existsSync(file)) return [...problems, `og:image ${pathname} is not in the build`];
  try {
    const { width, height } = pngSize(readFileSync(file));
    if (width !== 1200 || height !== 630) problems.push(`card ${pathname} is ${width} × ${height}`);
  } catch (e) {
    problems.push(`card ${pathname}: ${(e as Error).message}`);
  }
  const bytes = statSync(file).size;
  if (bytes > CARD_MAX_BYTES) problems.push(`card ${pathname} weighs ${bytes} bytes`);
  return problems;
}
