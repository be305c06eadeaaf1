/** getStaticPaths for articles (each with the slug of its twin in the other language) and the list's later pages. */
import { articles } from './content.ts';
import { paginate } from './article-list.ts';
import { otherLocale, type Locale } from '../i18n/index.ts';
import type { Route } from './routes.ts';

export async function articlePaths(locale: Locale) {
  const mine = await articles(locale);
  // A map, not a search per article: thousands of articles would make that quadratic.
  const theirs = new Map((await articles(otherLocale(locale))).map((t) => [t.data.translation_key, t]));
  return mine.map((entry) => {
    const twin = theirs.get(entry.data.translation_key);
    const slugs = { [locale]: entry.data.slug, [otherLocale(locale)]: twin?.data.slug } as Record<Locale, string | undefined>;
    const route: Route = { page: 'article', vi: slugs.vi ?? '', en: slugs.en ?? '' };
    return { params: { slug: entry.data.slug }, props: { entry, route, hasTwin: Boolean(twin) } };
  });
}

/** Every page of the article list, each knowing whether the other language has a page with its number. */
export async function articleListPages(locale: Locale) {
  const pages = paginate(await articles(locale));
  const twinPages = paginate(await articles(otherLocale(locale))).length;
  return pages.map((page) => ({ page, hasTwin: page.number <= twinPages }));
}

/** getStaticPaths for pages 2…N of the article list (page 1 is the list's index page). */
export async function articleListPaths(locale: Locale) {
  return (await articleListPages(locale)).slice(1).map((props) => ({ params: { n: String(props.page.number) }, props }));
}
