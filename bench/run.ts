/**
 * `npm run bench`: page weight, Lighthouse, search, scale and dependency audit, written to bench/results/*.md.
 *
 *   node bench/run.ts [steps…] [--skip-build] [--runs 3] [--sizes 100,1000,5000] [--ref GIT-REF]
 *   steps: weight, lighthouse, search, scale, audit (default: all, in that order)
 *   npm run bench            everything (≈ 30 min on 2 cores; the 5,000-article build is most of it)
 *   npm run bench:weight     page weight and byte budgets only, etc.
 *
 * The real site is built from a copy of the working tree in bench/tmp/site/ (never into dist/, which the test
 * suite and other people's builds use), with SITE_URL set to the local bench server so canonical URLs match the
 * origin Lighthouse sees. The scale step builds synthetic copies in bench/tmp/<n>/ (bench/generate-synthetic.ts).
 * With --ref, a committed version is benched instead (git archive), e.g. while the working tree is mid-edit.
 * The bench never fails on a budget: it prints and records PASS / FAIL with the reason. It exits non-zero only
 * when it cannot measure (a build fails, Chromium is missing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BENCH_TMP, REPO_ROOT, copyProject, createSyntheticSite } from './generate-synthetic.ts';
import { measuredBuild, type BuildResult } from './lib/build.ts';
import { findPages, type FoundPage } from './lib/page-types.ts';
import { browserRequests, kindOf, measureStatic, sizesOf, sum, totals, fileSizes, type Sizes, type StaticWeight } from './lib/weight.ts';
import { runLighthouse, medianOf, CATEGORIES, type MedianResult, type LighthouseRun } from './lib/lighthouse.ts';
import { pagefindPayload, timeToFirstResult, type Payload, type Timing } from './lib/search.ts';
import { DistSite } from '../tests/lib/dist-site.ts';
import { launchBrowser } from '../tests/lib/browser.ts';
import { PHONE_VIEWPORT } from '../tests/lib/phone-checks.ts';
import { startServer, type RunningServer } from '../scripts/serve.ts';

const RESULTS = path.join(REPO_ROOT, 'bench', 'results');
const SITE_COPY = path.join(BENCH_TMP, 'site');
const STATE_FILE = path.join(SITE_COPY, '.bench-site.json');
const QUERY = 'cai cach hanh chinh';
/** Queries readers type (from the browser suite's query table): the payload is measured for each on the real site. */
const TYPICAL_QUERIES = [QUERY, 'danh gia', 'PAPI', 'Hà Nam', 'dich vu cong', 'thu tuc hanh chinh', '"một cửa"', 'SIPAS 2023'];
const KB = 1024;

const BUDGET = {
  textJsRaw: 1 * KB,
  textHtmlCssGzip: 14 * KB,
  chartJsGzip: 90 * KB,
  searchPayload: 100 * KB,
  lighthousePerformance: 95,
  /** Peak memory of a build on stock Astro and its MDX (issue 19): articles → limit. */
  scaleMemoryKb: new Map([
    [1000, 2 * 1024 * 1024],
    [5000, 4 * 1024 * 1024],
  ]),
  /** Marginal build time per page at the largest size ÷ at the middle size. */
  scaleGrowth: 1.5,
};

// --- Arguments ---------------------------------------------------------------------------------------------

const STEPS = ['weight', 'lighthouse', 'search', 'scale', 'audit'] as const;
type Step = (typeof STEPS)[number];
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: string) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i === -1) return fallback;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1]! : (argv[i + 1] ?? fallback);
};
const requested = argv.filter((a, i) => !a.startsWith('--') && !['--runs', '--sizes', '--ref'].includes(argv[i - 1] ?? '')) as Step[];
for (const s of requested) if (!STEPS.includes(s)) throw new Error(`Unknown step "${s}". Steps: ${STEPS.join(', ')}`);
const steps = new Set<Step>(requested.length ? requested : STEPS);
const RUNS = Number(option('--runs', '3'));
/** Bench a committed version (git archive) instead of the working tree. */
const REF = option('--ref', '') || undefined;
const SIZES = option('--sizes', '100,1000,5000').split(',').map(Number).filter((n) => n > 0);

// --- Small helpers -----------------------------------------------------------------------------------------

const kb = (bytes: number, digits = 1) => `${(bytes / KB).toFixed(digits)} KB`;
const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);
const mb = (kbytes: number | null) => (kbytes === null ? '–' : `${(kbytes / 1024).toFixed(0)} MB`);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

interface BudgetLine {
  area: string;
  name: string;
  ok: boolean | null;
  detail: string;
}
const budgetLines: BudgetLine[] = [];
function budget(area: string, name: string, ok: boolean | null, detail: string): BudgetLine {
  const line = { area, name, ok, detail };
  budgetLines.push(line);
  console.log(`  ${ok === null ? 'N/A ' : verdict(ok)}  ${name}: ${detail}`);
  return line;
}
const budgetTable = (lines: readonly BudgetLine[]) =>
  ['| budget | result | detail |', '| --- | --- | --- |', ...lines.map((l) => `| ${l.name} | ${l.ok === null ? 'n/a' : `**${verdict(l.ok)}**`} | ${l.detail.replace(/\|/g, '\\|')} |`)].join('\n');

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function header(title: string, extra: string[] = []): string {
  const commit = git(['rev-parse', '--short', REF ?? 'HEAD']) || 'unknown';
  const dirty = REF ? ` (--ref ${REF}, the committed version)` : git(['status', '--porcelain']) ? ' + uncommitted changes in the working tree (what was benched)' : '';
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `# ${title}`,
    '',
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Commit: ${commit}${dirty}`,
    `- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
    ...extra,
    '',
  ].join('\n');
}

