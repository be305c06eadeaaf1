/**
 * Every page the site has, and its path in each locale (without the base path).
 * Vietnamese slugs sit at the root, English ones under /en/.
 */
import { LOCALES, type Locale } from '../i18n/index.ts';

export type IndexSlug = 'papi' | 'par-index' | 'sipas' | 'pci';
/** The sources pages: official sources (with the conflicts), the Vietnamese press in two halves of the alphabet (one page
 * would outgrow the 14 KB budget), the English press, datasets. */
export type SourceGroup = 'official' | 'press' | 'press-o-y' | 'press-en' | 'dataset';

export type Route =
  | { page: 'home' }
  | { page: 'about' }
  | { page: 'search' }
  | { page: 'glossary' }
  | { page: 'sources'; group?: SourceGroup }
  | { page: 'data' }
  | { page: 'indices' }
  | { page: 'compare-indices' }
  | { page: 'index'; index: IndexSlug }
  | { page: 'dimension'; index: IndexSlug; dimension: string }
  | { page: 'criteria-print'; index: IndexSlug; full?: boolean }
  | { page: 'ha-nam' }
  | { page: 'province'; slug: string }
  | { page: 'rankings' }
  | { page: 'ranking'; index: IndexSlug; year: number }
  | { page: 'compare-provinces' }
  | { page: 'charts' }
  | { page: 'chart'; id: string }
  | { page: 'embed'; id: string; edition?: string }
  /** The article list; pages after the first have a number. */
  | { page: 'articles'; pageNumber?: number }
  /** An article, by its slug in each locale. */
  | { page: 'article'; vi: string; en: string }
  | { page: '404' };

const SEGMENTS = {
  about: { vi: 'gioi-thieu', en: 'about' },
  search: { vi: 'tim-kiem', en: 'search' },
  glossary: { vi: 'thuat-ngu', en: 'glossary' },
  sources: { vi: 'nguon', en: 'sources' },
  sourcesPress: { vi: 'bao-chi', en: 'press' },
  sourcesPressOY: { vi: 'bao-chi-o-y', en: 'press-o-y' },
  sourcesPressEn: { vi: 'bao-chi-tieng-anh', en: 'english-press' },
  sourcesDataset: { vi: 'bo-du-lieu', en: 'datasets' },
  data: { vi: 'du-lieu', en: 'data' },
  indices: { vi: 'chi-so', en: 'indices' },
  compareIndices: { vi: 'so-sanh', en: 'compare' },
  criteria: { vi: 'bo-tieu-chi', en: 'criteria' },
  criteriaFull: { vi: 'day-du', en: 'full' },
  province: { vi: 'tinh', en: 'provinces' },
  rankings: { vi: 'xep-hang', en: 'rankings' },
  compareProvinces: { vi: 'so-sanh', en: 'compare' },
  charts: { vi: 'bieu-do', en: 'charts' },
  embed: { vi: 'nhung', en: 'embed' },
  articles: { vi: 'bai-viet', en: 'articles' },
  listPage: { vi: 'trang', en: 'page' },
} as const satisfies Record<string, Record<Locale, string>>;

function join(locale: Locale, ...parts: (string | number)[]): string {
  const prefix = locale === 'en' ? ['en'] : [];
  const all = [...prefix, ...parts.map(String)].filter(Boolean);
  return all.length ? `/${all.join('/')}/` : '/';
}

