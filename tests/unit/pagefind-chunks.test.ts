/**
 * The search index re-split (src/integrations/pagefind-chunks.ts): every word stays, each lands where Pagefind's
 * lookup will look for it, and a bundle Pagefind really wrote comes out smaller per chunk but otherwise the same.
 * An index in a format it does not read is left as Pagefind wrote it, with a warning.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, rechunkOrKeep } from '../../src/integrations/pagefind.ts';
import {
  CHUNK_LOCATIONS,
  chunkBounds,
  chunkFor,
  compareWords,
  readPagefindFile,
  rechunkPagefindBundle,
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
  /** 40 pages: Vietnamese, and every fourth one English, with a filter and meta. */
  async function writeBundle(out: string) {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    try {
      for (let p = 0; p < 40; p++) {
        const english = p % 4 === 3;
        const content = english
          ? `province ${p} reform index survey ${p % 3 ? 'citizens' : 'services'}`
          : Array.from({ length: 60 }, (_, i) => syllables[(p * 7 + i * 3) % syllables.length]).join(' ') + ` trang${p} mục${p % 5}`;
        await index.addCustomRecord({ url: `/trang-${p}/`, content, language: english ? 'en' : 'vi', meta: { title: `Trang ${p}` }, filters: { type: [p % 2 ? 'Bài viết' : 'Biểu đồ'] } });
      }
      await index.writeFiles({ outputPath: out });
    } finally {
      await pagefind.close();
    }
  }

  /** Per language: the meta without its chunk list (pages, filters, fields), every word, and the chunks. */
  function readIndex(bundle: string) {
    const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    return Object.fromEntries(
      Object.entries(entry.languages).map(([language, { hash }]) => {
        const meta = readPagefindFile(path.join(bundle, `pagefind.${hash}.pf_meta`)) as [string, unknown, [string, string, string][], ...unknown[]];
        const chunks = meta[2].map(([from, to, file]) => ({ from, to, file, words: (readPagefindFile(path.join(bundle, 'index', `${file}.pf_index`)) as [IndexedWord[]])[0] }));
        return [language, { rest: [meta[0], meta[1], ...meta.slice(3)], words: chunks.flatMap((c) => c.words), chunks }];
      }),
    );
  }

  /** Every file of a bundle with its bytes, to see that nothing changed. */
  const filesOf = (bundle: string) => Object.fromEntries((readdirSync(bundle, { recursive: true }) as string[]).filter((f) => f.includes('.')).sort().map((f) => [f, readFileSync(path.join(bundle, f)).toString('base64')]));

  test('keeps every word and the rest of the meta, cuts smaller chunks, routes each word to its chunk and leaves no stray file', async () => {
    const bundle = path.join(dir, 'bundle');
    await writeBundle(bundle);
    const before = readIndex(bundle);
    const reports = rechunkPagefindBundle(bundle, 20);
    const after = readIndex(bundle);

    expect(Object.keys(after).sort()).toEqual(['en', 'vi']);
    for (const [language, { rest, words, chunks }] of Object.entries(after)) {
      expect(words, language).toEqual(before[language]!.words);
      expect(rest, language).toEqual(before[language]!.rest);
      expect(chunks.length).toBeGreaterThan(before[language]!.chunks.length);
      const bounds = chunks.map(({ from, to }) => ({ from, to }));
      chunks.forEach((chunk, i) => {
        const size = chunk.words.reduce((sum, w) => sum + wordLocations(w), 0);
        // A chunk stops at the first word that brings it to the target, so it exceeds it by less than that word.
        expect(size - wordLocations(chunk.words.at(-1)!)).toBeLessThan(20);
        for (const w of chunk.words) expect(chunkFor(w[0], bounds), w[0]).toBe(i);
      });
    }
    expect(reports.map((r) => r.language).sort()).toEqual(['en', 'vi']);
    const inUse = new Set(Object.values(after).flatMap(({ chunks }) => chunks.map((c) => `${c.file}.pf_index`)));
    expect(new Set(readdirSync(path.join(bundle, 'index')))).toEqual(inUse);
    expect(readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(2);
  });

  test.each([
    ['a newer Pagefind', (bundle: string) => {
      const file = path.join(bundle, 'pagefind-entry.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"version":"1.6.', '"version":"1.7.'));
    }, /pagefind-entry\.json: written by Pagefind 1\.7\./],
    ['a chunk it cannot read', (bundle: string) => {
      const chunk = readdirSync(path.join(bundle, 'index')).sort().at(-1)!;
      writeFileSync(path.join(bundle, 'index', chunk), gzipSync(Buffer.from('not pagefind')));
    }, /\.pf_index: not a Pagefind file/],
  ])('an index it does not read (%s) stays as Pagefind wrote it, with a warning naming the file', async (name, change, reason) => {
    const bundle = path.join(dir, `changed-${name.replace(/\W+/g, '-')}`);
    await writeBundle(bundle);
    change(bundle);
    const before = filesOf(bundle);
    const warnings: string[] = [];
    rechunkOrKeep(bundle, { info: () => {}, warn: (line) => warnings.push(line) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^kept Pagefind's own index chunks: /);
    expect(warnings[0]).toMatch(reason);
    expect(filesOf(bundle)).toEqual(before);
  });

  test('the build indexes the pages that have a data-pagefind-body, in one Pagefind run, and re-splits the chunks', async () => {
    const site = path.join(dir, 'site');
    const page = (lang: string, title: string, body: string, indexed = true) =>
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><nav>menu</nav>` +
      `<main${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;
    for (let p = 0; p < 8; p++) {
      const folder = path.join(site, p % 3 === 2 ? `en/page-${p}` : `trang-${p}`);
      mkdirSync(folder, { recursive: true });
      const body = p % 3 === 2 ? `reform index ${p} province survey` : `cải cách hành chính ${p} tỉnh Hà Nam đánh giá`;
      writeFileSync(path.join(folder, 'index.html'), page(p % 3 === 2 ? 'en' : 'vi', `Trang ${p}`, body));
    }
    mkdirSync(path.join(site, 'nhung'), { recursive: true });
    writeFileSync(path.join(site, 'nhung/index.html'), page('vi', 'Nhúng', 'không tìm thấy', false));

    const lines: string[] = [];
    await buildSearchIndex(site, { info: (line) => lines.push(line), warn: (line) => lines.push(`warn: ${line}`) });
    expect(lines.filter((l) => l.startsWith('warn'))).toEqual([]);
    expect(lines.filter((l) => / words re-split /.test(l)).map((l) => l.split(':')[0]).sort()).toEqual(['en', 'vi']);
    expect(lines.at(-1)).toMatch(/^indexed 8 pages in \d+ ms$/);
    const index = readIndex(path.join(site, 'pagefind'));
    expect(index['vi']!.words.map((w) => w[0])).not.toContain('nhung');
    expect(index['vi']!.words.map((w) => w[0])).toContain('hanh');
    for (const { chunks } of Object.values(index)) for (const c of chunks) expect(c.words.reduce((n, w) => n + wordLocations(w), 0)).toBeLessThan(CHUNK_LOCATIONS + 50);
  });
});