function writeResult(name: string, text: string): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, name), `${text.trim()}\n`);
  console.log(`→ bench/results/${name}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// --- The real site -----------------------------------------------------------------------------------------

interface SiteState {
  port: number;
  build: Omit<BuildResult, 'log'>;
}

async function prepareRealSite(): Promise<SiteState> {
  if (flag('--skip-build') && existsSync(STATE_FILE) && existsSync(path.join(SITE_COPY, 'dist', 'index.html'))) {
    console.log('Reusing the last bench build in bench/tmp/site/dist (--skip-build).');
    return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as SiteState;
  }
  console.log('\n▶ Build the site (a copy of the working tree in bench/tmp/site/)');
  copyProject(SITE_COPY, { ref: REF });
  const port = await freePort();
  const result = await measuredBuild({ project: SITE_COPY, siteUrl: `http://127.0.0.1:${port}` });
  if (!result.ok) throw new Error(`The site does not build (exit ${result.exitCode}); see the log above.`);
  const { log, ...build } = result;
  writeFileSync(path.join(SITE_COPY, 'build.log'), log);
  console.log(`  built ${build.htmlPages} pages in ${build.seconds.toFixed(1)} s; Pagefind indexed ${build.pagefindPages} pages in ${build.pagefindMs} ms`);
  const state = { port, build };
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  return state;
}

async function serve(root: string, port: number): Promise<RunningServer> {
  try {
    return await startServer({ root, port });
  } catch {
    // The port was taken in the meantime: canonical URLs then name another port, which only SEO would notice.
    console.log(`  port ${port} is busy; serving on another one (Lighthouse SEO may flag canonical URLs)`);
    return startServer({ root, port: 0 });
  }
}

// --- Page weight -------------------------------------------------------------------------------------------

interface WeightRow {
  found: FoundPage;
  static: StaticWeight | null;
  total: Record<string, Sizes>;
  fontsFetched: Sizes;
  fontsFetchedFiles: string[];
  missedByStatic: string[];
  jsAll: Sizes;
  imagesFetched: Sizes;
  /** Chart pages: the images Chromium fetched at 360 × 740 (the phone picture), and their files. */
  phoneImages?: { sizes: Sizes; files: string[] };
}

const SIZE_CELL = (s: Sizes) => `${kb(s.gzip)} / ${kb(s.br)}`;

