/**
 * Re-splits Pagefind's word index into smaller chunks after Pagefind has written it, joining the bundles of
 * several Pagefind runs into one on the way (pagefind.ts indexes a large site in parts, to bound its memory).
 *
 * Why: Pagefind 1.6 cuts its sorted word list into chunks of about 20,000 word locations (fixed in its source,
 * no option), and a search downloads the one chunk that holds each query word. A four-syllable Vietnamese query
 * therefore fetched up to four ~23 KB chunks, mostly words nobody asked for. Smaller chunks change only where the
 * list is cut: the words, their entries, the chunk file format and the lookup rule stay Pagefind's own, so its
 * search code reads the result unchanged.
 *
 * Format (Pagefind 1.6, each file gzip of "pagefind_dcd" + CBOR):
 * - `pagefind-entry.json`: languages → { hash } naming `pagefind.<hash>.pf_meta`;
 * - the meta: [version, pages: [fragment, word count, …][], chunks: [from, to, fileHash][],
 *   filters: [name, fileHash][], sorts, meta field names];
 * - a chunk `index/<fileHash>.pf_index`: [words], a word being [key, pages, variants], where pages are
 *   [page number minus the previous entry's, locations, …] and variants are [accented form, pages];
 * - a filter `filter/<fileHash>.pf_filter`: [name, [value, page numbers][]].
 * Anything else fails the build with the file's name rather than writing an index Pagefind cannot read.
 */
import { decode, encode } from 'cborg';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Word locations per chunk; Pagefind's own target is 20,000. Chosen in bench/results/search.md. */
export const CHUNK_LOCATIONS = 1000;

const SIGNATURE = Buffer.from('pagefind_dcd');

type Pages = [number, number[], ...unknown[]][];
export type IndexedWord = [key: string, pages: Pages, variants: [form: string, pages: Pages][], ...rest: unknown[]];
export interface ChunkBounds {
  from: string;
  to: string;
}

