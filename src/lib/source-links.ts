/** Where a source is listed: official sources on the main sources page, the press and datasets on their own. */
import type { Source } from '../data/schemas.ts';
import type { Locale } from '../i18n/index.ts';
import { routePath, type SourceGroup } from './routes.ts';
import { withBase } from './urls.ts';
import { sourceAnchor } from './anchors.ts';

export function sourceGroup(s: Source): SourceGroup {
  return s.kind === 'official' ? 'official' : s.kind === 'dataset' ? 'dataset' : 'press';
}

export function sourceHref(locale: Locale, s: Source): string {
  return `${withBase(routePath(locale, { page: 'sources', group: sourceGroup(s) }))}#${sourceAnchor(s.id)}`;
}