async function weightStep(site: DistSite, server: RunningServer): Promise<void> {
  console.log('\n▶ Page weight');
  const pages = findPages(site);
  const browser = await launchBrowser();
  const rows: WeightRow[] = [];
  try {
    for (const found of pages) {
      if (!found.file || !found.path) {
        rows.push({ found, static: null, total: {}, fontsFetched: sizesOf(''), fontsFetchedFiles: [], missedByStatic: [], jsAll: sizesOf(''), imagesFetched: sizesOf('') });
        continue;
      }
      const w = measureStatic(site, found.file);
      const t = totals(w);
      const requests = await browserRequests(browser.context, site, server.origin + found.path);
      const known = new Set(w.assets.map((a) => a.file));
      const fetched = requests.filter((r) => !r.file.startsWith('http') && existsSync(path.join(site.root, r.file)));
      const missed = fetched.filter((r) => !known.has(r.file) && !r.file.startsWith('pagefind/') && ['js', 'css', 'image'].includes(kindOf(r.file, r.resourceType)));
      const fonts = [...new Set(fetched.filter((r) => kindOf(r.file, r.resourceType) === 'font').map((r) => r.file))];
      const images = [...new Set(fetched.filter((r) => kindOf(r.file, r.resourceType) === 'image').map((r) => r.file))];
      const missedJs = [...new Set(missed.filter((r) => kindOf(r.file, r.resourceType) === 'js').map((r) => r.file))];
      rows.push({
        found,
        static: w,
        total: t,
        fontsFetched: sum(fonts.map((f) => fileSizes(site, f))),
        fontsFetchedFiles: fonts,
        missedByStatic: [...new Set(missed.map((r) => r.file))],
        jsAll: sum([w.inlineJs, t['js']!, t['js-lazy']!, ...missedJs.map((f) => fileSizes(site, f))]),
        imagesFetched: sum(images.map((f) => fileSizes(site, f))),
        ...(w.jsPage === 'chart' ? { phoneImages: await phoneImages(browser.context, site, server.origin + found.path) } : {}),
      });
      console.log(`  ${found.type.id.padEnd(15)} ${found.path}`);
    }
  } finally {
    await browser.close();
  }

  // Budgets, per page type.
  const lines: BudgetLine[] = [];
  for (const row of rows) {
    const { found, static: w } = row;
    if (!w) {
      lines.push(budget('weight', `${found.type.label}`, null, 'missing: the build has no page of this type yet'));
      continue;
    }
    const htmlCss = sum([row.total['html']!, row.total['css']!]);
    if (w.jsPage === null) {
      const culprits = w.assets.filter((a) => a.kind === 'js' || a.kind === 'js-lazy').map((a) => `${a.file} ${kb(a.raw)}`);
      if (w.inlineJs.raw) culprits.unshift(`inline <script> ${kb(w.inlineJs.raw)}`);
      lines.push(budget('weight', `${found.type.label} (${found.path}): text page JS ≤ 1 KB raw`, row.jsAll.raw <= BUDGET.textJsRaw, `${kb(row.jsAll.raw, 2)}${culprits.length ? ` — ${culprits.join(', ')}` : ''}`));
      const cssList = w.assets.filter((a) => a.kind === 'css').map((a) => `${a.file} ${kb(a.gzip)}`);
      lines.push(budget('weight', `${found.type.label} (${found.path}): text page HTML+CSS ≤ 14 KB gzip`, htmlCss.gzip <= BUDGET.textHtmlCssGzip, `${kb(htmlCss.gzip)} (HTML ${kb(row.total['html']!.gzip)}${cssList.length ? `, CSS: ${cssList.join(', ')}` : ''})`));
    } else if (w.jsPage === 'chart') {
      const parts = w.assets.filter((a) => a.kind === 'js' || a.kind === 'js-lazy').sort((a, b) => b.gzip - a.gzip).map((a) => `${a.file}${a.kind === 'js-lazy' ? ' (lazy)' : ''} ${kb(a.gzip)}`);
      lines.push(budget('weight', `${found.type.label} (${found.path}): chart page JS ≤ 90 KB gzip incl. lazy Chart.js`, row.jsAll.gzip <= BUDGET.chartJsGzip, `${kb(row.jsAll.gzip)} — ${parts.join(', ') || 'no scripts'}`));
    } else {
      lines.push(budget('weight', `${found.type.label} (${found.path}): ${w.jsPage} page`, null, `no byte budget in the brief for data-js-page="${w.jsPage}"; JS ${kb(row.jsAll.gzip)} gzip, HTML+CSS ${kb(htmlCss.gzip)} gzip`));
    }
  }

  // Every page, statically: which text pages or chart pages over budget (the sample above shows one per type).
  const sweep: string[] = [];
  let textPages = 0;
  let chartPages = 0;
  for (const file of site.htmlFiles()) {
    const w = measureStatic(site, file);
    const t = totals(w);
    const js = sum([w.inlineJs, t['js']!, t['js-lazy']!]);
    const htmlCss = sum([t['html']!, t['css']!]);
    if (w.jsPage === null) {
      textPages++;
      if (js.raw > BUDGET.textJsRaw) sweep.push(`${site.urlPathOf(file)}: text page ships ${kb(js.raw, 2)} JS`);
      if (htmlCss.gzip > BUDGET.textHtmlCssGzip) sweep.push(`${site.urlPathOf(file)}: text page HTML+CSS ${kb(htmlCss.gzip)} gzip`);
    } else if (w.jsPage === 'chart') {
      chartPages++;
      if (js.gzip > BUDGET.chartJsGzip) sweep.push(`${site.urlPathOf(file)}: chart page JS ${kb(js.gzip)} gzip`);
    }
  }
  lines.push(budget('weight', `All ${textPages} text pages and ${chartPages} chart pages (static count)`, sweep.length === 0, sweep.length ? `${sweep.length} over budget: ${sweep.slice(0, 8).join('; ')}${sweep.length > 8 ? '; …' : ''}` : 'all within budget'));

  // The phone picture (issue 15): what a chart page costs a 360-px screen, against the wide picture's bytes.
  const phoneRows = rows.filter((r) => r.phoneImages);
  const phoneTable = [
    '| page type | URL | images at 1280 × 900 | images at 360 × 740 | phone ÷ wide | files at 360 × 740 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...phoneRows.map((row) => {
      const ratio = row.imagesFetched.raw ? (row.phoneImages!.sizes.raw / row.imagesFetched.raw).toFixed(2) : '–';
      return `| ${row.found.type.label} | \`${row.found.path}\` | ${kb(row.imagesFetched.raw)} | ${kb(row.phoneImages!.sizes.raw)} | ${ratio} | ${row.phoneImages!.files.map((f) => `\`${path.basename(f)}\``).join(', ')} |`;
    }),
  ];
  for (const row of phoneRows) {
    lines.push(budget('weight', `${row.found.type.label} (${row.found.path}): images on a phone (360 × 740) lighter than on a wide screen`, row.phoneImages!.sizes.raw < row.imagesFetched.raw, `${kb(row.phoneImages!.sizes.raw)} at 360 px, ${kb(row.imagesFetched.raw)} at 1280 px`));
  }

  const cell = (row: WeightRow, kind: string) => (row.static ? SIZE_CELL(row.total[kind]!) : '–');
  const table = [
    '| page type | URL | `data-js-page` | HTML | CSS | JS at load | JS lazy | inline JS | fonts declared | fonts fetched | images | total at load |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => {
      if (!row.static) return `| ${row.found.type.label} | missing | | | | | | | | | | |`;
      const t = row.total;
      const atLoad = sum([t['html']!, t['css']!, t['js']!, row.fontsFetched, t['image']!]);
      return `| ${row.found.type.label} | \`${row.found.path}\` | ${row.static.jsPage ?? '–'} | ${cell(row, 'html')} | ${cell(row, 'css')} | ${cell(row, 'js')} | ${cell(row, 'js-lazy')} | ${kb(row.static.inlineJs.gzip)} / ${kb(row.static.inlineJs.br)} | ${cell(row, 'font')} | ${SIZE_CELL(row.fontsFetched)} | ${cell(row, 'image')} | ${SIZE_CELL(atLoad)} |`;
    }),
  ];
  const raw = [
    '| page type | HTML | CSS | JS at load | JS lazy | inline JS | fonts declared | fonts fetched | images |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows
      .filter((r) => r.static)
      .map((row) => `| ${row.found.type.label} | ${kb(row.total['html']!.raw)} | ${kb(row.total['css']!.raw)} | ${kb(row.total['js']!.raw)} | ${kb(row.total['js-lazy']!.raw)} | ${kb(row.static!.inlineJs.raw, 2)} | ${kb(row.total['font']!.raw)} | ${kb(row.fontsFetched.raw)} | ${kb(row.total['image']!.raw)} |`),
  ];
  const details = rows
    .filter((r) => r.static)
    .map((row) => {
      const files = row.static!.assets.map((a) => `  - ${a.kind}: \`${a.file}\` ${kb(a.raw)} raw, ${kb(a.gzip)} gzip, ${kb(a.br)} br`);
      const extra = [
        row.fontsFetchedFiles.length ? `  - fonts Chromium fetched: ${row.fontsFetchedFiles.map((f) => `\`${path.basename(f)}\``).join(', ')}` : '  - fonts Chromium fetched: none',
        row.missedByStatic.length ? `  - fetched in Chromium but not found statically (counted in the JS budget when scripts): ${row.missedByStatic.map((f) => `\`${f}\``).join(', ')}` : '',
        row.static!.unresolvedDynamic.length ? `  - dynamic imports with a computed target (measured in the browser): ${[...new Set(row.static!.unresolvedDynamic)].map((s) => `\`${s}\``).join(', ')}` : '',
        row.static!.missing.length ? `  - referenced but missing from the build: ${row.static!.missing.join(', ')}` : '',
      ].filter(Boolean);
      return `- **${row.found.type.label}** \`${row.found.path}\`\n${[...files, ...extra].join('\n')}`;
    });

  writeResult(
    'page-weight.md',
    [
      header('Page weight', ['- Sizes: gzip = zlib level 6 (on-the-fly compression), br = brotli quality 11 (pre-compressed); "raw" = bytes on disk.']),
      '## Budgets',
      '',
      budgetTable(lines),
      '',
      '## Per page type (gzip / brotli)',
      '',
      'One page per type: the example URL when it exists, else the first page of the sitemap matching the pattern.',
      '"JS at load": `<script src>`, modulepreloads and their static imports. "JS lazy": reached only through',
      '`import("…")` (e.g. Chart.js when a chart scrolls into view). "fonts declared": every `@font-face` file of the',
      "page's stylesheets (upper bound); \"fonts fetched\": what Chromium downloaded for the page's text after",
      'scrolling through it. "total at load" = HTML + CSS + JS at load + fonts fetched + images.',
      '',
      ...table,
      '',
      '## Chart pictures on a phone',
      '',
      'Images Chromium fetched after scrolling through the page, raw bytes (WebP is not compressed further). At',
      '360 × 740 the `<picture>` serves the phone WebP (360 px at 2×) instead of the wide one (800 px at 2×).',
      '',
      ...phoneTable,
      '',
      '## Raw bytes',
      '',
      ...raw,
      '',
      '## Files per page',
      '',
      ...details,
    ].join('\n'),
  );
}

