/**
 * A built site on disk (dist/ or dist-base/): its pages, and which file a URL on it reaches.
 * Link targets are checked against these files rather than by fetching each link.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementIds } from './html.ts';
import { redirects } from '../../src/lib/routes.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = path.join(REPO_ROOT, 'dist');
export const DIST_BASE = path.join(REPO_ROOT, 'dist-base');
/** What `npm test` builds with (scripts/test.ts): dist/ for this origin, dist-base/ also under this base. */
export const TEST_SITE_URL = 'http://127.0.0.1:4321';
export const TEST_BASE = '/__base-test__/';
/** What `npm run build` uses when SITE_URL is unset; links to it are links into the same site. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

export class DistSite {
  readonly root: string;
  readonly base: string;
  /** Origins whose URLs point into this site: the site URLs it may be built with, and the test server's. */
  readonly origins: Set<string>;
  private readonly idCache = new Map<string, Set<string>>();

  constructor(root: string, base = '/', origins: string[] = []) {
    this.root = root;
    this.base = base;
    this.origins = new Set([TEST_SITE_URL, DEFAULT_SITE_URL, ...origins]);
  }

  /** Throws a readable error when the folder was not built, so every check says why it cannot run. */
  assertBuilt(): void {
    if (!existsSync(path.join(this.root, 'index.html'))) {
      throw new Error(`${path.relative(REPO_ROOT, this.root) || this.root}/index.html is missing: the site was not built or the build failed. Run \`npm run build:test\` (npm test does it first).`);
    }
  }

  /** Every .html file, as a path relative to the root with "/" separators, sorted. */
  htmlFiles(): string[] {
    if (!existsSync(this.root)) return [];
    return (readdirSync(this.root, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('.html'))
      .sort();
  }

  /**
   * The redirect pages Astro writes at the old addresses of src/lib/routes.ts. They are Astro's, not ours (no lang,
   * charset or CSP, English text), so the page checks leave them out by name; the base-path and headers checks keep them.
   */
  redirectFiles(): string[] {
    return [...redirects().keys()].map((from) => `${from.slice(1)}index.html`);
  }

  /** The site's own pages: every .html file but the redirect pages. */
  pageFiles(): string[] {
    const redirects = new Set(this.redirectFiles());
    return this.htmlFiles().filter((f) => !redirects.has(f));
  }

  /** "chi-so/index.html" → "/base/chi-so/"; "404.html" → "/base/404.html". */
  urlPathOf(file: string): string {
    return this.base + (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'));
  }

  read(file: string): string {
    return readFileSync(path.join(this.root, file), 'utf8');
  }

  isInternal(url: URL): boolean {
    return this.origins.has(url.origin);
  }

  /**
   * The file a URL path reaches, as the server resolves it: a file, or a directory's index.html.
   * Returns an explanation instead when nothing is there.
   */
  resolvePath(urlPath: string): { file: string } | { error: string } {
    if (!urlPath.startsWith(this.base)) return { error: `is outside the base path ${this.base}` };
    let rel: string;
    try {
      rel = decodeURIComponent(urlPath.slice(this.base.length));
    } catch {
      return { error: 'has a malformed %-escape' };
    }
    const full = path.join(this.root, path.posix.normalize(`/${rel}`));
    const stat = existsSync(full) ? statSync(full) : null;
    if (stat?.isFile()) return { file: path.relative(this.root, full).split(path.sep).join('/') };
    if (stat?.isDirectory() && existsSync(path.join(full, 'index.html'))) {
      return { file: path.relative(this.root, path.join(full, 'index.html')).split(path.sep).join('/') };
    }
    return { error: 'does not exist in the build' };
  }

  /** The ids a fragment can point at in a built HTML file. */
  ids(file: string): Set<string> {
    let ids = this.idCache.get(file);
    if (!ids) {
      ids = elementIds(this.read(file));
      this.idCache.set(file, ids);
    }
    return ids;
  }
}
