/**
 * What an article (content/articles/<locale>/*.mdx) may contain, checked while Astro's MDX compiles it: an mdast
 * plugin for satteri, Astro's MDX processor (astro.config.mjs). Articles are the files many hands write, so they get
 * only the components that take a data key, plus <Vi> and <En>, with props written as name="value", and no imports,
 * exports or {expressions}. A key that names nothing in the data fails too. Every problem fails the build with the
 * file, line and column. Explainers and fixed pages are not checked: they use richer components.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext, Position } from 'satteri';
import { readDataFiles } from '../data/read.ts';
import { assertValidDataset } from '../data/validate.ts';

const ARTICLES = /^content\/articles\/(vi|en)\//;

/** The components an article may use, their props (`true`: required) and what each key must name. */
const COMPONENTS = {
  Value: { props: { k: true, show: false, cite: false }, key: 'results' },
  Stat: { props: { k: true }, key: 'nationalStats' },
  Fact: { props: { k: true, bare: false }, key: 'facts' },
  Cite: { props: { id: true }, key: 'sources' },
  Term: { props: { id: true }, key: 'glossary' },
  LegalDoc: { props: { id: true }, key: 'legalDocs' },
  // A name in the other language, so screen readers switch voice.
  Vi: { props: {}, key: undefined },
  En: { props: {}, key: undefined },
} as const satisfies Record<string, { props: Record<string, boolean>; key: keyof ArticleKeys | undefined }>;

/** Values a prop may take, where it is not free text (`true`: written without a value). */
const PROP_VALUES: Record<string, readonly (string | true)[]> = {
  show: ['value', 'rank', 'both', 'change'],
  cite: [true],
  bare: [true],
};

/** Why a key names nothing, per kind. */
const UNKNOWN: Record<keyof ArticleKeys, (key: string) => string> = {
  results: (k) => `<Value k="${k}">: no such result in content/data/results (keys are <index>/<year>/<province>/<measure>)`,
  nationalStats: (k) => `<Stat k="${k}">: no such statistic in content/data/national-stats.json (keys are <index>/<year>/<scope>/<measure>/<stat>)`,
  facts: (k) => `<Fact k="${k}">: no such fact in content/data/facts.json`,
  sources: (k) => `<Cite id="${k}">: no such source in content/data/sources.json`,
  glossary: (k) => `<Term id="${k}">: no such term in the glossary of this language (content/glossary/)`,
  legalDocs: (k) => `<LegalDoc id="${k}">: no such document in content/data/legal-documents.json`,
};

/** The keys articles may name. Glossary ids are per locale. */
interface ArticleKeys {
  results: ReadonlySet<string>;
  nationalStats: ReadonlySet<string>;
  facts: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  legalDocs: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
}

let dataKeys: Omit<ArticleKeys, 'glossary'> | undefined;
const glossaries = new Map<string, ReadonlySet<string>>();

/** The keys in the validated dataset (read once per build) and in the glossary of the article's locale. */
function keysFor(root: string, locale: string): ArticleKeys {
  if (!dataKeys) {
    const data = assertValidDataset(readDataFiles(root));
    const ids = (records: { id: string }[]) => new Set(records.map((r) => r.id));
    dataKeys = { results: ids(data.results), nationalStats: ids(data.nationalStats), facts: ids(data.facts), sources: ids(data.sources), legalDocs: ids(data.legalDocs) };
  }
  let glossary = glossaries.get(locale);
  if (!glossary) {
    const terms = JSON.parse(readFileSync(path.join(root, `content/glossary/${locale}.json`), 'utf8')) as { id: string }[];
    glossary = new Set(terms.map((t) => t.id));
    glossaries.set(locale, glossary);
  }
  return { ...dataKeys, glossary };
}

/** An error Astro shows at its place: the message names it, and `line`/`column` feed Astro's error overlay. */
function articleError(file: string, position: Position | undefined, reason: string): Error {
  const { line, column } = position?.start ?? {};
  return Object.assign(new Error(`${file}${line ? `:${line}:${column}` : ''}: ${reason}`), { line, column });
}

function allowlist(file: string, locale: string, root: string): MdastPluginDefinition {
  let keys: ArticleKeys | undefined;
  const element = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
    const fail = (reason: string): never => {
      throw articleError(file, node.position, reason);
    };
    const name = node.name ?? '';
    if (!Object.hasOwn(COMPONENTS, name)) {
      fail(`<${name}> is not a component articles can use (they can use ${Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ')})`);
    }
    const rule = COMPONENTS[name as keyof typeof COMPONENTS];
    const allowed: Record<string, boolean> = rule.props;
    const props: Record<string, string | true> = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') fail(`<${name}>: {…} spread props are not allowed in articles; write each prop as name="value"`);
      const { name: prop, value } = attribute as { name: string; value?: unknown };
      if (!Object.hasOwn(allowed, prop)) fail(`<${name}>: unknown prop "${prop}"${Object.keys(allowed).length ? ` (allowed: ${Object.keys(allowed).join(', ')})` : ''}`);
      if (value !== null && value !== undefined && typeof value !== 'string') fail(`<${name}> prop "${prop}": write the value in quotes; {…} expressions are not allowed in articles`);
      const v: string | true = typeof value === 'string' ? value : true;
      const choices = PROP_VALUES[prop];
      if (choices && !choices.includes(v)) fail(`<${name}> prop "${prop}": ${v === true ? 'needs a value' : `"${v}"`}, expected ${choices.map((c) => (c === true ? 'no value' : `"${c}"`)).join(' or ')}`);
      if (v === '') fail(`<${name}> prop "${prop}" is empty`);
      props[prop] = v;
    }
    for (const [prop, required] of Object.entries(allowed)) if (required && !(prop in props)) fail(`<${name}>: missing prop "${prop}"`);
    if (rule.key) {
      const key = String(props['k'] ?? props['id']);
      keys ??= keysFor(root, locale);
      if (!keys[rule.key].has(key)) fail(UNKNOWN[rule.key](key));
    }
  };
  return {
    name: 'article-allowlist',
    options: { position: true },
    mdxjsEsm: (node) => {
      throw articleError(file, node.position, 'import and export lines are not allowed in articles: the components they may use are always available');
    },
    mdxFlowExpression: (node) => {
      throw articleError(file, node.position, '{…} expressions are not allowed in articles; a figure comes from the data through <Value k="…" />, <Stat k="…" /> or <Fact k="…" />');
    },
    mdxTextExpression: (node) => {
      throw articleError(file, node.position, '{…} expressions are not allowed in articles; a figure comes from the data through <Value k="…" />, <Stat k="…" /> or <Fact k="…" />');
    },
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
  };
}

/**
 * The plugin entry for `satteri({ mdastPlugins })`: the checks for a file under content/articles/<locale>/, and
 * nothing for any other file. Paths are taken from the project root, which is where the build runs.
 */
export function articleAllowlist(context: PluginFactoryContext): MdastPluginDefinition | null {
  if (!context.fileURL) return null;
  const root = process.cwd();
  const file = path.relative(root, fileURLToPath(context.fileURL)).split(path.sep).join('/');
  const locale = ARTICLES.exec(file)?.[1];
  return locale ? allowlist(file, locale, root) : null;
}
