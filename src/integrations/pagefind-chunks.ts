/**
 * Re-splits the word index Pagefind wrote into smaller chunks.
 *
 * Why: Pagefind 1.6 cuts its sorted word list into chunks of about 20,000 word locations (fixed in its source,
 * no option), and a search downloads the one chunk that holds each query word. A four-syllable Vietnamese query
 * therefore fetched up to four ~23 KB chunks, mostly words nobody asked for (bench/results/search.md). Smaller
 * chunks change only where the list is cut: the words, their entries, the chunk file format and the lookup rule
 * stay Pagefind's own, so its search code reads the result unchanged.
 *
 * Format (Pagefind 1.6, each file gzip of "pagefind_dcd" + CBOR):
 * - `pagefind-entry.json`: languages → { hash } naming `pagefind.<hash>.pf_meta`;
 * - the meta: [version, pages, chunks: [from, to, fileHash][], filters, sorts, meta field names];
 * - a chunk `index/<fileHash>.pf_index`: [words], a word being [key, pages, variants, …].
 * Anything else is refused with the file's name before a file is written; the build then keeps Pagefind's own
 * index (pagefind.ts).
 */
import { decode, encode } from 'cborg';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Word locations per chunk; Pagefind's own target is 20,000. Chosen in bench/results/search.md. */
export const CHUNK_LOCATIONS = 1000;
/** The Pagefind versions whose index format this file reads. */
const FORMAT_VERSION = /^1\.6\./;

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

/** A file name from the content's hash, as long as needed to be unique among `taken`. */
function shortHash(bytes: Buffer, length: number, taken: Set<string>, prefix: string): string {
  const full = createHash('sha256').update(bytes).digest('hex');
  let size = length;
  while (taken.has(`${prefix}${full.slice(0, size)}`) && size < full.length) size++;
  const name = `${prefix}${full.slice(0, size)}`;
  taken.add(name);
  return name;
}

function fail(file: string, reason: string): never {
  throw new Error(`${file}: ${reason} (src/integrations/pagefind-chunks.ts reads the index format of Pagefind 1.6)`);
}

export interface RechunkReport {
  language: string;
  words: number;
  chunksBefore: number;
  chunksAfter: number;
  largestBefore: number;
  largestAfter: number;
}

type Meta = [version: string, pages: unknown[], chunks: [string, string, string][], ...rest: unknown[]];
type Entry = { version?: unknown; languages?: Record<string, { hash?: unknown }> };

/**
 * Re-splits the word index of the Pagefind bundle in `bundle` into chunks of about `target` locations, in place.
 * Everything is read and checked before anything is written; the new entry file is written last, so until then
 * the bundle is still Pagefind's own.
 */
export function rechunkPagefindBundle(bundle: string, target = CHUNK_LOCATIONS): RechunkReport[] {
  const entryFile = path.join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  if (typeof entry.version !== 'string' || !FORMAT_VERSION.test(entry.version)) fail(entryFile, `written by Pagefind ${String(entry.version)}`);
  if (!entry.languages || typeof entry.languages !== 'object') fail(entryFile, 'no "languages"');

  const taken = new Set(readdirSync(path.join(bundle, 'index')).map((f) => f.replace(/\.pf_index$/, '')));
  const plans = Object.entries(entry.languages).map(([language, info]) => {
    if (typeof info.hash !== 'string') fail(entryFile, `language ${language} has no meta hash`);
    const metaFile = path.join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(metaFile) as Meta;
    if (!Array.isArray(meta) || meta.length !== 6 || typeof meta[0] !== 'string' || !Array.isArray(meta[2])) fail(metaFile, 'the meta is not [version, pages, chunks, filters, sorts, fields]');
    const oldChunks = meta[2].map((chunk, i) => {
      if (!Array.isArray(chunk) || typeof chunk[2] !== 'string') fail(metaFile, `chunk ${i} is not [from, to, hash]`);
      return path.join(bundle, 'index', `${chunk[2]}.pf_index`);
    });
    // Pagefind's chunks hold consecutive runs of one sorted list: joined in order, they are that list.
    const words = oldChunks.flatMap((file) => {
      const content = readPagefindFile(file);
      const list: unknown = Array.isArray(content) ? content[0] : undefined;
      if (!Array.isArray(list)) fail(file, 'the chunk holds no word list');
      for (const [i, w] of list.entries()) {
        if (!Array.isArray(w) || typeof w[0] !== 'string' || !Array.isArray(w[1]) || !Array.isArray(w[2])) fail(file, `word ${i} is not [key, pages, variants]`);
      }
      return list as IndexedWord[];
    });
    for (let i = 1; i < words.length; i++) if (compareWords(words[i - 1]![0], words[i]![0]) >= 0) fail(metaFile, `the words are not in order at "${words[i]![0]}"`);
    const split = splitWords(words, target);
    const bounds = chunkBounds(split);
    const chunks = split.map((chunk, i) => {
      const bytes = pagefindBytes([chunk]);
      return { bytes, name: shortHash(bytes, 7, taken, `${language}_`), from: bounds[i]!.from, to: bounds[i]!.to };
    });
    const metaBytes = pagefindBytes([meta[0], meta[1], chunks.map((c): [string, string, string] => [c.from, c.to, c.name]), ...meta.slice(3)]);
    const metaHash = shortHash(metaBytes, 10, new Set([info.hash]), `${language}_`);
    const report: RechunkReport = {
      language,
      words: words.length,
      chunksBefore: oldChunks.length,
      chunksAfter: chunks.length,
      largestBefore: Math.max(0, ...oldChunks.map((f) => readFileSync(f).length)),
      largestAfter: Math.max(0, ...chunks.map((c) => c.bytes.length)),
    };
    return { language, info, metaFile, oldChunks, chunks, metaBytes, metaHash, report };
  });

  for (const plan of plans) {
    for (const c of plan.chunks) writeFileSync(path.join(bundle, 'index', `${c.name}.pf_index`), c.bytes);
    writeFileSync(path.join(bundle, `pagefind.${plan.metaHash}.pf_meta`), plan.metaBytes);
  }
  const languages = Object.fromEntries(plans.map((p) => [p.language, { ...p.info, hash: p.metaHash }]));
  writeFileSync(entryFile, JSON.stringify({ ...entry, languages }));
  for (const plan of plans) for (const file of [plan.metaFile, ...plan.oldChunks]) rmSync(file);
  return plans.map((p) => p.report);
}
