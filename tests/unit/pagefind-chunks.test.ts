/**
 * The search index re-split (src/integrations/pagefind-chunks.ts): every word stays, each lands where Pagefind's
 * lookup will look for it, and a bundle Pagefind really wrote comes out smaller per chunk but otherwise the same.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  chunkBounds,
  chunkFor,
  compareWords,
  mergePagefindBundles,
  readPagefindFile,
  splitWords,
  wordLocations,
  type IndexedWord,
} from '../../src/integrations/pagefind-chunks.ts';

/** A word on `pages` pages with `locs` locations on each, optionally with an accented variant. */
function word(key: string, pages = 1, locs = 1, variant?: string): IndexedWord {
  const packed = Array.from({ length: pages }, (_, p) => [p, Array.from({ length: locs }, (_, l) => l)] as [number, number[]]);
  return variant ? [key, [], [[variant, packed]]] : [key, packed, []];
}

const sorted = (words: IndexedWord[]) => [...words].sort((a, b) => compareWords(a[0], b[0]));

describe('splitting', () => {
  test('counts locations as Pagefind does, variants included', () => {
    expect(wordLocations(word('cai', 2, 3))).toBe(8);
    expect(wordLocations(word('hanh', 1, 4, 'hành'))).toBe(5);
  });

  test('closes a chunk once it reaches the target and keeps every word in order', () => {
    const words = sorted([word('a', 1, 1), word('b', 1, 1), word('c', 1, 5), word('d', 1, 1), word('e', 1, 1)]);
    const chunks = splitWords(words, 4);
    expect(chunks.map((c) => c.map((w) => w[0]))).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(chunks.flat()).toEqual(words);
  });
});

describe('chunk ranges', () => {
  // Hard cases: a word that is a prefix of the next, a last word longer than the common prefix ("cz" | "da"),
  // Vietnamese keys with đ (Pagefind does not fold it) and Pagefind's ⚑ metadata words, which sort last.
  const words = sorted(
    ['0', 'an', 'ana', 'cach', 'cai', 'chinh', 'cz', 'da', 'danh', 'gia', 'hanh', 'print', 'printed', 'tinh', 'tinhcao', 'đanh', 'đeu', 'đi', '⚑cac', '⚑ha'].map((k) =>
      word(k),
    ),
  );

  test.each([1, 2, 3, 5, 100])('every word is found in its own chunk (target %i)', (target) => {
    const chunks = splitWords(words, target);
    const bounds = chunkBounds(chunks);
    chunks.forEach((chunk, i) => {
      for (const w of chunk) expect(chunkFor(w[0], bounds), w[0]).toBe(i);
    });
  });

  test('a chunk keeps its full last word, where Pagefind would cut "cz" down to "c" and lose it', () => {
    const bounds = chunkBounds([[word('ca'), word('cz')], [word('da')]]);
    expect(bounds).toEqual([
      { from: 'ca', to: 'cz' },
      { from: 'd', to: 'da' },
    ]);
    expect(chunkFor('cz', bounds)).toBe(0);
  });

  test('a typed prefix goes to the chunk where its words start', () => {
    const bounds = chunkBounds([[word('an')], [word('cach'), word('cai')], [word('hanh')]]);
    expect(chunkFor('ca', bounds)).toBe(1);
    expect(chunkFor('h', bounds)).toBe(2);
  });

  test('orders words by code point, as Pagefind (Rust) does', () => {
    expect(compareWords('dz', 'đa')).toBeLessThan(0);
    expect(compareWords('đa', '⚑a')).toBeLessThan(0);
  });
});