/** Images a chart page fetches on a phone screen (the viewport of the phone tests). */
async function phoneImages(context: import('playwright-core').BrowserContext, site: DistSite, url: string): Promise<{ sizes: Sizes; files: string[] }> {
  const requests = await browserRequests(context, site, url, PHONE_VIEWPORT);
  const files = [...new Set(requests.filter((r) => !r.file.startsWith('http') && existsSync(path.join(site.root, r.file)) && kindOf(r.file, r.resourceType) === 'image').map((r) => r.file))];
  return { sizes: sum(files.map((f) => fileSizes(site, f))), files };
}

// --- Lighthouse --------------------------------------------------------------------------------------------

async function lighthouseStep(site: DistSite, server: RunningServer): Promise<void> {
  console.log(`\n▶ Lighthouse, mobile, ${RUNS} runs per page type`);
  const results: { found: FoundPage; result: MedianResult | null; error?: string }[] = [];
  for (const found of findPages(site)) {
    if (!found.path) {
      results.push({ found, result: null });
      continue;
    }
    const runs: LighthouseRun[] = [];
    let error: string | undefined;
    for (let i = 0; i < RUNS; i++) {
      try {
        const run = await runLighthouse(server.origin + found.path, path.join(BENCH_TMP, 'lighthouse', `${found.type.id}-${i + 1}.json`));
        if (run.runtimeError) throw new Error(run.runtimeError);
        runs.push(run);
        process.stdout.write(`  ${found.type.id.padEnd(15)} run ${i + 1}: ${CATEGORIES.map((c) => run.scores[c]).join(' / ')}  (benchmarkIndex ${run.benchmarkIndex})\n`);
      } catch (e) {
        error = String(e).slice(0, 300);
        console.log(`  ${found.type.id.padEnd(15)} run ${i + 1} failed: ${error}`);
      }
    }
    results.push({ found, result: runs.length ? medianOf(runs) : null, error });
  }

  const lines: BudgetLine[] = [];
  for (const { found, result, error } of results) {
    if (!found.path) {
      lines.push(budget('lighthouse', found.type.label, null, 'missing: the build has no page of this type yet'));
      continue;
    }
    if (!result) {
      lines.push(budget('lighthouse', `${found.type.label} (${found.path})`, false, `Lighthouse could not run: ${error}`));
      continue;
    }
    const s = result.scores;
    const problems: string[] = [];
    if ((s.performance ?? 0) < BUDGET.lighthousePerformance) {
      const run = result.runs.find((r) => r.shifts.length) ?? result.runs[0]!;
      problems.push(`Performance ${s.performance} < 95 (LCP ${ms(result.lcpMs)}${run.lcpElement ? ` on ${run.lcpElement}` : ''}, TBT ${ms(result.tbtMs)}, CLS ${result.cls?.toFixed(3)}${(result.cls ?? 0) > 0.1 && run.shifts.length ? `; shifts: ${run.shifts.join('; ')}` : ''})`);
    }
    for (const c of ['accessibility', 'best-practices', 'seo'] as const) {
      if (c === 'seo' && found.type.seoExempt) continue;
      if (s[c] !== 100) {
        const audits = result.failing.filter((f) => f.category === c).map((f) => `${f.id}${f.items.length ? ` [${f.items.slice(0, 3).join('; ')}]` : ''}`);
        problems.push(`${c} ${s[c]} ≠ 100: ${audits.join(', ') || 'see report'}`);
      }
    }
    lines.push(budget('lighthouse', `${found.type.label} (${found.path})`, problems.length === 0, problems.join(' · ') || `${CATEGORIES.map((c) => s[c]).join(' / ')}`));
  }

  const indexes = results.flatMap((r) => r.result?.runs.map((run) => run.benchmarkIndex) ?? []).filter((v): v is number => v !== null);
  const mid = medianOf(results.flatMap((r) => r.result?.runs ?? [])).benchmarkIndex;
  const version = results.find((r) => r.result)?.result?.runs[0]?.lighthouseVersion ?? '?';
  const table = [
    '| page type | URL | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS | benchmarkIndex |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(({ found, result, error }) => {
      if (!found.path) return `| ${found.type.label} | missing | | | | | | | | |`;
      if (!result) return `| ${found.type.label} | \`${found.path}\` | failed: ${error ?? ''} | | | | | | | |`;
      const s = result.scores;
      return `| ${found.type.label} | \`${found.path}\` | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${found.type.seoExempt ? `${s.seo} (exempt: noindex)` : s.seo} | ${ms(result.lcpMs)} | ${ms(result.tbtMs)} | ${result.cls?.toFixed(3) ?? '–'} | ${result.benchmarkIndex?.toFixed(0) ?? '–'} |`;
    }),
  ];
  const runsTable = results
    .filter((r) => r.result)
    .map(({ found, result }) => `- ${found.type.label}: ${result!.runs.map((run) => `${CATEGORIES.map((c) => run.scores[c]).join('/')} LCP ${ms(run.lcpMs)} TBT ${ms(run.tbtMs)}`).join(' · ')}`);
  writeResult(
    'lighthouse.md',
    [
      header('Lighthouse', [
        `- Lighthouse ${version}, mobile form factor (default), simulated throttling, Debian Chromium headless; ${RUNS} runs per page type, the median of each figure taken separately.`,
        `- Machine benchmarkIndex: median ${mid?.toFixed(0) ?? '–'} (range ${indexes.length ? `${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)}` : '–'}). Other builds ran on this 2-core machine at the same time, so Performance is noisy.`,
      ]),
      '## Budgets (Performance ≥ 95; Accessibility, Best Practices, SEO = 100; embeds exempt from SEO)',
      '',
      budgetTable(lines),
      '',
      '## Medians',
      '',
      ...table,
      '',
      '## Every run (Performance/Accessibility/Best Practices/SEO)',
      '',
      ...runsTable,
    ].join('\n'),
  );
}

