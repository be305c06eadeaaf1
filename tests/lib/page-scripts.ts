/**
 * The JavaScript a built page runs, found from the built files: its inline scripts, and every module file it
 * loads. The one module-graph walker of the tests and the bench (byte budgets, page weight, URL-parameter discovery).
 * - eager: <script src>, <link rel=modulepreload>, and the modules they import statically (`import"./x.js"`,
 *   `from"./x.js"`);
 * - lazy: modules reached only through `import("./x.js")` (e.g. Chart.js, loaded when a chart scrolls into view),
 *   with their own imports. A dynamic import whose target is computed at run time (Pagefind's
 *   `${bundle}pagefind.js`) cannot be followed and is listed as written.
 */
import type { DistSite } from './dist-site.ts';
import { isExecutableScript, type Tag } from './html.ts';

export interface ScriptModule {
  /** Path in the build, relative to its root. */
  file: string;
  lazy: boolean;
}

export interface PageScripts {
  /** The text of each inline executable script. */
  inline: string[];
  /** Eager modules first, each once. */
  modules: ScriptModule[];
  /** Dynamic imports with a computed target, as written. */
  unresolvedDynamic: string[];
  /** Script URLs of the page that name no file in the build, with the reason. */
  missing: string[];
}

const STATIC_IMPORT = /(?:\bimport\s*|\bfrom\s*)["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(?:\/\*[\s\S]*?\*\/\s*)?(["'`])([^"'`]*)\1\s*\)/g;

/** The built file a URL names, or the reason it names none; null for another site. */
export function resolveRef(site: DistSite, ref: string, from: URL): { file: string } | { error: string } | null {
  let url: URL;
  try {
    url = new URL(ref, from);
  } catch {
    return null;
  }
  if (url.origin !== from.origin && !site.isInternal(url)) return null;
  return site.resolvePath(url.pathname);
}

export function pageScripts(site: DistSite, file: string, tags: Tag[]): PageScripts {
  const pageUrl = new URL(site.urlPathOf(file), 'http://site.invalid');
  const inline: string[] = [];
  const missing: string[] = [];
  const eager: string[] = [];
  for (const tag of tags) {
    const ref =
      tag.name === 'script' && isExecutableScript(tag)
        ? tag.attrs.get('src')
        : tag.name === 'link' && (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('modulepreload')
          ? tag.attrs.get('href')
          : null;
    if (ref === null) continue;
    if (ref === undefined) {
      if (tag.name === 'script') inline.push(tag.text ?? '');
      continue;
    }
    const target = resolveRef(site, ref, pageUrl);
    if (target && 'error' in target) missing.push(`${ref} (${target.error})`);
    else if (target) eager.push(target.file);
  }

  const unresolvedDynamic: string[] = [];
  const dynamicImports = (code: string, from: URL): string[] =>
    [...code.matchAll(DYNAMIC_IMPORT)].flatMap((m) => {
      if (m[1] === '`' && m[2]!.includes('${')) {
        unresolvedDynamic.push(m[2]!);
        return [];
      }
      return quiet(site, m[2]!, from);
    });
  const modules = new Map<string, ScriptModule>();
  /** Walks the static imports from `start`; returns the import() targets met on the way. */
  const walk = (start: string[], lazy: boolean): string[] => {
    const queue = [...start];
    const dynamic: string[] = [];
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
      if (modules.has(f)) continue;
      modules.set(f, { file: f, lazy });
      const code = site.read(f);
      const moduleUrl = new URL(site.urlPathOf(f), pageUrl);
      for (const m of code.matchAll(STATIC_IMPORT)) queue.push(...quiet(site, m[1]!, moduleUrl));
      dynamic.push(...dynamicImports(code, moduleUrl));
    }
    return dynamic;
  };
  // Everything static first (it loads with the page), then what only import() reaches, as far as it goes.
  let lazy = [...walk(eager, false), ...inline.flatMap((code) => dynamicImports(code, pageUrl))];
  while (lazy.length) lazy = walk(lazy, true);
  return { inline, modules: [...modules.values()], unresolvedDynamic, missing };
}

/** A specifier found in code: strings that name no built file are not imports, and are skipped. */
function quiet(site: DistSite, spec: string, from: URL): string[] {
  const target = resolveRef(site, spec, from);
  return target && 'file' in target ? [target.file] : [];
}
