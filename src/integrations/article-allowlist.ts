/**
 * What an article (content/articles/<locale>/*.mdx) may contain, checked while Astro's MDX compiles it: an mdast
 * plugin for satteri, Astro's MDX processor (astro.config.mjs). Articles are the files many hands write, so they get
 * only the components that take a data key, plus <Vi> and <En>, with props written as name="value", and no imports,
 * exports or {expressions}. A key that names nothing in the data fails too. Every problem fails the build with the
 * file, line and column. Explainers and fixed pages are not checked: they use richer components.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext, Position } from 'satteri';
import { loadDataset } from '../lib/dataset.ts';

const ARTICLES = /^content\/articles\/(vi|en)\//;

/** Where a component's key must be found. Glossary terms are looked up in the article's own language. */
type KeyKind = 'results' | 'nationalStats' | 'facts' | 'sources' | 'legalDocs' | 'glossary';
type ArticleKeys = Record<KeyKind, { has(key: string): boolean }>;

/** The components an article may use, their props (`true`: required), and where their key must be found. */
const COMPONENTS: Record<string, { props: Record<string, boolean>; key?: { in: KeyKind; missing: string; props?: readonly string[] } }> = {
  Value: { props: { k: true, show: false, cite: false }, key: { in: 'results', missing: 'no such result in content/data/results (keys are <index>/<year>/<province>/<measure>)' } },
  Stat: { props: { k: true }, key: { in: 'nationalStats', missing: 'no such statistic in content/data/national-stats.json (keys are <index>/<year>/<scope>/<measure>/<stat>)' } },
  Fact: { props: { k: true, bare: false }, key: { in: 'facts', missing: 'no such fact in content/data/facts.json' } },
  Cite: { props: { id: true }, key: { in: 'sources', missing: 'no such source in content/data/sources.json' } },
  Term: { props: { id: true }, key: { in: 'glossary', missing: 'no such term in the glossary of this language (content/glossary/)' } },
  LegalDoc: { props: { id: true }, key: { in: 'legalDocs', missing: 'no such document in content/data/legal-documents.json' } },
  // The gap between two results (a − b), shown with the "derived" mark.
  Difference: { props: { a: true, b: true, abs: false }, key: { in: 'results', missing: 'no such result in content/data/results (keys are <index>/<year>/<province>/<measure>)', props: ['a', 'b'] } },
  // The 2025 merger map of a new province (the component fails on a province without one).
  MergerMap: { props: { province: true } },
  // A name in the other language, so screen readers switch voice.
  Vi: { props: {} },
  En: { props: {} },
};

/** Values a prop may take, where it is not free text (`true`: written without a value). */
const PROP_VALUES: Record<string, readonly (string | true)[]> = {
  show: ['value', 'rank', 'both', 'change'],
  cite: [true],
  bare: [true],
  abs: [true],
};

/** The keys the dataset has (read once per build), with the glossary of the article's locale. */
function keysFor(locale: string): ArticleKeys {
  const ds = loadDataset();
  return { results: ds.results, nationalStats: ds.nationalStats, facts: ds.facts, sources: ds.sources, legalDocs: ds.legalDocs, glossary: ds.glossary[locale as 'vi' | 'en'] };
}

/** An error Astro shows at its place: the message names it, and `line`/`column` feed Astro's error overlay. */
function articleError(file: string, position: Position | undefined, reason: string): Error {
  const { line, column } = position?.start ?? {};
  return Object.assign(new Error(`${file}${line ? `:${line}:${column}` : ''}: ${reason}`), { line, column });
}

function allowlist(file: string, locale: string): MdastPluginDefinition {
  let keys: ArticleKeys | undefined;
  const element = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
    const fail = (reason: string): never => {
      throw articleError(file, node.position, reason);
    };
    const name = node.name ?? '';
    if (!Object.hasOwn(COMPONENTS, name)) {
      fail(`<${name}> is not a component articles can use (they can use ${Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ')})`);
    }
    const rule = COMPONENTS[name]!;
    const allowed = rule.props;
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
      keys ??= keysFor(locale);
      for (const [prop, key] of Object.entries(props).filter(([p]) => (rule.key!.props ?? ['k', 'id']).includes(p))) {
        if (!keys[rule.key.in].has(String(key))) fail(`<${name} ${prop}="${key}">: ${rule.key.missing}`);
      }
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
  return locale ? allowlist(file, locale) : null;
}
