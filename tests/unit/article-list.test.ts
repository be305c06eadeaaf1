import { describe, expect, it } from 'vitest';
import { paginate, pagerNumbers, ARTICLES_PER_PAGE } from '../../src/lib/article-list.ts';
import { routePath } from '../../src/lib/routes.ts';

describe('article list pages', () => {
  it('keeps every article, in order, on pages of the fixed size', () => {
    const items = Array.from({ length: 5003 }, (_, i) => i);
    const pages = paginate(items);
    expect(pages).toHaveLength(Math.ceil(5003 / ARTICLES_PER_PAGE));
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.every((p) => p.items.length <= ARTICLES_PER_PAGE)).toBe(true);
    expect(pages.at(-1)!.items).toHaveLength(5003 % ARTICLES_PER_PAGE || ARTICLES_PER_PAGE);
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
  });

  it('gives an empty list one empty page and rejects a bad size', () => {
    expect(paginate([])).toEqual([{ items: [], number: 1, count: 1 }]);
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });

  it('shows first, last and neighbours, with gaps marked', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(5, 250)).toEqual([1, null, 4, 5, 6, null, 250]);
    expect(pagerNumbers(250, 250)).toEqual([1, null, 249, 250]);
  });

  it('puts page 1 at the list address and later pages under trang/page', () => {
    expect(routePath('vi', { page: 'articles', pageNumber: 1 })).toBe('/bai-viet/');
    expect(routePath('vi', { page: 'articles', pageNumber: 3 })).toBe('/bai-viet/trang/3/');
    expect(routePath('en', { page: 'articles', pageNumber: 3 })).toBe('/en/articles/page/3/');
  });
});
