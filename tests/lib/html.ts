/**
 * Just enough HTML reading for the build checks: start tags with their attributes, and the raw text of
 * <script> and <style>. Astro writes well-formed HTML, so a tokenizer is enough; the Nu Html Checker
 * (html-validator.ts) is what proves the markup is valid.
 */

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Lower-case attribute names; values with character references decoded. */
  attrs: Map<string, string>;
  /** Offset of the "<" in the document. */
  offset: number;
  /** The raw content of <script> and <style>, exactly as a CSP hash covers it. */
  text?: string;
}

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/[^>]*>|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style']);

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const lower = html.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    if (!match[1]) continue; // comment, doctype or end tag
    const tag: Tag = { name: match[1].toLowerCase(), attrs: parseAttributes(match[2] ?? ''), offset: match.index };
    if (RAW_TEXT.has(tag.name)) {
      const close = lower.indexOf(`</${tag.name}`, TOKEN.lastIndex);
      const end = close === -1 ? html.length : close;
      tag.text = html.slice(TOKEN.lastIndex, end);
      TOKEN.lastIndex = end;
    }
    tags.push(tag);
  }
  return tags;
}

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Every id in a document (and <a name>, which fragments also reach). */
export function elementIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of scanTags(html)) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    const name = tag.attrs.get('name');
    if (tag.name === 'a' && name) ids.add(name);
  }
  return ids;
}

/** A script element that the browser runs (as opposed to a data block such as type="application/json"). */
export function isExecutableScript(tag: Tag): boolean {
  if (tag.name !== 'script') return false;
  const type = (tag.attrs.get('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'importmap' || type === 'speculationrules' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
}
