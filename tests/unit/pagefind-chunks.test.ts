/**
 * The search index re-split (src/integrations/pagefind-chunks.ts): every word stays, each lands where Pagefind's
 * lookup will look for it, and a bundle Pagefind really wrote comes out smaller per chunk but otherwise the same.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  chunkBounds,
  chunkFor,
  compareWords,
  rechunkPagefindBundle,
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

  async function writeBundle(out: string) {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    const syllables = ['cải', 'cách', 'hành', 'chính', 'đánh', 'giá', 'dịch', 'vụ', 'công', 'thủ', 'tục', 'một', 'cửa', 'tỉnh', 'Hà', 'Nam'];
    for (let p = 0; p < 40; p++) {
      const content = Array.from({ length: 60 }, (_, i) => syllables[(p * 7 + i * 3) % syllables.length]).join(' ') + ` trang${p} mục${p % 5}`;
      await index.addCustomRecord({ url: `/trang-${p}/`, content, language: 'vi', meta: { title: `Trang ${p}` } });
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
    const bundle = path.join(dir, 'pagefind');
    await writeBundle(bundle);
    const before = readWords(bundle);
    const reports = rechunkPagefindBundle(bundle, 20);
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

  test('refuses an index it does not understand, naming the file', async () => {
    const bundle = path.join(dir, 'broken');
    await writeBundle(bundle);
    const chunk = readdirSync(path.join(bundle, 'index'))[0]!;
    writeFileSync(path.join(bundle, 'index', chunk), gzipSync(Buffer.from('not pagefind')));
    expect(() => rechunkPagefindBundle(bundle, 20)).toThrow(new RegExp(`${chunk}: not a Pagefind file`));
  });
});