// --- Search ------------------------------------------------------------------------------------------------

interface SearchMeasure {
  label: string;
  pages: number;
  payload: Payload | null;
  /** The real site only: the payload of each typical query. */
  typical: Payload[];
  timings: Timing[];
}

/** `typicalQueries`: also measure the payload of each (the real site only). */
async function measureSearch(label: string, site: DistSite, server: RunningServer, pages: number, withPayload: boolean, typicalQueries: readonly string[] = []): Promise<SearchMeasure> {
  const found = findPages(site).find((p) => p.type.id === 'search');
  if (!found?.path) return { label, pages, payload: null, typical: [], timings: [] };
  const browser = await launchBrowser();
  try {
    const url = server.origin + found.path;
    const payload = withPayload ? await pagefindPayload(browser.context, site, url, QUERY) : null;
    const typical: Payload[] = [];
    for (const q of typicalQueries) typical.push(await pagefindPayload(browser.context, site, url, q));
    const timings: Timing[] = [];
    for (const [mode, cpu] of [['url', 1], ['typed', 1], ['url', 4], ['typed', 4]] as const) {
      timings.push(await timeToFirstResult(browser.context, url, QUERY, mode, 5, cpu));
      console.log(`  ${label}: ${mode === 'url' ? '?q= on load' : 'typed'}${cpu > 1 ? `, CPU ÷${cpu}` : ''}: median ${ms(timings.at(-1)!.medianMs)}`);
    }
    return { label, pages, payload, typical, timings };
  } finally {
    await browser.close();
  }
}

function searchMarkdown(measures: SearchMeasure[]): string {
  const lines: BudgetLine[] = [];
  const real = measures[0];
  if (!real?.payload) lines.push(budget('search', 'Pagefind payload for a typical query ≤ 100 KB', null, 'missing: the build has no search page yet'));
  else {
    const p = real.payload;
    const big = [...p.files].sort((a, b) => b.bytes - a.bytes).slice(0, 4).map((f) => `${f.file} ${kb(f.bytes)}`);
    // Judged on what a production host sends: Netlify, Cloudflare Pages and any CDN compress JS and JSON on the
    // fly (the bench server does not); the uncompressed figure is shown beside it.
    const ok = p.compressedBytes <= BUDGET.searchPayload;
    const rawNote = p.bytes > BUDGET.searchPayload ? ` — uncompressed it is ${kb(p.bytes)}, over budget on a host that does not gzip JS/JSON (see README, Deploying)` : ` (uncompressed ${kb(p.bytes)}, also within budget)`;
    lines.push(budget('search', `Pagefind payload for "${QUERY}" ≤ 100 KB as a compressing host sends it (real site)`, ok, `${kb(p.compressedBytes)} in ${p.files.length} requests${rawNote}; ${p.results} results shown; largest: ${big.join(', ')}`));
  }
  const typical = real?.typical ?? [];
  if (typical.length) {
    const sizes = typical.map((p) => p.compressedBytes).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    const within = typical.filter((p) => p.compressedBytes <= BUDGET.searchPayload).length;
    lines.push(budget('search', `Median Pagefind payload over ${typical.length} typical queries ≤ 100 KB (real site)`, median <= BUDGET.searchPayload, `median ${kb(median)}; ${within} of ${typical.length} queries within 100 KB (table below)`));
  }
  for (const m of measures.slice(1)) {
    if (m.payload) lines.push(budget('search', `Pagefind payload for "${QUERY}" (${m.label}, for information)`, null, `${kb(m.payload.bytes)} in ${m.payload.files.length} requests (${kb(m.payload.compressedBytes)} if gzipped)`));
  }
  const timingTable = [
    '| site | pages | mode | CPU | median | runs |',
    '| --- | --- | --- | --- | --- | --- |',
    ...measures.flatMap((m) =>
      m.timings.map((t) => `| ${m.label} | ${m.pages} | ${t.mode === 'url' ? 'open `/tim-kiem/?q=…` (navigation → first result)' : 'type into the box + Enter (click → first result)'} | ${t.cpuSlowdown > 1 ? `÷${t.cpuSlowdown}` : 'full speed'} | ${ms(t.medianMs)} | ${t.runs.map((r) => (r === null ? 'none' : Math.round(r))).join(', ')} |`),
    ),
  ];
  const engine = (p: Payload) => p.files.filter((f) => !/\/(index|fragment)\//.test(f.file)).reduce((n, f) => n + f.compressedBytes, 0);
  const part = (p: Payload, dir: string) => p.files.filter((f) => f.file.includes(`/${dir}/`));
  const typicalTable = typical.length
    ? [
        '| query | total | engine (pagefind.js, WebAssembly, metadata) | index chunks | result fragments | results shown | within 100 KB |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...typical.map((p) => {
          const chunks = part(p, 'index');
          const fragments = part(p, 'fragment');
          return `| ${p.query.replace(/\|/g, '\\|')} | ${kb(p.compressedBytes)} | ${kb(engine(p))} | ${kb(chunks.reduce((n, f) => n + f.compressedBytes, 0))} in ${chunks.length} | ${kb(fragments.reduce((n, f) => n + f.compressedBytes, 0))} in ${fragments.length} | ${p.results} | ${verdict(p.compressedBytes <= BUDGET.searchPayload)} |`;
        }),
        '',
      ]
    : [];
  const files = measures
    .filter((m) => m.payload)
    .map((m) => [`### ${m.label}`, '', '| file | transferred | if gzipped by the host |', '| --- | --- | --- |', ...m.payload!.files.map((f) => `| \`${f.file}\` | ${kb(f.bytes, 2)} | ${kb(f.compressedBytes, 2)} |`), ''].join('\n'));
  return [
    header('Search', [`- Query: "${QUERY}" (typed without accents, as many readers do). Chromium headless, HTTP cache disabled, 5 runs after one warm-up, median.`, '- "CPU ÷4": Chromium\'s CPU throttling at rate 4, closer to a mid-range phone. No network throttling (local server).']),
    '## Budget',
    '',
    budgetTable(lines),
    '',
    ...(typicalTable.length ? ['## Payload per typical query (real site, as a compressing host sends it)', '', ...typicalTable] : []),
    '## Time to first result',
    '',
    ...timingTable,
    '',
    '## Pagefind requests for the query',
    '',
    ...files,
  ].join('\n');
}