/** Pagefind compares words as Rust strings: by UTF-8 bytes, which is code point order. */
export function compareWords(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The size measure Pagefind splits on: one per location, plus one per page the word is on. */
export function wordLocations(word: IndexedWord): number {
  const count = (pages: Pages) => pages.reduce((sum, page) => sum + page[1].length + 1, 0);
  return count(word[1]) + word[2].reduce((sum, variant) => sum + count(variant[1]), 0);
}

/** Cuts a sorted word list as Pagefind does (a chunk closes once it reaches the target), with a smaller target. */
export function splitWords(words: IndexedWord[], target: number): IndexedWord[][] {
  const chunks: IndexedWord[][] = [];
  let chunk: IndexedWord[] = [];
  let size = 0;
  for (const word of words) {
    chunk.push(word);
    size += wordLocations(word);
    if (size >= target) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * Each chunk's range. A query word loads the first chunk whose range holds it, so every indexed word must fall in
 * its own chunk's range and in no earlier one. `from` is shortened as Pagefind does (one character past the common
 * prefix with the previous chunk's last word), which routes a typed prefix to where its words start. `to` stays the
 * full last word: Pagefind shortens it too, which can put the chunk's own last words outside its range
 * ("cz" before "da" gives to = "c"), and such a word is then not found.
 */
export function chunkBounds(chunks: IndexedWord[][]): ChunkBounds[] {
  const bounds = chunks.map((chunk) => ({ from: chunk[0]![0], to: chunk.at(-1)![0] }));
  for (let i = 0; i + 1 < bounds.length; i++) {
    const left = [...bounds[i]!.to];
    const right = [...bounds[i + 1]!.from];
    let common = 0;
    while (common < left.length && common < right.length && left[common] === right[common]) common++;
    bounds[i + 1]!.from = right.slice(0, common + 1).join('');
  }
  return bounds;
}

/** Pagefind's lookup for one query word: the first chunk with from ≤ word ≤ to (-1 when none). */
export function chunkFor(word: string, bounds: ChunkBounds[]): number {
  return bounds.findIndex((b) => compareWords(word, b.from) >= 0 && compareWords(word, b.to) <= 0);
}

export function readPagefindFile(file: string): unknown {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file}: not a Pagefind file (no pagefind_dcd signature)`);
  return decode(raw.subarray(SIGNATURE.length));
}

function pagefindBytes(value: unknown): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
}

function shortHash(bytes: Buffer, length: number, taken: Set<string>, prefix: string): string {
  const full = createHash('sha256').update(bytes).digest('hex');
  let size = length;
  while (taken.has(`${prefix}${full.slice(0, size)}`) && size < full.length) size++;
  const name = `${prefix}${full.slice(0, size)}`;
  taken.add(name);
  return name;
}

function fail(file: string, reason: string): never {
  throw new Error(`${file}: ${reason} (Pagefind's index format changed? src/integrations/pagefind-chunks.ts reads Pagefind 1.6)`);
}

function assertWords(words: unknown, file: string): asserts words is IndexedWord[] {
  if (!Array.isArray(words)) fail(file, 'the chunk holds no word list');
  for (const [i, w] of words.entries()) {
    if (!Array.isArray(w) || typeof w[0] !== 'string' || !Array.isArray(w[1]) || !Array.isArray(w[2])) fail(file, `word ${i} is not [key, pages, variants]`);
  }
}

export interface RechunkReport {
  language: string;
  words: number;
  /** Pages in the language's index, and how many Pagefind runs (parts) they came from. */
  pages: number;
  parts: number;
  chunksBefore: number;
  chunksAfter: number;
  largestBefore: number;
  largestAfter: number;
}

type Meta = [version: string, pages: unknown[], chunks: [string, string, string][], filters: [string, string][], sorts: unknown[], fields: string[], ...rest: unknown[]];
interface Entry {
  version?: unknown;
  languages?: Record<string, { hash?: unknown; wasm?: unknown; page_count?: unknown }>;
  include_characters?: unknown;
}
/** A word's pages with absolute page numbers (Pagefind stores each as the difference from the one before). */
type AbsolutePages = [number, ...unknown[]][];

/**
 * Turns a word's pages into absolute page numbers moved up by `offset`, in place (a 5,000-article index decodes to
 * millions of small arrays; copying them would double what the merge holds). A page's third element lists where the
 * word is in the page's meta (its title…): a negative number there is a meta field, -(index + 1) into the meta's
 * field names, which differ between parts, so `fields` maps each part's index to the merged one.
 */
function makeAbsolute(pages: Pages, offset: number, fields: number[], file: string): AbsolutePages {
  let page = 0;
  for (const p of pages) {
    if (!Array.isArray(p) || typeof p[0] !== 'number') fail(file, 'a word\'s page is not [page, locations, …]');
    page += p[0];
    p[0] = page + offset;
    const metaLocations = p[2];
    if (metaLocations === undefined) continue;
    if (!Array.isArray(metaLocations)) fail(file, 'a word\'s meta locations are not a list');
    metaLocations.forEach((n: unknown, i: number) => {
      if (typeof n !== 'number' || n >= 0) return;
      const field = fields[-n - 1];
      if (field === undefined) fail(file, `meta location ${n} names no meta field`);
      metaLocations[i] = -(field + 1);
    });
  }
  return pages as AbsolutePages;
}

/** Back to Pagefind's differences between page numbers, in place. */
function makeRelative(pages: AbsolutePages): Pages {
  let previous = 0;
  for (const p of pages) {
    const page = p[0];
    p[0] = page - previous;
    previous = page;
  }
  return pages as unknown as Pages;
}

function readEntry(bundle: string): Entry & { languages: NonNullable<Entry['languages']> } {
  const entryFile = path.join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  if (!entry.languages || typeof entry.languages !== 'object') fail(entryFile, 'no "languages"');
  return entry as Entry & { languages: NonNullable<Entry['languages']> };
}

/**
 * Joins Pagefind bundles written from separate sets of pages into one bundle in `out`, as one Pagefind run over
 * all the pages would have written it, with the word index cut into chunks of about `target` locations.
 *
 * Pages are numbered part after part (a part's page numbers move up by the pages of the parts before it); a word's
 * entries, variants and a filter's pages are joined in that order, so they stay sorted. Fragments (one file per
 * page, named by its content) and Pagefind's scripts are copied. With one part this only re-splits the chunks.
 */
export function mergePagefindBundles(parts: string[], out: string, target = CHUNK_LOCATIONS): RechunkReport[] {
  if (!parts.length) throw new Error('mergePagefindBundles: no bundle to merge');
  const entries = parts.map(readEntry);
  const first = entries[0]!;
  for (const [p, e] of entries.entries()) {
    if (JSON.stringify(e.include_characters) !== JSON.stringify(first.include_characters) || e.version !== first.version) fail(path.join(parts[p]!, 'pagefind-entry.json'), 'differs from the first part in version or include_characters');
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'index'), { recursive: true });
  mkdirSync(path.join(out, 'filter'), { recursive: true });
  mkdirSync(path.join(out, 'fragment'), { recursive: true });
  // Pagefind's scripts, styles and search engines: the same in every part.
  for (const name of readdirSync(parts[0]!)) {
    if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || statSync(path.join(parts[0]!, name)).isDirectory()) continue;
    cpSync(path.join(parts[0]!, name), path.join(out, name));
  }
  for (const part of parts) {
    const fragments = path.join(part, 'fragment');
    if (existsSync(fragments)) for (const name of readdirSync(fragments)) cpSync(path.join(fragments, name), path.join(out, 'fragment', name));
  }

  const taken = new Set<string>();
  const reports: RechunkReport[] = [];
  const metaOf = (p: number, language: string): { file: string; meta: Meta } | undefined => {
    const info = entries[p]!.languages[language];
    if (!info) return undefined;
    if (typeof info.hash !== 'string') fail(path.join(parts[p]!, 'pagefind-entry.json'), `language ${language} has no meta hash`);
    const file = path.join(parts[p]!, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(file) as Meta;
    if (!Array.isArray(meta) || typeof meta[0] !== 'string' || !Array.isArray(meta[1]) || !Array.isArray(meta[2]) || !Array.isArray(meta[3]) || !Array.isArray(meta[4]) || !Array.isArray(meta[5])) {
      fail(file, 'the meta is not [version, pages, chunks, filters, sorts, fields]');
    }
    if (meta[4].length) fail(file, 'sort indexes are not supported');
    if (meta.length > 6) fail(file, 'unexpected meta fields after position 5');
    return { file, meta };
  };
  const languages: NonNullable<Entry['languages']> = {};
  const allLanguages = [...new Set(entries.flatMap((e) => Object.keys(e.languages)))];
  for (const language of allLanguages) {
    let version: string | undefined;
    const pages: unknown[] = [];
    const metas = parts.map((_, p) => metaOf(p, language));
    const fields = [...new Set(metas.flatMap((m) => m?.meta[5] ?? []))].sort(compareWords);
    const words = new Map<string, { pages: AbsolutePages; variants: Map<string, AbsolutePages>; rest: unknown[] }>();
    const filters = new Map<string, Map<string, number[]>>();
    let chunksBefore = 0;
    let largestBefore = 0;
    let wasm: unknown = null;
    let partsWithLanguage = 0;

    parts.forEach((part, p) => {
      const found = metas[p];
      if (!found) return;
      const { file: metaFile, meta } = found;
      partsWithLanguage++;
      wasm = entries[p]!.languages[language]!.wasm ?? wasm;
      if (version !== undefined && meta[0] !== version) fail(metaFile, `version ${meta[0]}, another part has ${version}`);
      version = meta[0];
      const offset = pages.length;
      pages.push(...meta[1]);
      const fieldMap = meta[5].map((field) => fields.indexOf(field));

      for (const [i, chunk] of meta[2].entries()) {
        if (!Array.isArray(chunk) || typeof chunk[2] !== 'string') fail(metaFile, `chunk ${i} is not [from, to, hash]`);
        const file = path.join(part, 'index', `${chunk[2]}.pf_index`);
        const content = readPagefindFile(file);
        const chunkWords = Array.isArray(content) ? content[0] : undefined;
        assertWords(chunkWords, file);
        chunksBefore++;
        largestBefore = Math.max(largestBefore, statSync(file).size);
        for (const [key, wordPages, variants, ...rest] of chunkWords) {
          let word = words.get(key);
          if (!word) {
            word = { pages: [], variants: new Map(), rest };
            words.set(key, word);
          } else if (JSON.stringify(word.rest) !== JSON.stringify(rest)) fail(file, `word "${key}" carries data that differs between parts`);
          for (const p of makeAbsolute(wordPages, offset, fieldMap, file)) word.pages.push(p);
          for (const variant of variants) {
            if (!Array.isArray(variant) || typeof variant[0] !== 'string' || !Array.isArray(variant[1])) fail(file, `a variant of "${key}" is not [form, pages]`);
            const list = word.variants.get(variant[0]) ?? [];
            for (const p of makeAbsolute(variant[1], offset, fieldMap, file)) list.push(p);
            word.variants.set(variant[0], list);
          }
        }
      }

      for (const [i, filter] of meta[3].entries()) {
        if (!Array.isArray(filter) || typeof filter[1] !== 'string') fail(metaFile, `filter ${i} is not [name, hash]`);
        const file = path.join(part, 'filter', `${filter[1]}.pf_filter`);
        const content = readPagefindFile(file);
        if (!Array.isArray(content) || typeof content[0] !== 'string' || !Array.isArray(content[1])) fail(file, 'the filter is not [name, values]');
        const values = filters.get(content[0]) ?? new Map<string, number[]>();
        filters.set(content[0], values);
        for (const value of content[1] as unknown[]) {
          if (!Array.isArray(value) || typeof value[0] !== 'string' || !Array.isArray(value[1])) fail(file, 'a filter value is not [value, pages]');
          const list = values.get(value[0]) ?? [];
          list.push(...(value[1] as number[]).map((page) => page + offset));
          values.set(value[0], list);
        }
      }
    });

    const merged: IndexedWord[] = [...words.keys()].sort(compareWords).map((key) => {
      const word = words.get(key)!;
      const variants = [...word.variants].map(([form, list]) => [form, makeRelative(list)] as [string, Pages]);
      return [key, makeRelative(word.pages), variants, ...word.rest];
    });
    const split = splitWords(merged, target);
    const bounds = chunkBounds(split);
    let largestAfter = 0;
    const chunks = split.map((chunk, i): [string, string, string] => {
      const bytes = pagefindBytes([chunk]);
      const name = shortHash(bytes, 7, taken, `${language}_`);
      writeFileSync(path.join(out, 'index', `${name}.pf_index`), bytes);
      largestAfter = Math.max(largestAfter, bytes.length);
      return [bounds[i]!.from, bounds[i]!.to, name];
    });
    const filterList = [...filters.keys()].sort(compareWords).map((name): [string, string] => {
      const values = [...filters.get(name)!].sort(([a], [b]) => compareWords(a, b));
      const bytes = pagefindBytes([name, values]);
      const hash = shortHash(bytes, 7, taken, `${language}_`);
      writeFileSync(path.join(out, 'filter', `${hash}.pf_filter`), bytes);
      return [name, hash];
    });
    const meta: Meta = [version!, pages, chunks, filterList, [], fields];
    const metaBytes = pagefindBytes(meta);
    const metaHash = shortHash(metaBytes, 10, taken, `${language}_`);
    writeFileSync(path.join(out, `pagefind.${metaHash}.pf_meta`), metaBytes);
    languages[language] = { hash: metaHash, wasm, page_count: pages.length };
    reports.push({ language, words: merged.length, pages: pages.length, parts: partsWithLanguage, chunksBefore, chunksAfter: chunks.length, largestBefore, largestAfter });
  }

  writeFileSync(path.join(out, 'pagefind-entry.json'), JSON.stringify({ version: first.version, languages, include_characters: first.include_characters }));
  return reports;
}
