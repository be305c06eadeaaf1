/**
 * Articles are MDX, rendered to HTML by this function instead of being compiled to one JavaScript module each.
 * The loader (loader.ts) runs it when content loads, to fail early on a bad file; the article page runs it again to
 * render (page.ts).
 *
 * Why: Astro bundles every compiled MDX file as a module of its own. At 5,000 articles that bundling alone took
 * Astro's process past 2 GB (bench/results/scale.md). An article only needs a few inline components that take
 * plain string props (a figure by data key, a citation, a glossary term), so its MDX is parsed here (by satteri,
 * the parser Astro's MDX uses), turned into HTML, and each component is left as a numbered marker. The page then
 * renders the real components at the markers (src/components/PrerenderedProse.astro): the figures still come from
 * the data at build time, with the page's locale.
 *
 * Anything else MDX allows (imports, exports, {expressions}, other components, props that are not strings) fails
 * with the file, line and column, rather than being dropped.
 */
import Slugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { PROSE_COMPONENTS, type ProseComponentName, type ProseComponentUse } from './components.ts';

/** Components that are plain HTML, rendered here: a name in the other language, so screen readers switch voice. */
const LANGUAGE_SPANS: Record<string, string> = { Vi: 'vi', En: 'en' };

/** Values a prop may take, where it is not free text. */
const PROP_VALUES: Record<string, readonly (string | true)[]> = {
  show: ['value', 'rank', 'both', 'change'],
  cite: [true],
  bare: [true],
};

export interface PrerenderedProse {
  frontmatter: Record<string, unknown>;
  /** HTML with each component as `<!--c:N-->…<!--/c:N-->` around its children (MDX cannot contain comments). */
  html: string;
  components: ProseComponentUse[];
}

/** One problem in a prose file, with its place. */
export class ProseError extends Error {
  constructor(file: string, line: number | undefined, column: number | undefined, reason: string) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${reason}`);
    this.name = 'ProseError';
  }
}

interface Point { line?: number; column?: number }
interface HastLike {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastLike[];
  position?: { start?: Point };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Reads the YAML frontmatter; a syntax error names its line in the file. */
export function readFrontmatter(source: string, file: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ProseError(file, 1, 1, 'no frontmatter: the file must start with a "---" line, its fields, and another "---" line');
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new ProseError(file, at ? at.line + 1 : 2, at?.col, `frontmatter: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ProseError(file, 2, 1, 'frontmatter: expected "field: value" lines');
  return data as Record<string, unknown>;
}

function textOf(node: HastLike): string {
  if (node.type === 'text') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/** Parses an article's MDX and renders it to HTML with component markers. Throws ProseError on what it cannot render. */
export function prerenderMdx(source: string, file: string): PrerenderedProse {
  const frontmatter = readFrontmatter(source, file);
  let tree: HastLike;
  try {
    tree = mdxToHast(source, { features: { gfm: true, smartPunctuation: true, frontmatter: true }, position: true }) as HastLike;
  } catch (error) {
    // satteri reports MDX syntax errors with their place, e.g. "12:5: Unexpected character".
    const message = error instanceof Error ? error.message : String(error);
    const place = /(\d+):(\d+)/.exec(message);
    throw new ProseError(file, place ? Number(place[1]) : undefined, place ? Number(place[2]) : undefined, `MDX: ${message.replace(/^\d+:\d+:\s*/, '')}`);
  }
  const components: ProseComponentUse[] = [];
  const slugger = new Slugger();
  const fail = (node: HastLike, reason: string): never => {
    throw new ProseError(file, node.position?.start?.line, node.position?.start?.column, reason);
  };

  function props(node: HastLike, allowed: Record<string, boolean>): Record<string, string | true> {
    const out: Record<string, string | true> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) fail(node, `<${node.name}>: {…} spread props are not allowed in articles; write each prop as name="value"`);
      const name = attribute.name!;
      if (!(name in allowed)) fail(node, `<${node.name}>: unknown prop "${name}" (allowed: ${Object.keys(allowed).join(', ')})`);
      const value = attribute.value;
      if (value !== null && value !== undefined && typeof value !== 'string') fail(node, `<${node.name}> prop "${name}": write the value in quotes; {…} expressions are not allowed in articles`);
      const v: string | true = typeof value === 'string' ? value : true;
      const choices = PROP_VALUES[name];
      if (choices && !choices.includes(v)) fail(node, `<${node.name}> prop "${name}": ${v === true ? 'needs a value' : `"${v}"`}, expected ${choices.map((c) => (c === true ? 'no value' : `"${c}"`)).join(' or ')}`);
      if (v === '') fail(node, `<${node.name}> prop "${name}" is empty`);
      out[name] = v;
    }
    for (const [name, required] of Object.entries(allowed)) if (required && !(name in out)) fail(node, `<${node.name}>: missing prop "${name}"`);
    return out;
  }

  /** Rewrites the tree in place: components become markers, headings get ids, outside links get rel. */
  function visit(node: HastLike): HastLike[] {
    switch (node.type) {
      case 'mdxjsEsm':
        return fail(node, 'import and export lines are not allowed in articles: the components they may use are always available');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return fail(node, '{…} expressions are not allowed in articles; a figure comes from the data through <Value k="…" />, <Stat k="…" /> or <Fact k="…" />');
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const lang = LANGUAGE_SPANS[name];
        if (lang) {
          props(node, {});
          return [{ type: 'element', tagName: 'span', properties: { lang }, children: (node.children ?? []).flatMap(visit), position: node.position }];
        }
        if (!(name in PROSE_COMPONENTS)) {
          return fail(node, `<${name || '>'}${name ? '>' : ''} is not a component articles can use (they can use ${[...Object.keys(PROSE_COMPONENTS), ...Object.keys(LANGUAGE_SPANS)].map((c) => `<${c}>`).join(', ')})`);
        }
        const component = name as ProseComponentName;
        const index = components.length;
        const start = node.position?.start;
        components.push({ name: component, props: props(node, PROSE_COMPONENTS[component]), at: `${file}:${start?.line ?? '?'}:${start?.column ?? '?'}` });
        return [{ type: 'comment', value: `c:${index}` }, ...(node.children ?? []).flatMap(visit), { type: 'comment', value: `/c:${index}` }];
      }
      case 'element': {
        if (node.tagName && /^h[1-6]$/.test(node.tagName)) {
          // The id Astro gives a heading, so links to a section of an article stay the same.
          node.properties = { ...node.properties, id: slugger.slug(textOf(node)) };
        }
        if (node.tagName === 'a' && typeof node.properties?.['href'] === 'string' && /^https?:\/\//i.test(node.properties['href'])) {
          // A link to another site can neither reach back nor see our address.
          node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
        }
        node.children = (node.children ?? []).flatMap(visit);
        return [node];
      }
      case 'comment':
        return fail(node, 'HTML comments are not allowed in MDX');
      default:
        if (node.children) node.children = node.children.flatMap(visit);
        return [node];
    }
  }

  tree.children = (tree.children ?? []).flatMap(visit);
  const html = toHtml(tree as Parameters<typeof toHtml>[0]);
  return { frontmatter, html, components };
}
