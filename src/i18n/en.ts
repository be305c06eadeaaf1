import type { UiStrings } from './index.ts';

/** English interface strings. Same shape as vi.ts. */
export const en: UiStrings = {
  siteName: 'Hà Nam governance indices',
  siteTagline: 'PAPI, PAR INDEX and SIPAS explained for citizens',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main navigation',
    home: 'Home',
    indices: 'The indices',
    haNam: 'Hà Nam',
    rankings: 'Rankings',
    charts: 'Charts',
    glossary: 'Glossary',
    data: 'Data',
    about: 'About',
  },
  search: {
    label: 'Search',
    placeholder: 'e.g. administrative reform',
    submit: 'Search',
  },
  languageSwitch: { label: 'Tiếng Việt', hint: 'Đọc trang này bằng tiếng Việt', lang: 'vi' },
  footer: {
    licence: 'Site text and charts are licensed under',
    licenceName: 'CC BY 4.0',
    dataCredit: 'The data belongs to its publishers, credited at every figure.',
    edition: 'Data edition',
    sources: 'Data sources',
    about: 'About',
    report: 'Report an error / suggest a fix',
    independent: 'An independent site, not published by UNDP, CECODES, the Fatherland Front or the Ministry of Home Affairs.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
    home: 'Go to the home page',
    search: 'Search the site',
  },
  value: {
    noData: 'no data yet',
    computed: 'computed',
    source: 'Source',
  },
};
