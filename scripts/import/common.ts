/** Shared pieces of the research import: CSV reading, source ids, number parsing. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export type Row = Record<string, string>;

export function readCsv(dir: string, file: string): Row[] {
  return parse(readFileSync(path.join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: false, bom: true }) as Row[];
}

/** Stable source id for a URL: "<host>-<6 hex of sha1(url)>", e.g. "baohanam-com-vn-1a2b3c". */
export function sourceIdForUrl(url: string): string {
  const host = new URL(url).hostname.replace(/^(www|m)\./, '').replace(/[^a-z0-9]+/g, '-');
  return `${host}-${createHash('sha1').update(url).digest('hex').slice(0, 6)}`;
}

/** Decimals as published: "81.51" → 2, "43.2855" → 4, "38" → 0. */
export function decimals(value: string): number {
  const m = /\.(\d+)$/.exec(value.trim());
  return m ? m[1]!.length : 0;
}

export function num(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (!/^-?\d+(?:\.\d+)?$/.test(v)) return undefined;
  return Number(v);
}

export function int(value: string | undefined): number | undefined {
  const v = value?.trim();
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}

export { slugify } from '../../src/lib/slug.ts';

export function shorten(text: string, max = 300): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

const ENGLISH_TYPOS = JSON.parse(readFileSync(new URL('./curated/english-typos.json', import.meta.url), 'utf8')) as Record<string, string>;

/** The research's English misspellings (curated/english-typos.json) → correct spelling. */
export function fixEnglish(name: string): string {
  return Object.entries(ENGLISH_TYPOS).reduce((s, [typo, fixed]) => s.replaceAll(typo, fixed), name);
}

const VIETNAMESE_TYPOS = (JSON.parse(readFileSync(new URL('./curated/vietnamese-typos.json', import.meta.url), 'utf8')) as { typos: Record<string, string> }).typos;

/** The official workbook's Vietnamese misspellings (curated/vietnamese-typos.json) → correct spelling. */
export function fixVietnamese(text: string): string {
  return Object.entries(VIETNAMESE_TYPOS).reduce((s, [typo, fixed]) => s.replaceAll(typo, fixed), text);
}

/**
 * A Vietnamese label and scale with the workbook's misspellings corrected; where anything changed, `as_printed` keeps
 * the workbook's own text, so the page can say the spelling was corrected.
 */
export function correctedVietnamese(fields: { name_vi: string; scale_text?: string | undefined }): {
  name_vi: string;
  scale_text?: string;
  as_printed?: { name_vi?: string; scale_text?: string };
} {
  const name = fixVietnamese(fields.name_vi);
  const scale = fields.scale_text === undefined ? undefined : fixVietnamese(fields.scale_text);
  const as_printed = {
    ...(name !== fields.name_vi ? { name_vi: fields.name_vi } : {}),
    ...(scale !== fields.scale_text && fields.scale_text !== undefined ? { scale_text: fields.scale_text } : {}),
  };
  return { name_vi: name, ...(scale !== undefined ? { scale_text: scale } : {}), ...(Object.keys(as_printed).length ? { as_printed } : {}) };
}

/** Sort object keys recursively for stable JSON. Arrays keep their order. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
