/**
 * The article list in pages of a fixed size, so that the list page stays small however many articles there are
 * (a single page of 5,000 articles weighed 1.9 MB). Page 1 is the list's own address; later pages live under
 * /bai-viet/trang/<n>/ and /en/articles/page/<n>/.
 */
export const ARTICLES_PER_PAGE = 20;
/** The feed carries the newest articles only, like most feeds: readers' apps fetch it often. */
export const FEED_SIZE = 50;

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

/** Splits items into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = ARTICLES_PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, count }));
}

/** The page numbers a pager shows: first, last, and the current one with its neighbours; null marks a gap. */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last > 1) out.push(null);
    out.push(n);
  }
  return out;
}