// --- Scale -------------------------------------------------------------------------------------------------

interface ScaleRow {
  label: string;
  articles: number;
  build: Omit<BuildResult, 'log'>;
  /** Generated articles that became pages. */
  builtArticles?: number;
  /** Chart images drawn by this build, beyond those in the seeded cache (absent for the real site, a cold build). */
  chartsDrawn?: number;
}

/** Images in a project's chart-image cache (src/lib/charts/image-cache.ts keeps a PNG and a WebP per chart). */
function cachedChartImages(project: string): number {
  const dir = path.join(project, 'node_modules', '.cache', 'chart-images');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0;
}

async function scaleStep(real: SiteState | null, searchMeasures: SearchMeasure[]): Promise<void> {
  console.log(`\n▶ Scale: ${SIZES.join(', ')} generated articles`);
  const rows: ScaleRow[] = [];
  const failures: string[] = [];
  if (real) rows.push({ label: 'real site', articles: 0, build: real.build });
  // One origin for every build, the real site's: chart images print the page's address, so the image cache
  // (keyed by what is drawn) only carries over between builds that share SITE_URL.
  const port = real?.port ?? (await freePort());
  for (const n of SIZES) {
    const load = os.loadavg()[0]!;
    if (load > 3) console.log(`  load average is ${load.toFixed(1)}: the timings will include other people's work`);
    // Every size starts from the chart-image cache of the real build, so the sizes differ only by their articles.
    const site = createSyntheticSite({ articles: n, ref: REF, seedCache: path.join(SITE_COPY, 'node_modules', '.cache') });
    const seeded = cachedChartImages(site.dir);
    console.log(`  building ${n} articles in ${path.relative(REPO_ROOT, site.dir)} …`);
    // No heap cap: the scale budget is what a build on stock Astro and its MDX needs (issue 19).
    const result = await measuredBuild({ project: site.dir, siteUrl: `http://127.0.0.1:${port}`, heapMb: 0 });
    const { log, ...build } = result;
    writeFileSync(path.join(site.dir, 'build.log'), log);
    if (!result.ok) {
      const error = log.split('\n').filter((l) => /error|not defined|Error:/i.test(l)).slice(0, 3).join(' / ').slice(0, 400);
      failures.push(`the ${n}-article build failed (exit ${result.exitCode}): ${error} — log in ${path.relative(REPO_ROOT, site.dir)}/build.log`);
      console.log(`  ${failures.at(-1)}`);
      break;
    }
    // The generator's articles must really have become pages, or the sizes compare nothing.
    const builtArticles = existsSync(path.join(site.dir, 'dist', 'bai-viet')) ? readdirSync(path.join(site.dir, 'dist', 'bai-viet')).filter((d) => d.startsWith('bai-tong-hop-')).length : 0;
    const chartsDrawn = cachedChartImages(site.dir) - seeded;
    rows.push({ label: `${n} generated articles`, articles: n, build, builtArticles, chartsDrawn });
    if (builtArticles < n) console.log(`  only ${builtArticles} of the ${n} generated articles became pages (dist/bai-viet/bai-tong-hop-*/)`);
    console.log(`  ${n}: ${build.htmlPages} pages in ${build.seconds.toFixed(1)} s (${((build.seconds * 1000) / build.htmlPages).toFixed(1)} ms/page), Pagefind ${build.pagefindMs} ms, peak ${mb(build.treeRssKb)} (tree) / ${mb(build.maxRssKb)} (largest process), index ${kb(build.pagefindBytes, 0)}`);
    if (n === Math.max(...SIZES)) {
      const dsite = new DistSite(path.join(site.dir, 'dist'), '/', [`http://127.0.0.1:${port}`]);
      const server = await serve(dsite.root, port);
      dsite.origins.add(server.origin);
      try {
        searchMeasures.push(await measureSearch(`${n} generated articles`, dsite, server, build.htmlPages, true));
      } finally {
        await server.close();
      }
    } else {
      rmSync(site.dir, { recursive: true, force: true });
    }
  }

  const generated = rows.filter((r) => r.articles > 0).sort((a, b) => a.build.htmlPages - b.build.htmlPages);
  const perPage = (r: ScaleRow) => (r.build.seconds * 1000) / r.build.htmlPages;
  const lines: BudgetLine[] = [];
  for (const failure of failures) lines.push(budget('scale', 'Synthetic site builds', false, failure));
  const unbuilt = generated.filter((r) => (r.builtArticles ?? 0) < r.articles);
  lines.push(budget('scale', 'Every generated article becomes a page', unbuilt.length === 0, unbuilt.length ? unbuilt.map((r) => `${r.builtArticles} of ${r.articles} built`).join('; ') + ' — the site drops articles (see the report): the scale figures then measure an almost empty site' : `${generated.map((r) => r.builtArticles).join(', ')} article pages built`));
  if (generated.length >= 3) {
    const [small, middle, large] = [generated[0]!, generated.at(-2)!, generated.at(-1)!];
    const marginal = (a: ScaleRow, b: ScaleRow) => ((b.build.seconds - a.build.seconds) * 1000) / (b.build.htmlPages - a.build.htmlPages);
    const low = marginal(small, middle);
    const high = marginal(middle, large);
    const ratio = high / low;
    // Other builds on the machine can make a bigger site build faster than a smaller one: then nothing can be said.
    const meaningful = low > 0 && high > 0;
    lines.push(budget('scale', 'Build time per page does not grow with the number of pages', meaningful ? ratio <= BUDGET.scaleGrowth : null, `${meaningful ? '' : 'TOO NOISY TO JUDGE (a larger build was faster than a smaller one: rerun on a quiet machine) — '}`+ `marginal time per added page ${low.toFixed(1)} ms (${small.articles}→${middle.articles}) vs ${high.toFixed(1)} ms (${middle.articles}→${large.articles}): ratio ${ratio.toFixed(2)} (limit ${BUDGET.scaleGrowth}); average per page ${perPage(small).toFixed(1)} → ${perPage(middle).toFixed(1)} → ${perPage(large).toFixed(1)} ms (ratio largest/middle ${(perPage(large) / perPage(middle)).toFixed(2)})`));
  } else if (generated.length) {
    lines.push(budget('scale', 'Build time per page does not grow with the number of pages', null, 'needs three sizes to compare marginal times'));
  }
  if (real && generated.length) {
    const drawn = generated.map((r) => `${r.chartsDrawn} at ${r.articles} articles`).join(', ');
    lines.push(budget('scale', 'Unchanged chart images are not redrawn (cache by content hash)', generated.every((r) => r.chartsDrawn === 0), `chart images drawn beyond the real build's cache: ${drawn} (the real build drew ${cachedChartImages(SITE_COPY)})`));
  }
  const largest = generated.at(-1);
  const realSite = rows.find((r) => r.articles === 0);
  if (largest?.build.largestHtml && realSite?.build.largestHtml) {
    // The article list is paged: no page may grow with the number of articles (it reached 1.9 MB unpaged).
    const grown = largest.build.largestHtml.bytes / realSite.build.largestHtml.bytes;
    lines.push(budget('scale', 'No page grows with the number of articles (largest HTML file)', grown <= 1.5, `\`${largest.build.largestHtml.file}\` ${kb(largest.build.largestHtml.bytes)} at ${largest.articles} articles vs \`${realSite.build.largestHtml.file}\` ${kb(realSite.build.largestHtml.bytes)} on the real site (×${grown.toFixed(2)}, limit ×1.5)`));
  }
  for (const [articles, limit] of BUDGET.scaleMemoryKb) {
    const row = generated.find((r) => r.articles === articles);
    const peak = row ? Math.max(row.build.treeRssKb, row.build.maxRssKb ?? 0) : 0;
    lines.push(budget('scale', `Peak memory < ${limit / 1024 / 1024} GB at ${articles} articles`, row ? peak < limit : null, row ? `${mb(row.build.treeRssKb)} for the whole process tree (Node + Pagefind), ${mb(row.build.maxRssKb)} largest single process` : `not built (sizes: ${generated.map((r) => r.articles).join(', ')})`));
  }
  const table = [
    '| site | articles | article pages built | chart images drawn | HTML pages | build time | per page | Pagefind indexing | pages indexed | peak memory (tree) | peak memory (largest process) | search index (dist/pagefind) | largest HTML file |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.label} | ${r.articles || '–'} | ${r.builtArticles ?? '–'} | ${r.chartsDrawn ?? 'all (cold)'} | ${r.build.htmlPages} | ${r.build.seconds.toFixed(1)} s | ${perPage(r).toFixed(1)} ms | ${ms(r.build.pagefindMs)}${r.build.pagefindMs !== null && r.build.pagefindPages ? ` (${(r.build.pagefindMs / r.build.pagefindPages).toFixed(1)} ms/page)` : ''} | ${r.build.pagefindPages ?? '–'} | ${mb(r.build.treeRssKb)} | ${mb(r.build.maxRssKb)} | ${kb(r.build.pagefindBytes, 0)} in ${r.build.pagefindFiles} files | ${r.build.largestHtml ? `\`${r.build.largestHtml.file}\` ${kb(r.build.largestHtml.bytes)}` : '–'} |`),
  ];
  writeResult(
    'scale.md',
    [
      header('Scale', [
        '- Synthetic articles from bench/generate-synthetic.ts (Vietnamese prose: an intro and 10 paragraphs under 5 headings, about 1,000 words each) added to a copy of the working tree; each size built with `astro build` in its own copy: empty content cache, and the chart-image cache (node_modules/.cache) copied from the real-site build, so that every size draws the same charts (none) and differs only by its articles; every build uses the same SITE_URL, which the images print. The real-site row is a cold build (every chart image drawn).',
        '- Build time is wall clock for the whole `astro build`, including Pagefind. Peak memory: the sum over the process tree polled from /proc every 100 ms (Node plus Pagefind\'s indexing service), and GNU time\'s maximum resident set size of the largest single process.',
        '- The load average at the start is above; anything else running on this 2-core machine makes absolute times noisy: the ratios matter.',
      ]),
      '## Checks',
      '',
      budgetTable(lines),
      '',
      '## Builds',
      '',
      ...table,
    ].join('\n'),
  );
}

