/**
 * Checks on the words a reader sees: spacing and punctuation (a word glued to the next one, "phépCC", "2021(",
 * ".("), research notes left on reader pages ("chúng tôi chưa tìm thấy"), and the glossary's terms used for the
 * wrong index. Pure functions on text, so fixtures prove each can fail; the browser sweep (page-gates.ts) runs the
 * spacing and voice checks on every page's rendered text, and tests/build/words.test.ts runs voice and terms on dist/.
 */

/** Real names written without a space between capitalised parts. */
export const GLUED_NAMES = [
  'VietNamNet', 'VnExpress', 'VietnamPlus', 'VnEconomy', 'VietnamBiz', 'LuatVietnam', 'LawNet', 'PowerPoint', 'YouTube', 'GitHub',
  'TalkVietnam', 'VnDoc', 'JavaScript', 'PageSpeed', 'OpenStreetMap', 'ZaloPay', 'VNPost', 'CafeF', 'TTXVN', 'DevTools',
  'HuggingFace', 'letrinhan', 'iOS', 'eGov', 'PhD', 'McKinsey', 'DataPackage', 'iPhone', 'WebP', 'PNGs', 'SVGs', 'CSVs', 'CSVs',
  'PCIs', 'PAPIs', 'UBNDs', 'QĐs', 'vnExpress', 'OpenDevelopment', 'BaoMoi', 'baoMoi', 'eNewspaper', 'SaigonTimes', 'MoHA', 'VietMaz', 'VietTimes', 'VnReview', 'ePapers',
  'TopoJSON', 'ShareAlike',
];

const GLUED: { re: RegExp; why: string }[] = [
  // A lower-case letter followed by a capital inside one word: two words run together ("phépCC", "underCC").
  { re: /\p{Ll}\p{Lu}/gu, why: 'a word runs into the next one' },
  // A letter or digit right before an opening bracket: "2021(28/11/2026)".
  { re: /[\p{L}\p{N}][([]/gu, why: 'no space before a bracket' },
  // Sentence punctuation right before an opening bracket: "năm 2024.(Nguồn:".
  { re: /[.,;:!?][([]/gu, why: 'no space between punctuation and a bracket' },
  // A sentence that ends on a word or a year, then goes on in lower case: "từ năm 2018. chỉ số nội dung".
  { re: /(?:\p{L}{2}|\d{4})\. \p{Ll}/gu, why: 'a sentence starts in lower case' },
  // A closing bracket right before a letter: "(28/11/2026)text".
  { re: /[)\]]\p{L}/gu, why: 'no space after a closing bracket' },
];

/** The word around offset i, for the message and the allowlist. */
function wordAt(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && /\S/u.test(text[a - 1]!)) a--;
  while (b < text.length && /\S/u.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** A glued name from the allowlist, a web address, a file name or code-like token is not a spacing error. */
function allowed(words: string): boolean {
  return words.split(/\s+/u).some(allowedWord);
}

function allowedWord(word: string): boolean {
  if (GLUED_NAMES.some((name) => word.includes(name))) return true;
  if (/^\(?(https?:|www\.|[\w.-]+\.(vn|org|com|net|gov|io|html|csv|json|xlsx|pdf|png|webp|svg)\b)/iu.test(word)) return true;
  // Paths, code, e-mail addresses, hashtags; a date such as 11/2021 is text, not a path.
  if (/[=\\_{}<>@#]|\p{L}\/|\/\p{L}/u.test(word)) return true;
  if (/\(\*\)/u.test(word)) return true; // an official name's footnote marker: "Online(*)"
  if (/\p{L}\[\p{L}{0,3}\]?/u.test(word)) return true; // an editor's insertion inside a quoted word: "ngườ[i]"
  return false;
}

/** Spacing and punctuation errors in a page's rendered text. */
export function spacingProblems(text: string): string[] {
  const problems = new Set<string>();
  for (const { re, why } of GLUED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = wordAt(text, m.index, m.index + m[0].length);
      if (allowed(word)) continue;
      problems.add(`spacing: ${why}: "${word.slice(0, 60)}"`);
    }
  }
  return [...problems];
}

/** Research notes: where the site's own search is narrated instead of the reader being told what is known. */
const RESEARCH_VOICE = /chúng tôi (?:\S+ )?(?:chưa|không) (?:tìm thấy|tìm được|kiểm tra được)|we (?:have )?(?:not|never) found|we did not find|we could not (?:find|check)/giu;
/** Pages about the research itself, where such notes belong. */
const RESEARCH_PAGES = /^(?:\/en)?\/(?:nguon|sources|gioi-thieu|about)\//u;

export function researchVoiceProblems(urlPath: string, text: string): string[] {
  if (RESEARCH_PAGES.test(urlPath)) return [];
  return [...new Set([...text.matchAll(RESEARCH_VOICE)].map((m) => `research voice on a reader page: "${m[0]}" (move the note to /nguon/ or state what the page covers)`))];
}

/** Spacing and research-voice checks for one page's rendered text (the one-line hook of the browser sweep). */
export function textProblems(url: string, text: string): string[] {
  return [...spacingProblems(text), ...researchVoiceProblems(new URL(url, 'http://x').pathname, text)];
}

/** A glossary term that belongs to one index, with the word forms that name it in running text. */
export interface IndexTerm {
  id: string;
  index: string;
  forms: string[];
}

/** Text inside quotation marks is a quotation or an official name, which the terms check leaves alone. */
function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/gu, ' ');
}

/**
 * Terms used for the wrong index: a passage about `index` that uses a form of a term the glossary gives to another
 * index ("lĩnh vực", the PAR INDEX's word, in a passage about PAPI). Quotations and official names in quotes are exempt.
 */
export function termProblems(index: string, text: string, terms: IndexTerm[]): string[] {
  const plain = withoutQuotations(text).toLocaleLowerCase('vi');
  const problems: string[] = [];
  for (const term of terms) {
    if (term.index === index) continue;
    for (const form of term.forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.toLocaleLowerCase('vi').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      const hit = re.exec(plain);
      if (hit) problems.push(`term: "${form}" is the ${term.index} word (glossary "${term.id}"), used in a passage about ${index}: "…${plain.slice(Math.max(0, hit.index - 40), hit.index + form.length + 40).trim()}…"`);
    }
  }
  return problems;
}

/* ------------------------------------------------------------------ over built HTML (tests/build/words.test.ts) */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? all),
  );
}

