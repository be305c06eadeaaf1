/** The one publisher table (scripts/import/publishers.ts) and what the import wrote with it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostOf, publisherOf, type PublisherTable } from '../../scripts/import/publishers.ts';
import type { Source } from '../../src/data/schemas.ts';

const table: PublisherTable = {
  hosts: { 'baohanam.com.vn': { label: 'Báo Hà Nam', kind: 'press' } },
  documents: {
    'https://github.com/tunah72/papi-dashboard': { label: 'CECODES, VFF-CRT, RTA và UNDP (papi.org.vn)', kind: 'dataset', copy: 'tunah72/papi-dashboard (GitHub)' },
  },
  mirrors: {},
};

describe('publisherOf', () => {
  it('labels a host once, whatever its www./m. prefix', () => {
    expect(publisherOf('https://www.baohanam.com.vn/a', table).label).toBe('Báo Hà Nam');
    expect(publisherOf('https://m.baohanam.com.vn/b', table).label).toBe('Báo Hà Nam');
  });
  it('labels a document on a hosting site by its publisher and names the copy apart', () => {
    const p = publisherOf('https://github.com/tunah72/papi-dashboard/blob/x/notebooks/a.ipynb', table);
    expect(p.label).not.toMatch(/github|tunah72/i);
    expect(p.copy).toBe('tunah72/papi-dashboard (GitHub)');
  });
  it('stops the import on a host or document with no label', () => {
    expect(() => publisherOf('https://example.org/x', table)).toThrow(/example\.org/);
    expect(() => publisherOf('https://github.com/someone/else', table)).toThrow(/document on github\.com/);
  });
});

describe('the curated publisher table', () => {
  const curated = JSON.parse(readFileSync('scripts/import/curated/publishers.json', 'utf8')) as PublisherTable;
  /** Documents the table calls a third-party compilation but does not mark secondary: their figures would go unmarked. */
  const unmarked = (t: PublisherTable) => Object.entries(t.documents).filter(([, d]) => /bên thứ ba|third-party/i.test(d.label) && !d.secondary).map(([url]) => url);

  it('marks every third-party compilation secondary (fixture: an unmarked one is found)', () => {
    expect(unmarked({ hosts: {}, mirrors: {}, documents: { 'https://huggingface.co/x': { label: 'x (bộ tổng hợp của bên thứ ba)', kind: 'dataset' } } })).toEqual(['https://huggingface.co/x']);
    expect(Object.values(curated.documents).some((d) => d.secondary)).toBe(true);
    expect(unmarked(curated)).toEqual([]);
  });
});

describe('content/data/sources.json', () => {
  const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as Source[];
  const documentHosts = new Set(['github.com', 'huggingface.co', 'fliphtml5.com']);

  it('gives each news or government host exactly one publisher label', () => {
    const labels = new Map<string, Set<string>>();
    for (const s of sources) {
      if (!s.url || s.kind === 'mirror' || documentHosts.has(hostOf(s.url))) continue;
      const set = labels.get(hostOf(s.url)) ?? new Set<string>();
      labels.set(hostOf(s.url), set.add(s.publisher));
    }
    expect([...labels].filter(([, set]) => set.size > 1).map(([h, set]) => `${h}: ${[...set].join(' | ')}`)).toEqual([]);
  });
  it('never credits a copy of an official file to the GitHub handle that holds it', () => {
    const bad = sources.filter((s) => /github|tunah72|letrinhandn|HungNT1st|hnks-gh|mdtrinh/i.test(s.publisher));
    expect(bad.map((s) => `${s.id}: ${s.publisher}`)).toEqual([]);
  });
  it('dates a source only as precisely as the source states; an event date is kept apart', () => {
    const unstated = sources.filter((s) => /exact date not in stored copy|year not in stored copy/.test(s.date_note ?? ''));
    expect(unstated.length).toBeGreaterThan(0);
    expect(unstated.filter((s) => s.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(s.date)).map((s) => `${s.id}: ${s.date}`)).toEqual([]);
    expect(sources.find((s) => s.id === 'baohanam-com-vn-3791c9')).toMatchObject({ date: '2024', event_date: '2024-04-02' });
  });
});
