/**
 * The criteria import's pure parts (scripts/import/criteria.ts, rows.ts) and its curated tables, on small inline
 * inputs: the research folder itself is read only by `npm run data:import`.
 */
import { describe, expect, it } from 'vitest';
import { CURATED, SourceBook, cleanUrl } from '../../scripts/import/criteria.ts';
import { sourceIdForUrl } from '../../scripts/import/common.ts';
import { RowLedger } from '../../scripts/import/rows.ts';

describe('cleanUrl', () => {
  it('drops the notes the research appends to an address, and refuses what is not one', () => {
    expect(cleanUrl('https://papi.org.vn/x (sheet 2023)')).toBe('https://papi.org.vn/x');
    expect(cleanUrl('  https://papi.org.vn/x  ')).toBe('https://papi.org.vn/x');
    expect([cleanUrl('not found'), cleanUrl(''), cleanUrl(null), cleanUrl('https://')]).toEqual([null, null, null, null]);
  });
});

describe('SourceBook', () => {
  it('registers a URL once, under its stable id, keeping the first excerpt given', () => {
    const book = new SourceBook();
    const id = book.add('https://baochinhphu.vn/a.htm (bản in)', 'first');
    expect(id).toBe(sourceIdForUrl('https://baochinhphu.vn/a.htm'));
    expect(book.add('https://baochinhphu.vn/a.htm', 'second')).toBe(id);
    expect(book.list()).toEqual([expect.objectContaining({ id, url: 'https://baochinhphu.vn/a.htm', excerpt: 'first', kind: 'official', publisher: 'Báo Điện tử Chính phủ (VGP)', lang: 'vi' })]);
  });

  it('fills a missing excerpt later, and takes titles and dates from the curated table', () => {
    const book = new SourceBook();
    const url = 'https://papi.org.vn/eng/hoi-dap/';
    book.add(url);
    book.add(url, 'Eight dimensions');
    expect(book.list()[0]).toMatchObject({ title: CURATED.sources.titles[url]!.title, excerpt: 'Eight dimensions', lang: 'en', kind: 'official' });
  });

  it('takes publishers from the one table: a dataset copy is credited to the original publisher; refuses a non-URL and an unlabelled host', () => {
    const book = new SourceBook();
    book.add('https://github.com/tunah72/papi-dashboard/blob/x/data.csv');
    book.add('https://vietnamnet.vn/story.html');
    expect(book.list().map((s) => [s.kind, s.publisher, s.data_copy])).toEqual(
      expect.arrayContaining([
        ['dataset', 'CECODES, VFF-CRT, RTA và UNDP (papi.org.vn): tệp dữ liệu PAPI', 'tunah72/papi-dashboard (GitHub)'],
        ['press', 'VietNamNet', undefined],
      ]),
    );
    expect(() => book.add('see the report')).toThrow(/not a URL/);
    expect(() => book.add('https://github.com/owner/repo/blob/x/data.csv')).toThrow(/no entry/);
    expect(() => book.add('https://unknown.example/x')).toThrow(/no label/);
  });
});

describe('RowLedger', () => {
  it('counts each row placed once, per file, with skipped rows and their reasons', () => {
    const rows = new RowLedger();
    rows.placeEach('a.json#/list', ['x', 'y']);
    expect(rows.place('a.json#/list/0', 'x')).toBe('x');
    rows.place('b.json#/one', {});
    rows.skip('a.json#/other/0', 'no source');
    expect(rows.has('a.json#/list/1')).toBe(true);
    expect(rows.has('a.json#/list/2')).toBe(false);
    expect(rows.counts()).toEqual([
      { file: 'a.json', kind: 'json', rows_read: 3, rows_placed: 2, rows_skipped: [{ row: 'a.json#/other/0', reason: 'no source' }] },
      { file: 'b.json', kind: 'json', rows_read: 1, rows_placed: 1, rows_skipped: [] },
    ]);
  });
});

describe('the curated tables', () => {
  const docIds = new Set(CURATED.legal.documents.map((d) => d.id));
  it('link every methodology period to documents that exist', () => {
    for (const links of Object.values(CURATED.periodLinks)) for (const d of links.method_docs) expect(docIds).toContain(d);
  });
  it('name, for each document, the research rows it stands for, none both kept and skipped', () => {
    const kept = CURATED.legal.documents.flatMap((d) => d.from);
    for (const row of kept) expect(row).toMatch(/^criteria(-additions)?\.json#\/[\w/]+$/);
    expect(new Set(kept).size).toBe(kept.length);
    for (const { row } of CURATED.legal.skipped) expect(kept).not.toContain(row);
  });
  it('give each document a known issuer, and each titled source a valid address', () => {
    for (const d of CURATED.legal.documents) expect(CURATED.legal.issuers).toHaveProperty(d.issuer);
    for (const url of Object.keys(CURATED.sources.titles)) expect(cleanUrl(url)).toBe(url);
  });
});
