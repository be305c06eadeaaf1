/**
 * One measured build of a project folder (the real tree copied to bench/tmp/, or a synthetic copy), run as
 * `npm run build` runs it (scripts/build.ts: `astro build`, which writes the Pagefind index when it is done):
 * wall time, the indexing time (the "indexed N pages in X ms" line of src/integrations/pagefind.ts),
 * peak memory two ways, and what came out (pages, search index size).
 *
 * Peak memory:
 * - `maxRssKb`: GNU time's "Maximum resident set size", the largest single process of the build (Astro's Node
 *   process, or Pagefind's indexing process if it alone is larger);
 * - `treeRssKb`: the largest SUM of resident memory over the whole process tree, polled from /proc every 100 ms
 *   (the build script, Astro's Node, Pagefind's service). This is the figure the 2 GB limit is checked against.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuildResult {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  pagefindMs: number | null;
  pagefindPages: number | null;
  maxRssKb: number | null;
  treeRssKb: number;
  htmlPages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  distBytes: number;
  largestHtml: { file: string; bytes: number } | null;
  log: string;
}

export interface BuildOptions {
  project: string;
  outDir?: string;
  siteUrl: string;
  basePath?: string;
  /** Print the build's output as it comes (default: only on failure). */
  verbose?: boolean;
  /** BUILD_HEAP_MB for scripts/build.ts: its Node heap cap in MB, 0 for none (default: the script's own). */
  heapMb?: number;
}

const GNU_TIME = '/usr/bin/time';

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRss(pid: number): number {
  let sum = 0;
  const stack = [pid];
  const seen = new Set<number>();
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    sum += rssKb(p);
    stack.push(...childrenOf(p));
  }
  return sum;
}

export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
}

export function folderBytes(dir: string): { bytes: number; files: number } {
  const files = walk(dir);
  return { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length };
}

export async function measuredBuild(options: BuildOptions): Promise<BuildResult> {
  const project = path.resolve(options.project);
  const outDir = path.resolve(project, options.outDir ?? 'dist');
  const timeFile = path.join(project, '.bench-time.txt');
  const useTime = existsSync(GNU_TIME);
  // The project's own build command (scripts/build.ts: Astro and its search index), without npm's extra process.
  const argv = [process.execPath, path.join(project, 'scripts', 'build.ts'), '--outDir', outDir];
  const command = useTime ? GNU_TIME : argv[0]!;
  const args = useTime ? ['-v', '-o', timeFile, ...argv] : argv.slice(1);

  const started = performance.now();
  const child = spawn(command, args, {
    cwd: project,
    env: {
      ...process.env,
      SITE_URL: options.siteUrl,
      BASE_PATH: options.basePath ?? '',
      ...(options.heapMb === undefined ? {} : { BUILD_HEAP_MB: String(options.heapMb) }),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const collect = (chunk: Buffer) => {
    log += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
    if (options.verbose) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 100);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;

  let maxRssKb: number | null = null;
  if (useTime && existsSync(timeFile)) {
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(readFileSync(timeFile, 'utf8'));
    maxRssKb = m ? Number(m[1]) : null;
  }
  // Astro's logger may colour or prefix the line: look for the words only.
  const indexed = [...log.matchAll(/indexed (\d+) pages in (\d+) ms/g)].at(-1);
  const html = walk(outDir).filter((f) => f.endsWith('.html'));
  let largestHtml: BuildResult['largestHtml'] = null;
  for (const f of html) {
    const bytes = statSync(f).size;
    if (!largestHtml || bytes > largestHtml.bytes) largestHtml = { file: path.relative(outDir, f), bytes };
  }
  const pagefind = folderBytes(path.join(outDir, 'pagefind'));
  const ok = exitCode === 0 && existsSync(path.join(outDir, 'index.html'));
  if (!ok && !options.verbose) process.stdout.write(log.slice(-6000));
  return {
    ok,
    exitCode,
    seconds,
    pagefindMs: indexed ? Number(indexed[2]) : null,
    pagefindPages: indexed ? Number(indexed[1]) : null,
    maxRssKb,
    treeRssKb: peak,
    htmlPages: html.length,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    distBytes: folderBytes(outDir).bytes,
    largestHtml,
    log,
  };
}
