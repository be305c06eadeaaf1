/** An RSS 2.0 feed of the newest articles, with absolute URLs. */
import type { Locale } from '../i18n/index.ts';
import { ui } from '../i18n/index.ts';
import { articles } from './content.ts';
import { FEED_SIZE } from './article-list.ts';
import { filePaths, routePath } from './routes.ts';
import { absoluteUrl } from './urls.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function articleFeed(locale: Locale): Promise<Response> {
  const t = ui(locale);
  const items = (await articles(locale)).slice(0, FEED_SIZE).map((a) => {
    const url = absoluteUrl(routePath(locale, { page: 'articles' }) + `${a.data.slug}/`);
    return `<item><title>${escape(a.data.title)}</title><link>${url}</link><guid isPermaLink="true">${url}</guid><description>${escape(a.data.description)}</description><pubDate>${a.data.published.toUTCString()}</pubDate></item>`;
  });
  const home = absoluteUrl(routePath(locale, { page: 'home' }));
  const self = absoluteUrl(filePaths.rss(locale));
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${escape(t.siteName)}</title><link>${home}</link><atom:link href="${self}" rel="self" type="application/rss+xml"/><description>${escape(t.siteTagline)}</description><language>${locale}</language>${items.join('')}</channel></rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
