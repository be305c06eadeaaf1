/**
 * Every page the site has, and its path in each locale (without the base path).
 * Vietnamese slugs sit at the root, English ones under /en/.
 */
import type { Locale } from '../i18n/index.ts';

export type IndexSlug = 'papi' | 'par-index' | 'sipas' | 'pci';
/** The sources pages: official sources (with the conflicts), the press, datasets. */
export type SourceGroup = 'official' | 'press' | 'press-en' | 'dataset';

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
  /** A page whose slug differs by locale, such as an article. */
  | { page: 'pair'; vi: string; en: string }
  | { page: '404' };

const SEGMENTS = {
  about: { vi: 'gioi-thieu', en: 'about' },
  search: { vi: 'tim-kiem', en: 'search' },
  glossary: { vi: 'thuat-ngu', en: 'glossary' },
  sources: { vi: 'nguon', en: 'sources' },
  sourcesPress: { vi: 'bao-chi', en: 'press' },
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
    case 'pair':
      return join(locale, ...(locale === 'vi' ? route.vi : route.en).split('/'));
  }
}