// --- Audit -------------------------------------------------------------------------------------------------

function auditStep(): void {
  console.log('\n▶ npm audit --omit=dev');
  const run = (args: string[]) => spawnSync('npm', ['audit', ...args, '--json'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  type Audit = { metadata?: { vulnerabilities?: Record<string, number>; dependencies?: Record<string, number> }; vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>; error?: { summary?: string } };
  const parse = (out: string): Audit | null => {
    try {
      return JSON.parse(out) as Audit;
    } catch {
      return null;
    }
  };
  const prod = run(['--omit=dev']);
  const all = run([]);
  const p = parse(prod.stdout);
  const a = parse(all.stdout);
  const counts = (x: Audit | null) => (x?.metadata?.vulnerabilities ? Object.entries(x.metadata.vulnerabilities).map(([k, v]) => `${k} ${v}`).join(', ') : 'unknown');
  const total = (x: Audit | null) => x?.metadata?.vulnerabilities?.['total'] ?? null;
  const ok = p ? total(p) === 0 : null;
  const list = (x: Audit | null) =>
    Object.entries(x?.vulnerabilities ?? {}).map(([name, v]) => {
      const via = v.via.map((i) => (typeof i === 'string' ? i : ((i as { title?: string; url?: string }).title ?? '') + ((i as { url?: string }).url ? ` (${(i as { url?: string }).url})` : ''))).join('; ');
      return `| ${name} | ${v.severity} | ${via.replace(/\|/g, '\\|')} | ${v.fixAvailable === false ? 'no' : v.fixAvailable === true ? 'yes' : `yes: ${JSON.stringify(v.fixAvailable).replace(/\|/g, '\\|')}`} |`;
    });
  const line = budget('audit', 'npm audit --omit=dev: no known vulnerability in what the site ships', ok, p ? counts(p) : `npm audit did not answer in JSON (exit ${prod.status}): ${(prod.stderr || prod.stdout).slice(0, 300)}`);
  writeResult(
    'audit.md',
    [
      header('Dependency audit'),
      '## Runtime dependencies: `npm audit --omit=dev`',
      '',
      budgetTable([line]),
      '',
      `Dependencies counted: ${JSON.stringify(p?.metadata?.dependencies ?? {})}${p?.metadata?.dependencies?.['prod'] === 1 ? ' ("prod": 1 is the project itself: it has no runtime dependency, so there is nothing to look up)' : ''}. Every package of this project is a devDependency: the site that readers get is static files, so no npm code runs on a server; the browser only receives what the build bundles (Chart.js, Pagefind's script). Those two ship to readers although they are devDependencies, so \`--omit=dev\` does not look at them: only the full audit below covers them.`,
      '',
      ...(list(p).length ? ['| package | severity | advisory | fix |', '| --- | --- | --- | --- |', ...list(p), ''] : []),
      '## For information: `npm audit` including devDependencies (build and test tools)',
      '',
      `Result: ${a?.metadata?.vulnerabilities ? counts(a) : `could not run — ${(a as { message?: string } | null)?.message ?? a?.error?.summary ?? `exit ${all.status}`}${/405|ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(all.stdout + all.stderr) ? ' (the registry\'s advisory endpoint is not reachable from this machine; run `npm audit` where it is)' : ''}`}`,
      '',
      ...(list(a).length ? ['| package | severity | advisory | fix |', '| --- | --- | --- | --- |', ...list(a)] : []),
    ].join('\n'),
  );
}

// --- Main --------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`bench: ${[...steps].join(', ')} (load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  const needsSite = steps.has('weight') || steps.has('lighthouse') || steps.has('search') || steps.has('scale');
  const state = needsSite ? await prepareRealSite() : null;
  const searchMeasures: SearchMeasure[] = [];
  if (state && (steps.has('weight') || steps.has('lighthouse') || steps.has('search'))) {
    const site = new DistSite(path.join(SITE_COPY, 'dist'), '/', [`http://127.0.0.1:${state.port}`]);
    const server = await serve(site.root, state.port);
    site.origins.add(server.origin);
    try {
      if (steps.has('weight')) await weightStep(site, server);
      if (steps.has('search')) {
        console.log('\n▶ Search on the real site');
        searchMeasures.push(await measureSearch('real site', site, server, state.build.htmlPages, true, TYPICAL_QUERIES));
      }
      if (steps.has('lighthouse')) await lighthouseStep(site, server);
    } finally {
      await server.close();
    }
  }
  if (steps.has('audit')) auditStep();
  if (steps.has('scale')) {
    // search.md compares the real site with the largest generated one: measure the real one too.
    if (state && !steps.has('search')) {
      const site = new DistSite(path.join(SITE_COPY, 'dist'), '/', [`http://127.0.0.1:${state.port}`]);
      const server = await serve(site.root, state.port);
      try {
        searchMeasures.push(await measureSearch('real site', site, server, state.build.htmlPages, true, TYPICAL_QUERIES));
      } finally {
        await server.close();
      }
    }
    await scaleStep(state, searchMeasures);
  }
  if (searchMeasures.length) writeResult('search.md', searchMarkdown(searchMeasures));

  const failed = budgetLines.filter((l) => l.ok === false);
  console.log(`\nBudgets: ${budgetLines.filter((l) => l.ok).length} pass, ${failed.length} fail, ${budgetLines.filter((l) => l.ok === null).length} not applicable (${((performance.now() - started) / 60000).toFixed(1)} min)`);
  for (const l of failed) console.log(`  FAIL [${l.area}] ${l.name}: ${l.detail}`);
}

await main();