/** The path of a route in a locale, e.g. routePath('en', { page: 'index', index: 'papi' }) → "/en/indices/papi/". */
export function routePath(locale: Locale, route: Route): string {
  const s = <K extends keyof typeof SEGMENTS>(key: K) => SEGMENTS[key][locale];
  switch (route.page) {
    case 'home':
      return join(locale);
    case '404':
      return join(locale, '404');
    case 'sources':
      return route.group === 'press'
        ? join(locale, s('sources'), s('sourcesPress'))
        : route.group === 'press-o-y'
          ? join(locale, s('sources'), s('sourcesPressOY'))
        : route.group === 'press-en'
          ? join(locale, s('sources'), s('sourcesPressEn'))
        : route.group === 'dataset'
          ? join(locale, s('sources'), s('sourcesDataset'))
          : join(locale, s('sources'));
    case 'about':
    case 'search':
    case 'glossary':
    case 'data':
    case 'indices':
    case 'rankings':
    case 'charts':
      return join(locale, s(route.page));
    case 'articles':
      return route.pageNumber && route.pageNumber > 1 ? join(locale, s('articles'), s('listPage'), route.pageNumber) : join(locale, s('articles'));
    case 'compare-indices':
      return join(locale, s('indices'), s('compareIndices'));
    case 'index':
      return join(locale, s('indices'), route.index);
    case 'dimension':
      return join(locale, s('indices'), route.index, route.dimension);
    case 'criteria-print':
      return route.full
        ? join(locale, s('indices'), route.index, s('criteria'), s('criteriaFull'))
        : join(locale, s('indices'), route.index, s('criteria'));
    case 'ha-nam':
      return join(locale, 'ha-nam');
    case 'province':
      return join(locale, s('province'), route.slug);
    case 'ranking':
      return join(locale, s('rankings'), route.index, route.year);
    case 'compare-provinces':
      return join(locale, s('compareProvinces'));
    case 'chart':
      return join(locale, s('charts'), route.id);
    case 'embed':
      return route.edition ? join(locale, s('embed'), route.edition, route.id) : join(locale, s('embed'), route.id);
    case 'article':
      return join(locale, s('articles'), route[locale]);
  }
}

/** Files published beside the pages: RSS per locale; the data downloads and the embed script (one set, Vietnamese paths). */
export const filePaths = {
  rss: (locale: Locale) => `${routePath(locale, { page: 'home' })}rss.xml`,
  data: (file: string) => `${routePath('vi', { page: 'data' })}${file}`,
  embedScript: () => `${join('vi', SEGMENTS.embed.vi)}resize.js`,
  /** The criteria sheet's PDF of one data edition (Vietnamese), beside its print page; the QR inside points to the page. */
  criteriaPdf: (index: IndexSlug, edition: string, full: boolean) =>
    `${routePath('vi', { page: 'criteria-print', index })}${criteriaPdfName(index, edition, full)}.pdf`,
  /** A chart's files beside its page: /bieu-do/<id>.svg, /en/charts/<id>.phone.webp, /bieu-do/<id>.xlsx … */
  chart: (locale: Locale, id: string, ext: string) => `${routePath(locale, { page: 'charts' })}${id}.${ext}`,
  /** A frozen chart's file beside its embed page: /nhung/<edition>/<id>.csv. */
  frozenChart: (locale: Locale, edition: string, id: string, ext: string) => `${routePath(locale, { page: 'embed', id, edition }).replace(/\/$/, '')}.${ext}`,
  /** A link-preview card, named by its content hash (src/lib/og-card-cache.ts): one set for both locales. */
  ogCard: (key: string) => `/og/${key}.png`,
};

/** The PDF's file name without ".pdf", e.g. "papi-bo-tieu-chi-day-du-2026-11": it names the index, version and edition. */
export function criteriaPdfName(index: IndexSlug, edition: string, full: boolean): string {
  return `${index}-${SEGMENTS.criteria.vi}${full ? `-${SEGMENTS.criteriaFull.vi}` : ''}-${edition}`;
}

/**
 * The criteria PDFs of earlier data editions. The criteria text is not frozen with an edition (a snapshot freezes
 * chart points), so no old edition's PDF can be rebuilt honestly: each old file answers with a 301 to the current
 * edition's PDF of the same version, which names its own edition (the print page says so). The QR codes point to
 * the print pages, whose addresses never change. `editionIds` oldest first, as content/editions.json lists them.
 */
export function criteriaPdfRedirects(editionIds: readonly string[], index: IndexSlug = 'papi'): Map<string, string> {
  const current = editionIds.at(-1);
  if (!current) return new Map();
  return new Map(editionIds.slice(0, -1).flatMap((old) => [false, true].map((full) => [filePaths.criteriaPdf(index, old, full), filePaths.criteriaPdf(index, current, full)] as const)));
}