/** The words of an HTML fragment: no scripts, styles, templates or tags; quotations (<q>, <blockquote>) left out when asked. */
export function htmlText(html: string, { withoutQuotes = false } = {}): string {
  let h = html.replace(/<!--[\s\S]*?-->/gu, ' ').replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, ' ');
  if (withoutQuotes) h = h.replace(/<(q|blockquote)\b[\s\S]*?<\/\1>/giu, ' ');
  return decode(h.replace(/<[^>]+>/gu, ' ')).replace(/\s+/gu, ' ').trim();
}

/** Every element marked data-index="…" with the HTML inside it (the passage is about that index). */
export function indexPassages(html: string): { index: string; html: string; from: number; to: number }[] {
  const passages: { index: string; html: string; from: number; to: number }[] = [];
  for (const open of html.matchAll(/<([a-z][\w-]*)\b[^>]*\sdata-index="([^"]+)"[^>]*>/giu)) {
    const name = open[1]!.toLowerCase();
    const start = open.index + open[0].length;
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'giu');
    tags.lastIndex = start;
    let depth = 1;
    let end = html.length;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index;
        break;
      }
    }
    passages.push({ index: open[2]!, html: html.slice(start, end), from: open.index, to: end });
  }
  return passages;
}

/** The terms check over one built page: each passage about an index that has glossary terms, quotations left out. */
export function pageTermProblems(html: string, terms: IndexTerm[]): string[] {
  const checked = new Set(terms.map((t) => t.index));
  return indexPassages(html)
    .filter((p) => checked.has(p.index))
    .flatMap((p) => termProblems(p.index, htmlText(withoutNestedPassages(p.html), { withoutQuotes: true }), terms));
}

/** A passage about one index may hold a passage about another (a comparison): that one is checked on its own. */
function withoutNestedPassages(html: string): string {
  let out = html;
  for (const inner of indexPassages(html).reverse()) out = out.slice(0, inner.from) + ' ' + out.slice(inner.to);
  return out;
}
