/**
 * A small static server for a built site: `node scripts/serve.ts [dir] [--port N] [--base /sub/]`.
 * It behaves like the static hosts the site targets, so the tests see what visitors will:
 * - the headers of `_headers` (Netlify / Cloudflare Pages syntax) on every matching path, and the redirects of
 *   `_redirects` (exact paths only; the build writes both, from src/lib/routes.ts);
 * - `index.html` for a directory, and `/x` → `/x/` when `x` is a directory;
 * - a 404 status with `404.html`, or `en/404.html` for paths under `/en/`;
 * - the site under an optional base path, which is stripped before files are looked up (the paths of `_headers`
 *   and `_redirects` include it).
 * Tests import `startServer()` and use port 0 to get a free port.
 */
import http from 'node:http';
import { readFileSync, statSync, existsSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { basePath } from '../src/lib/deploy-env.ts';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  // Pagefind's index files are gzipped binaries that pagefind.js fetches and unpacks itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface HeaderRule {
  pattern: string;
  regex: RegExp;
  headers: [name: string, value: string][];
}

/** Parses a `_headers` file: an unindented path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), regex: patternToRegex(line.trim()), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${i + 1} is neither a path nor "Name: value": ${line}`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  });
  return rules;
}

/** `*` matches anything (slashes too), `:name` one path segment; everything else literally. */
function patternToRegex(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers for a path (without the base), as Netlify and Cloudflare Pages apply them:
 * every matching rule applies, in file order; a header set by several rules is sent once, values joined by ", ".
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  const names: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.regex.test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const shown = (names[key] ??= name);
      out[shown] = out[shown] === undefined ? value : `${out[shown]}, ${value}`;
    }
  }
  return out;
}

/** Parses the exact-path lines of a `_redirects` file: "from to [status]". */
export function parseRedirectsFile(text: string): Map<string, { to: string; status: number }> {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return new Map(lines.map((l) => l.split(/\s+/)).map(([from, to, status]) => [from!, { to: to!, status: Number(status ?? 301) }]));
}

export interface ServerOptions {
  /** The built folder to serve. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  /** Base path the site is built for, e.g. "/__base-test__/". */
  base?: string;
  /** Defaults to `<root>/_headers` (written by the build). */
  headersFile?: string;
  /** Extra addresses to listen on besides 127.0.0.1 (the CLI adds ::1 so `localhost` works either way). */
  extraHosts?: string[];
}

export interface RunningServer {
  server: http.Server;
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** origin + base, e.g. http://127.0.0.1:PORT/__base-test__/ */
  url: string;
  base: string;
  close(): Promise<void>;
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const root = path.resolve(options.root);
  const base = basePath(options.base);
  const headersFile = options.headersFile ?? path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const redirectsFile = path.join(root, '_redirects');
  const redirects = existsSync(redirectsFile) ? parseRedirectsFile(readFileSync(redirectsFile, 'utf8')) : new Map();

  const handler: http.RequestListener = (req, res) => {
    respond(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`500 ${String(error)}`);
    });
  };

  async function send(res: http.ServerResponse, method: string, status: number, headers: Record<string, string>, file?: string) {
    const body = file ? await readFile(file) : Buffer.from(`${status}\n`);
    res.writeHead(status, {
      ...headers,
      'content-type': file ? mimeType(file) : 'text/plain; charset=utf-8',
      'content-length': String(body.length),
    });
    res.end(method === 'HEAD' ? undefined : body);
  }

  async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === base) {
      res.writeHead(301, { location: base + url.search }).end();
      return;
    }
    // Paths outside the base do not exist on a host that serves the site under it.
    const inBase = url.pathname.startsWith(base);
    let sitePath: string;
    try {
      sitePath = inBase ? decodeURIComponent(url.pathname.slice(base.length - 1)) : '/';
    } catch {
      await send(res, method, 400, {});
      return;
    }
    const headers = inBase ? headersFor(rules, base + sitePath.slice(1)) : {};
    const redirect = redirects.get(url.pathname);
    if (redirect) {
      res.writeHead(redirect.status, { ...headers, location: redirect.to + url.search }).end();
      return;
    }
    const file = path.join(root, path.posix.normalize(sitePath));
    const hidden = /^\/_(headers|redirects)$/.test(sitePath);
    const stat = inBase && !hidden && !sitePath.includes('\0') && file.startsWith(root) ? statOrNull(file) : null;

    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { ...headers, location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = path.join(file, 'index.html');
      if (statOrNull(index)?.isFile()) return send(res, method, 200, headers, index);
    } else if (stat?.isFile()) {
      return send(res, method, 200, headers, file);
    }
    // Like Netlify and Cloudflare Pages: the nearest 404.html; English paths get the English one.
    const english = inBase && /^\/en(\/|$)/.test(sitePath) ? path.join(root, 'en', '404.html') : null;
    const notFound = [english, path.join(root, '404.html')].find((f) => f && statOrNull(f)?.isFile()) ?? undefined;
    return send(res, method, 404, headers, notFound);
  }

  const server = http.createServer(handler);
  await listen(server, options.port ?? 4321, '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  const extra: http.Server[] = [];
  for (const host of options.extraHosts ?? []) {
    const other = http.createServer(handler);
    // Best effort: a machine without IPv6 on loopback still serves 127.0.0.1.
    await listen(other, port, host).then(() => extra.push(other), () => undefined);
  }
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    port,
    origin,
    url: origin + base,
    base,
    close: async () => {
      await Promise.all([server, ...extra].map((s) => new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      })));
    },
  };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function parseArgs(argv: string[]): { root: string; port: number; base: string } {
  let root = 'dist';
  let port = Number(process.env.PORT ?? 4321);
  let base = process.env.BASE_PATH ?? '/';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--base') base = argv[++i] ?? '/';
    else if (arg.startsWith('--port=')) port = Number(arg.slice(7));
    else if (arg.startsWith('--base=')) base = arg.slice(7);
    else if (!arg.startsWith('-')) root = arg;
    else throw new Error(`Unknown option ${arg}. Usage: node scripts/serve.ts [dir] [--port N] [--base /sub/]`);
  }
  if (!Number.isInteger(port) || port < 0) throw new Error(`Bad port: ${port}`);
  return { root, port, base };
}

if (import.meta.main) {
  const { root, port, base } = parseArgs(process.argv.slice(2));
  if (!statOrNull(path.join(root, 'index.html'))?.isFile()) {
    console.error(`${root}/index.html not found: build the site first (npm run build).`);
    process.exit(1);
  }
  const running = await startServer({ root, port, base, extraHosts: ['::1'] });
  console.log(`Serving ${root}/ at http://localhost:${running.port}${running.base} (also ${running.url})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void running.close().then(() => process.exit(0)));
  }
}
