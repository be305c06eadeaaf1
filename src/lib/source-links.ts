/** Where a source is listed: official sources on the main sources page, the press and datasets on their own. */
import type { Source } from '../data/schemas.ts';
import type { Locale } from '../i18n/index.ts';
import { routePath, type SourceGroup } from './routes.ts';
import { withBase } from './urls.ts';
import { sourceAnchor } from './anchors.ts';

export function sourceGroup(s: Source): SourceGroup {
  if (s.kind === 'official') return 'official';
  if (s.kind === 'dataset') return 'dataset';
  // The press, split by the language it writes in (copies of English stories go with the English press).
  return s.lang === 'vi' ? 'press' : 'press-en';
}

export function sourceHref(locale: Locale, s: Source): string {
  return `${withBase(routePath(locale, { page: 'sources', group: sourceGroup(s) }))}#${sourceAnchor(s.id)}`;
}
