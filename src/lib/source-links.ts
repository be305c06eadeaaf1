/** Where a source is listed: official sources on the main sources page, the press and datasets on their own. */
import type { Source } from '../data/schemas.ts';
import type { Locale } from '../i18n/index.ts';
import { routePath, type SourceGroup } from './routes.ts';
import { withBase } from './urls.ts';
import { sourceAnchor } from './anchors.ts';

export function sourceGroup(s: Source): SourceGroup {
  if (s.kind === 'official') return 'official';
  if (s.kind === 'dataset') return 'dataset';
  // The press, split by the language it writes in (copies of English stories go with the English press), and the
  // Vietnamese press by its publisher's initial, so that a source's page never changes as others are added.
  if (s.lang !== 'vi') return 'press-en';
  return publisherInitial(s.publisher) <= 'N' ? 'press' : 'press-o-y';
}

/** "Báo Hà Nam" → "B", "Đài …" → "D": the first letter without its diacritics. */
export function publisherInitial(publisher: string): string {
  return publisher.trim().charAt(0).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/, 'D').toUpperCase();
}

export function sourceHref(locale: Locale, s: Source): string {
  return `${withBase(routePath(locale, { page: 'sources', group: sourceGroup(s) }))}#${sourceAnchor(s.id)}`;
}