describe('a bundle Pagefind wrote', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const syllables = ['cải', 'cách', 'hành', 'chính', 'đánh', 'giá', 'dịch', 'vụ', 'công', 'thủ', 'tục', 'một', 'cửa', 'tỉnh', 'Hà', 'Nam'];
  /** Pages `from` to `to` (not included): Vietnamese, and every fourth one English, with a filter and meta. */
  async function writeBundle(out: string, from = 0, to = 40) {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    for (let p = from; p < to; p++) {
      const english = p % 4 === 3;
      const content = english
        ? `province ${p} reform index survey ${p % 3 ? 'citizens' : 'services'}`
        : Array.from({ length: 60 }, (_, i) => syllables[(p * 7 + i * 3) % syllables.length]).join(' ') + ` trang${p} mục${p % 5}`;
      const meta: Record<string, string> = { title: `Trang ${p}` };
      if (p % 5 === 0) meta['image'] = `/anh-${p}.png`;
      await index.addCustomRecord({ url: `/trang-${p}/`, content, language: english ? 'en' : 'vi', meta, filters: { type: [p % 2 ? 'Bài viết' : 'Biểu đồ'] } });
    }
    await index.writeFiles({ outputPath: out });
    await pagefind.close();
  }

  /** Every word entry of every language, keyed by language, in chunk order; and the chunk files in use. */
  function readWords(bundle: string) {
    const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const byLanguage: Record<string, { words: IndexedWord[]; chunks: { from: string; to: string; hash: string; words: IndexedWord[] }[] }> = {};
    for (const [language, { hash }] of Object.entries(entry.languages)) {
      const meta = readPagefindFile(path.join(bundle, `pagefind.${hash}.pf_meta`)) as [string, unknown, [string, string, string][]];
      const chunks = meta[2].map(([from, to, file]) => ({ from, to, hash: file, words: (readPagefindFile(path.join(bundle, 'index', `${file}.pf_index`)) as [IndexedWord[]])[0] }));
      byLanguage[language] = { words: chunks.flatMap((c) => c.words), chunks };
    }
    return byLanguage;
  }

  test('keeps every word entry, cuts smaller chunks, routes each word to its chunk and leaves no stray file', async () => {
    const written = path.join(dir, 'written');
    const bundle = path.join(dir, 'pagefind');
    await writeBundle(written);
    const before = readWords(written);
    const reports = mergePagefindBundles([written], bundle, 20);
    const after = readWords(bundle);

    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [language, { words, chunks }] of Object.entries(after)) {
      expect(words, language).toEqual(before[language]!.words);
      expect(chunks.length).toBeGreaterThan(before[language]!.chunks.length);
      const bounds = chunks.map(({ from, to }) => ({ from, to }));
      chunks.forEach((chunk, i) => {
        const size = chunk.words.reduce((sum, w) => sum + wordLocations(w), 0);
        // A chunk stops at the first word that brings it to the target, so it exceeds it by less than that word.
        expect(size - wordLocations(chunk.words.at(-1)!)).toBeLessThan(20);
        for (const w of chunk.words) expect(chunkFor(w[0], bounds), w[0]).toBe(i);
      });
    }
    expect(reports.map((r) => r.language)).toEqual(Object.keys(after));

    const inUse = new Set(Object.values(after).flatMap(({ chunks }) => chunks.map((c) => `${c.hash}.pf_index`)));
    expect(new Set(readdirSync(path.join(bundle, 'index')))).toEqual(inUse);
    const metas = readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'));
    expect(metas).toHaveLength(Object.keys(after).length);
  });

  /**
   * What a search can see in a bundle, by page address rather than page number: each word's pages with their
   * locations, each variant's, each filter value's pages, the meta fields and the page count per language.
   */
  function searchable(bundle: string) {
    const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
    const out: Record<string, unknown> = {};
    for (const [language, { hash, page_count }] of Object.entries(entry.languages)) {
      const meta = readPagefindFile(path.join(bundle, `pagefind.${hash}.pf_meta`)) as [string, [string, number][], [string, string, string][], [string, string][], unknown[], string[]];
      const url = (n: number) => {
        const fragment = gunzipSync(readFileSync(path.join(bundle, 'fragment', `${meta[1][n]![0]}.pf_fragment`))).subarray('pagefind_dcd'.length);
        return `${(JSON.parse(fragment.toString()) as { url: string }).url} (${meta[1][n]![1]} words)`;
      };
      const pages = (list: [number, ...unknown[]][]) => {
        let n = 0;
        return list.map(([delta, ...rest]) => `${url((n += delta))} ${JSON.stringify(rest)}`).sort();
      };
      const words: Record<string, unknown> = {};
      for (const [, , file] of meta[2]) {
        for (const [key, list, variants] of (readPagefindFile(path.join(bundle, 'index', `${file}.pf_index`)) as [IndexedWord[]])[0]) {
          words[key] = { pages: pages(list as never), variants: Object.fromEntries(variants.map(([form, v]) => [form, pages(v as never)])) };
        }
      }
      const filters = Object.fromEntries(
        meta[3].map(([name, file]) => {
          const [, values] = readPagefindFile(path.join(bundle, 'filter', `${file}.pf_filter`)) as [string, [string, number[]][]];
          return [name, Object.fromEntries(values.map(([value, list]) => [value, list.map(url).sort()]))];
        }),
      );
      out[language] = { page_count, pages: meta[1].length, fields: meta[5], words, filters };
    }
    return out;
  }

  test('indexing in parts and joining them finds what one run over all the pages finds', async () => {
    const whole = path.join(dir, 'whole');
    await writeBundle(whole);
    const parts = [path.join(dir, 'part-0'), path.join(dir, 'part-1'), path.join(dir, 'part-2')];
    await writeBundle(parts[0]!, 0, 15);
    await writeBundle(parts[1]!, 15, 31);
    await writeBundle(parts[2]!, 31, 40);
    const joined = path.join(dir, 'joined');
    const reports = mergePagefindBundles(parts, joined, 20);
    const single = path.join(dir, 'single');
    mergePagefindBundles([whole], single, 20);

    const expected = searchable(single);
    expect(searchable(joined)).toEqual(expected);
    // The comparison has something to compare: both languages, words with several pages, a filter, meta fields.
    expect(Object.keys(expected).sort()).toEqual(['en', 'vi']);
    const vi = expected['vi'] as { page_count: number; fields: string[]; words: Record<string, { pages: string[]; variants: Record<string, string[]> }>; filters: Record<string, Record<string, string[]>> };
    expect(vi.page_count).toBe(30);
    expect(vi.fields).toEqual(expect.arrayContaining(['image', 'title']));
    const entries = Object.values(vi.words);
    expect(Math.max(...entries.map((w) => w.pages.length + Object.values(w.variants).flat().length))).toBeGreaterThan(20);
    expect(entries.some((w) => Object.keys(w.variants).length > 0)).toBe(true);
    // Words found in a page's meta (its title) carry meta field numbers, which differ between parts.
    expect(entries.some((w) => w.pages.some((p) => p.includes('[-')))).toBe(true);
    expect(Object.keys(vi.filters['type']!).sort()).toEqual(['Biểu đồ', 'Bài viết']);
    expect(reports.map((r) => [r.language, r.parts, r.pages])).toEqual([['en', 3, 10], ['vi', 3, 30]]);
    // Every fragment a page points to is there, and only those.
    const used = Object.values(JSON.parse(readFileSync(path.join(joined, 'pagefind-entry.json'), 'utf8')).languages as Record<string, { hash: string }>).flatMap(
      ({ hash }) => (readPagefindFile(path.join(joined, `pagefind.${hash}.pf_meta`)) as [string, [string][]])[1].map(([f]) => `${f}.pf_fragment`),
    );
    expect(new Set(readdirSync(path.join(joined, 'fragment')))).toEqual(new Set(used));
  });

  test('the build indexes a site in parts, one Pagefind process each, and finds what one run finds', async () => {
    const site = path.join(dir, 'site');
    const page = (lang: string, title: string, body: string, indexed = true) =>
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><nav>menu</nav>` +
      `<main${indexed ? ' data-pagefind-body data-pagefind-filter="type:Bài viết"' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;
    for (let p = 0; p < 8; p++) {
      const folder = path.join(site, p % 3 === 2 ? `en/page-${p}` : `trang-${p}`);
      mkdirSync(folder, { recursive: true });
      const body = p % 3 === 2 ? `reform index ${p} province survey` : `cải cách hành chính ${p} tỉnh Hà Nam đánh giá`;
      writeFileSync(path.join(folder, 'index.html'), page(p % 3 === 2 ? 'en' : 'vi', `Trang ${p}`, body));
    }
    mkdirSync(path.join(site, 'nhung'), { recursive: true });
    writeFileSync(path.join(site, 'nhung/index.html'), page('vi', 'Nhúng', 'không tìm thấy', false));
    const copy = path.join(dir, 'site-copy');
    cpSync(site, copy, { recursive: true });

    const lines: string[] = [];
    await buildSearchIndex(site, (line) => lines.push(line), { pagesPerRun: 3 });
    await buildSearchIndex(copy, () => {}, { pagesPerRun: 100 });
    expect(lines.filter((l) => /Pagefind run/.test(l)).map((l) => l.replace(/, \d+ words.*/, '')).sort()).toEqual(['en: 2 pages from 1 Pagefind run(s)', 'vi: 6 pages from 3 Pagefind run(s)']);
    expect(lines.at(-1)).toMatch(/^indexed 8 pages in \d+ ms$/);
    expect(searchable(path.join(site, 'pagefind'))).toEqual(searchable(path.join(copy, 'pagefind')));
  });

  test('refuses an index it does not understand, naming the file', async () => {
    const bundle = path.join(dir, 'broken');
    await writeBundle(bundle);
    const chunk = readdirSync(path.join(bundle, 'index'))[0]!;
    writeFileSync(path.join(bundle, 'index', chunk), gzipSync(Buffer.from('not pagefind')));
    expect(() => mergePagefindBundles([bundle], path.join(dir, 'broken-out'), 20)).toThrow(new RegExp(`${chunk}: not a Pagefind file`));
  });
});
