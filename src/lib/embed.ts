/**
 * Embedding a chart in another site: the iframe code journalists paste, and the small host script
 * that resizes the iframe to the chart's height. The script trusts only messages from this site's
 * origin, sent by the iframe itself, carrying a numeric height.
 */
import type { Locale } from '../i18n/index.ts';
import { filePaths, routePath } from './routes.ts';
import { absoluteUrl } from './urls.ts';

export const EMBED_MESSAGE = 'chi-so-ha-nam:height';
export const EMBED_FALLBACK_HEIGHT = 720;

export function embedUrl(locale: Locale, id: string, edition?: string): string {
  return absoluteUrl(routePath(locale, edition ? { page: 'embed', id, edition } : { page: 'embed', id }));
}

export function resizeScriptUrl(): string {
  return absoluteUrl(filePaths.embedScript());
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The code to paste: an iframe with a sensible fixed height, plus the optional resizer. */
export function embedCode(locale: Locale, id: string, title: string, edition?: string): string {
  const src = embedUrl(locale, id, edition);
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" data-chi-so-ha-nam-embed width="100%" height="${EMBED_FALLBACK_HEIGHT}" ` +
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
