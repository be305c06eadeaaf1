/** The kinds of page search tells apart; their labels live in src/i18n (resultTypes). */
export const SEARCH_RESULT_TYPES = ['explainer', 'criterion', 'chart', 'article', 'province', 'glossary', 'ranking', 'page'] as const;
export type SearchResultType = (typeof SEARCH_RESULT_TYPES)[number];
