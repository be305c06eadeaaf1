/**
 * Vietnamese writes decimals with a comma ("0,25–2,5") and groups thousands with a dot ("15.833").
 * This finds English-style decimals in the visible text of a page, leaving alone what only looks like one:
 * codes ("5.2", "1.1.3"), thousands, URLs, licence names and document numbers.
 */
import { decodeEntities } from './html.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
/** A quote keeps its source's own wording and numbers; text in another language keeps that language's format. */
const KEPT_AS_IS = new Set(['blockquote', 'q']);

/**
 * The Vietnamese text a reader sees: no scripts, styles, templates, comments or tags, and none of the text
 * inside quotes or inside elements in another language (lang="en").
 */
export function visibleText(html: string): string {
  const out: string[] = [];
  const stack: boolean[] = []; // per open element: is its text skipped?
  let at = 0;
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    if (!stack.at(-1)) out.push(html.slice(at, m.index));
    at = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (m[1]) {
      stack.pop();
      continue;
    }
    if (VOID.has(name) || m[3]?.trimEnd().endsWith('/')) continue;
    const lang = /\blang\s*=\s*["']?([\w-]+)/i.exec(m[3] ?? '')?.[1];
    const skip = Boolean(stack.at(-1)) || HIDDEN.has(name) || KEPT_AS_IS.has(name) || (lang !== undefined && !lang.toLowerCase().startsWith('vi'));
    if (HIDDEN.has(name)) {
      // Raw text: jump to the closing tag.
      const close = html.toLowerCase().indexOf(`</${name}`, at);
      at = close === -1 ? html.length : close;
    }
    stack.push(skip);
  }
  if (!stack.at(-1)) out.push(html.slice(at));
  return decodeEntities(out.join(' ')).replace(/\s+/g, ' ');
}

const NOT_NUMBERS = [
  /\bhttps?:\/\/\S+/g, // URLs
  /\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net|gov|int|io|info|edu)\b\S*/gi, // host names and paths
  /\bCC BY(?:-SA)? \d\.\d\b/g, // licence names
  /\S*\d\S*\/(?:QĐ|NĐ|TT|NQ|QH|CT|KH|BNV|TTg|CP)\S*/g, // document numbers ("1149/QĐ-BNV")
  /\b(?:Table|Bảng|Figure|Hình|Mục|Điều|Khoản)\s+\d+(?:\.\d+)+/g, // places in a document ("Table 3.6")
];

/** Every dot decimal in `text` ("87.12", "0.25"); `codes` are ids such as "5.2" that are written with a dot. */
export function dotDecimals(text: string, codes: ReadonlySet<string>): string[] {
  let rest = text;
  for (const re of NOT_NUMBERS) rest = rest.replace(re, ' ');
  const hits: string[] = [];
  for (const m of rest.matchAll(/(?<![\w.,])\d+(?:\.\d+)+(?![\w]|[.,]\d)/g)) {
    const parts = m[0].split('.');
    if (parts.length > 2) continue; // an indicator code ("1.1.3") or a grouped number ("1.234.567")
    const [whole, fraction] = parts as [string, string];
    if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) continue; // thousands: "15.833"
    if (codes.has(m[0])) continue;
    hits.push(rest.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).trim());
  }
  return hits;
}