/** A URL segment that is not a whole route, e.g. the topic segment of /chi-so/so-sanh/. */
export function segment(key: keyof typeof SEGMENTS, locale: Locale): string {
  return SEGMENTS[key][locale];
}

// What follows is derived on call, not at load: module-level work would pull this module into every browser bundle
// that imports a path helper.

/** One route of every kind (placeholder slugs), so that what is derived from the URL scheme covers each kind. */
const EXAMPLES: { [P in Route['page']]: Extract<Route, { page: P }>[] } = {
  home: [{ page: 'home' }], about: [{ page: 'about' }], search: [{ page: 'search' }], glossary: [{ page: 'glossary' }],
  sources: [{ page: 'sources' }, { page: 'sources', group: 'press' }, { page: 'sources', group: 'press-o-y' }, { page: 'sources', group: 'press-en' }, { page: 'sources', group: 'dataset' }],
  data: [{ page: 'data' }], indices: [{ page: 'indices' }], 'compare-indices': [{ page: 'compare-indices' }], index: [{ page: 'index', index: 'papi' }],
  dimension: [{ page: 'dimension', index: 'papi', dimension: 'x' }],
  'criteria-print': [{ page: 'criteria-print', index: 'papi' }, { page: 'criteria-print', index: 'papi', full: true }],
  'ha-nam': [{ page: 'ha-nam' }], province: [{ page: 'province', slug: 'x' }], rankings: [{ page: 'rankings' }],
  ranking: [{ page: 'ranking', index: 'papi', year: 2024 }], 'compare-provinces': [{ page: 'compare-provinces' }],
  charts: [{ page: 'charts' }], chart: [{ page: 'chart', id: 'x' }], embed: [{ page: 'embed', id: 'x' }, { page: 'embed', id: 'x', edition: 'y' }],
  articles: [{ page: 'articles' }, { page: 'articles', pageNumber: 2 }], article: [{ page: 'article', vi: 'x', en: 'x' }], '404': [{ page: '404' }],
};
export const routeExamples = (): Route[] => Object.values(EXAMPLES).flat();

/** The top of the path a page lives under: "/" or "/en/" for a home page, else e.g. "/chi-so/" or "/en/indices/". */
export function sectionOf(path: string): string {
  const en = routePath('en', { page: 'home' });
  const home = path.startsWith(en) || `${path}/` === en ? en : routePath('vi', { page: 'home' });
  const end = path.indexOf('/', home.length);
  return end < 0 ? home : path.slice(0, end + 1);
}

/** Where the embeds live ("/nhung/", "/en/embed/"): the only pages other sites may frame. */
export const embedSections = (): string[] => LOCALES.map((locale) => sectionOf(routePath(locale, EXAMPLES.embed[0]!)));

/** The 404 pages as hosts serve them: a file beside the folders ("/404.html", "/en/404.html"). */
export const notFoundFiles = (): string[] => LOCALES.map((locale) => routePath(locale, { page: '404' }).replace(/\/$/, '.html'));

/** Pages that moved: the old address answers with a redirect to the new one. */
const MOVED: { from: Route; to: Route }[] = [
  // Hà Nam has a page of its own; its province page would only repeat it.
  { from: { page: 'province', slug: 'ha-nam' }, to: { page: 'ha-nam' } },
];

/** A province's page: its own, or where it moved to (Hà Nam's is /ha-nam/). */
export function provinceRoute(slug: string): Route {
  return MOVED.find(({ from }) => from.page === 'province' && from.slug === slug)?.to ?? { page: 'province', slug };
}

/** Every redirect, old path → new path (without the base), in both locales. */
export const redirects = (): Map<string, string> => new Map(MOVED.flatMap(({ from, to }) => LOCALES.map((l) => [routePath(l, from), routePath(l, to)] as const)));

/** What the sitemap lists: every page but the embeds (noindex), the 404 pages and the redirects. */
export function inSitemap(path: string): boolean {
  return !embedSections().includes(sectionOf(path)) && !LOCALES.some((l) => routePath(l, { page: '404' }) === path) && !redirects().has(path);
}
