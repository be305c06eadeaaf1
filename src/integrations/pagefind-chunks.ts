/**
 * Re-splits Pagefind's word index into smaller chunks after Pagefind has written it.
 *
 * Why: Pagefind 1.6 cuts its sorted word list into chunks of about 20,000 word locations (fixed in its source,
 * no option), and a search downloads the one chunk that holds each query word. A four-syllable Vietnamese query
 * therefore fetched up to four ~23 KB chunks, mostly words nobody asked for. Smaller chunks change only where the
 * list is cut: the words, their entries, the chunk file format and the lookup rule stay Pagefind's own, so its
 * search code reads the result unchanged.
 *
 * Format (Pagefind 1.6, each file gzip of "pagefind_dcd" + CBOR):
 * - `pagefind-entry.json`: languages → { hash } naming `pagefind.<hash>.pf_meta`;
 * - the meta: [version, pages, chunks: [from, to, fileHash][], …];
 * - a chunk `index/<fileHash>.pf_index`: [words], a word being [key, pages, variants], where pages are
 *   [pageNumber, locations, …] and variants are [accented form, pages].
 * Anything else fails the build with the file's name rather than writing an index Pagefind cannot read.
 */
import { decode, encode } from 'cborg';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  chunksBefore: number;
  chunksAfter: number;
  largestBefore: number;
  largestAfter: number;
}

/** Re-splits every language's word index in a Pagefind bundle folder (dist/pagefind) in place. */
export function rechunkPagefindBundle(bundle: string, target = CHUNK_LOCATIONS): RechunkReport[] {
  const entryFile = path.join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
  if (!entry.languages || typeof entry.languages !== 'object') fail(entryFile, 'no "languages"');
  const indexDir = path.join(bundle, 'index');
  const taken = new Set(readdirSync(indexDir).map((f) => f.replace(/\.pf_index$/, '')));
  const reports: RechunkReport[] = [];
  const obsolete: string[] = [];

  for (const [language, info] of Object.entries(entry.languages)) {
    if (typeof info.hash !== 'string') fail(entryFile, `language ${language} has no meta hash`);
    const metaFile = path.join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(metaFile);
    if (!Array.isArray(meta) || !Array.isArray(meta[2])) fail(metaFile, 'no chunk list at position 2');
    const oldChunks = meta[2] as unknown[];
    const words: IndexedWord[] = [];
    let largestBefore = 0;
    for (const [i, chunk] of oldChunks.entries()) {
      if (!Array.isArray(chunk) || typeof chunk[2] !== 'string') fail(metaFile, `chunk ${i} is not [from, to, hash]`);
      const file = path.join(indexDir, `${chunk[2]}.pf_index`);
      const content = readPagefindFile(file);
      const chunkWords = Array.isArray(content) ? content[0] : undefined;
      assertWords(chunkWords, file);
      largestBefore = Math.max(largestBefore, statSync(file).size);
      words.push(...chunkWords);
      obsolete.push(file);
    }
    for (let i = 1; i < words.length; i++) {
      if (compareWords(words[i - 1]![0], words[i]![0]) >= 0) fail(metaFile, `the words are not in order at "${words[i]![0]}"`);
    }

    const split = splitWords(words, target);
    const bounds = chunkBounds(split);
    let largestAfter = 0;
    const newChunks = split.map((chunk, i) => {
      const bytes = pagefindBytes([chunk]);
      const name = shortHash(bytes, 7, taken, `${language}_`);
      writeFileSync(path.join(indexDir, `${name}.pf_index`), bytes);
      largestAfter = Math.max(largestAfter, bytes.length);
      return [bounds[i]!.from, bounds[i]!.to, name];
    });
    meta[2] = newChunks;
    const metaBytes = pagefindBytes(meta);
    const metaHash = shortHash(metaBytes, 10, new Set(), `${language}_`);
    writeFileSync(path.join(bundle, `pagefind.${metaHash}.pf_meta`), metaBytes);
    if (metaHash !== info.hash) obsolete.push(metaFile);
    info.hash = metaHash;
    reports.push({ language, words: words.length, chunksBefore: oldChunks.length, chunksAfter: newChunks.length, largestBefore, largestAfter });
  }

  writeFileSync(entryFile, JSON.stringify(entry));
  // New names never reuse an old one (`taken` held them all), so every old chunk file can go.
  for (const file of obsolete) rmSync(file);
  return reports;
}
