/**
 * Embedding a chart in another site: the iframe code journalists paste, and the small host script
 * that resizes the iframe to the chart's height. The script trusts only messages from this site's
 * origin, sent by the iframe itself, carrying a numeric height.
 */
import type { Locale } from '../i18n/index.ts';
import type { ChartModel } from './charts/model.ts';
import { filePaths, routePath } from './routes.ts';
import { absoluteUrl } from './urls.ts';
import { PHONE_MAX_WIDTH } from './charts/chartjs-config.ts';

export const EMBED_MESSAGE = 'chi-so-ha-nam:height';

/** The widths the fallback height must hold the whole embed page at: a phone, and a wide article column. */
export const EMBED_FIT_WIDTHS = [360, 800] as const;

/**
 * The iframe's height when the resize script does not run (a site that strips scripts, an AMP page): the embed page's
 * height at the narrowest and widest widths, estimated from the chart's own text and image, so that the source and
 * the licence are never cut off. Text is counted at a generous average glyph width; tests/browser/embed.test.ts
 * measures every embed at both widths and fails if this is short.
 */
export function embedFallbackHeight(model: ChartModel, image: ImageSizes, frozen = false): number {
  return Math.max(...EMBED_FIT_WIDTHS.map((w) => estimateEmbedHeight(model, image, w, frozen)));
}

interface Size { width: number; height: number }
/** The wide picture's size, and the phone picture's, which a screen up to PHONE_MAX_WIDTH shows instead. */
type ImageSizes = Size & { phone?: Size };

function estimateEmbedHeight(model: ChartModel, sizes: ImageSizes, viewport: number, frozen: boolean): number {
  // A frozen edition keeps one picture; a live one shows the (taller) phone picture on a narrow screen.
  const image = !frozen && sizes.phone && viewport <= PHONE_MAX_WIDTH ? sizes.phone : sizes;
  const rem = 16;
  const content = Math.min(viewport, 820) - 1.5 * rem; // .embed padding
  /** Lines a text wraps to at a font size, with a generous 0.6 em per glyph (bold and capitals included). */
  const lines = (text: string, size: number, width = content) => Math.max(1, Math.ceil((text.length * size * 0.6) / width));
  const body = 1.6 * rem;
  const small = 0.9 * rem * 1.6;
  const title = lines(model.title, 1.35 * rem) * 1.35 * rem * 1.25;
  const subtitle = lines(model.subtitle, rem) * body;
  const picture = (content * image.height) / image.width;
  const summary = lines(model.summary, rem) * body;
  const table = 2 * rem; // the closed <details>
  const notes = model.notes.reduce((h, n) => h + lines(n, 0.9 * rem, content - 2.5 * rem) * small, 0);
  const source = lines(`${model.sourceLine}. CC BY 4.0.`, 0.9 * rem) * small + 2 * rem;
  const actions = 2 * 1.6 * rem; // four links, on two lines at most
  const edition = frozen ? 3 * small : 0;
  const back = body;
  // Paragraph and heading margins (about 1 em each) and the page's padding.
  const margins = 9 * rem;
  // Measured in Chromium, the sum falls short by up to 8% at 360 px (wrapping is uneven): a 12% margin and 40 px more.
  return Math.ceil(((title + subtitle + picture + summary + table + notes + source + actions + edition + back + margins) * 1.12 + 40) / 10) * 10;
}

export function embedUrl(locale: Locale, id: string, edition?: string): string {
  return absoluteUrl(routePath(locale, edition ? { page: 'embed', id, edition } : { page: 'embed', id }));
}

export function resizeScriptUrl(): string {
  return absoluteUrl(filePaths.embedScript());
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The code to paste: an iframe whose fixed height holds the whole embed page, plus the optional resizer. */
export function embedCode(locale: Locale, id: string, title: string, height: number, edition?: string): string {
  const src = embedUrl(locale, id, edition);
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" data-chi-so-ha-nam-embed width="100%" height="${height}" ` +
    `style="width:100%;max-width:820px;border:0" loading="lazy"></iframe>\n` +
    `<script async src="${attr(resizeScriptUrl())}"></script>`
  );
}

/** The host-page script (kept under 2 KB). */
export function resizeScript(siteOrigin: string): string {
  return `(function(){var O=${JSON.stringify(siteOrigin)},T=${JSON.stringify(EMBED_MESSAGE)};
window.addEventListener("message",function(e){if(e.origin!==O)return;var d=e.data;
if(!d||d.type!==T||typeof d.height!=="number"||!isFinite(d.height))return;
var f=document.querySelectorAll("iframe[data-chi-so-ha-nam-embed]");
for(var i=0;i<f.length;i++){if(f[i].contentWindow===e.source){f[i].style.height=Math.max(150,Math.min(Math.ceil(d.height),6000))+"px";}}});})();
`;
}
