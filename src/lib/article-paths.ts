/** getStaticPaths for articles: each article with the slug of its twin in the other language. */
import { articles } from './content.ts';
import { otherLocale, type Locale } from '../i18n/index.ts';
import type { Route } from './routes.ts';

export async function articlePaths(locale: Locale) {
  const mine = await articles(locale);
  const theirs = await articles(otherLocale(locale));
  return mine.map((entry) => {
    const twin = theirs.find((t) => t.data.translation_key === entry.data.translation_key);
    const slugs = { [locale]: entry.data.slug, [otherLocale(locale)]: twin?.data.slug } as Record<Locale, string | undefined>;
    const route: Route = { page: 'pair', vi: `bai-viet/${slugs.vi ?? ''}`, en: `articles/${slugs.en ?? ''}` };
    return { params: { slug: entry.data.slug }, props: { entry, route, hasTwin: Boolean(twin) } };
  });
}
