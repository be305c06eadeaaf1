/**
 * Lighthouse (the npm package, v13) through its CLI, one fresh headless Debian Chromium per run, mobile form factor
 * with Lighthouse's default simulated throttling. Runs are sequential: on two cores, parallel runs would only
 * measure each other.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../generate-synthetic.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLI = path.join(REPO_ROOT, 'node_modules/lighthouse/cli/index.js');
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  /** What Lighthouse points at (selectors, URLs), shortened. */
  items: string[];
}

export interface LighthouseRun {
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  fcpMs: number | null;
  benchmarkIndex: number | null;
  lighthouseVersion: string;
  failing: FailingAudit[];
  /** The largest layout shifts: element (score; causes). */
  shifts: string[];
  lcpElement: string | null;
  runtimeError: string | null;
}

interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  environment: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; details?: { items?: Record<string, unknown>[] } }>;
}

function describeItem(item: Record<string, unknown>): string {
  const node = item['node'] as { selector?: string; snippet?: string } | undefined;
  const text = node?.selector ?? (typeof item['url'] === 'string' ? item['url'] : undefined) ?? node?.snippet ?? (typeof item['description'] === 'string' ? item['description'] : JSON.stringify(item));
  return String(text).slice(0, 140);
}

export function summarise(lhr: Lhr): LighthouseRun {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    if (category === 'performance') continue;
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || !['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
      failing.push({ category, id: audit.id, title: audit.title, items: (audit.details?.items ?? []).slice(0, 5).map(describeItem) });
    }
  }
  // What holds Performance back: the elements that shift, and the LCP element.
  const shifts = (lhr.audits['layout-shifts']?.details?.items ?? []).slice(0, 3).map((item) => {
    const score = typeof item['score'] === 'number' ? (item['score'] as number).toFixed(3) : '?';
    const causes = ((item['subItems'] as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).map((c) => String(c['cause'] ?? '')).filter(Boolean);
    return `${describeItem(item)} (${score}${causes.length ? `; ${causes.join(', ')}` : ''})`;
  });
  const lcpItems = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const lcpNested = (lcpItems[0]?.['items'] as Record<string, unknown>[] | undefined)?.[0];
  const lcpElement = lcpNested ? describeItem(lcpNested) : lcpItems[0] ? describeItem(lcpItems[0]) : null;
  const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score === null || lhr.categories[c] === undefined ? null : Math.round(lhr.categories[c]!.score! * 100)])) as Record<Category, number | null>,
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    fcpMs: num('first-contentful-paint'),
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    lighthouseVersion: lhr.lighthouseVersion,
    failing,
    shifts,
    lcpElement,
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
  };
}

/** `keepAs`: also copy the full JSON report there (bench/tmp/lighthouse/…, for a closer look; not committed). */
export async function runLighthouse(url: string, keepAs?: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-lh-'));
  const out = path.join(dir, 'report.json');
  try {
    const args = [
      CLI,
      url,
      '--output=json',
      `--output-path=${out}`,
      `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')} --user-data-dir=${path.join(dir, 'profile')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--disable-full-page-screenshot',
      '--quiet',
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CHROME_PATH: CHROMIUM } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`);
    const text = readFileSync(out, 'utf8');
    if (keepAs) {
      mkdirSync(path.dirname(keepAs), { recursive: true });
      writeFileSync(keepAs, text);
    }
    return summarise(JSON.parse(text) as Lhr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
}

export interface MedianResult {
  runs: LighthouseRun[];
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  benchmarkIndex: number | null;
  /** Audits failing in at least one run, with how many runs. */
  failing: (FailingAudit & { runs: number })[];
}

/** Median of each figure over the runs, taken separately (a score's median, not the "median run"). */
export function medianOf(runs: readonly LighthouseRun[]): MedianResult {
  const failing = new Map<string, FailingAudit & { runs: number }>();
  for (const run of runs) {
    for (const f of run.failing) {
      const key = `${f.category}/${f.id}`;
      const seen = failing.get(key);
      if (seen) seen.runs++;
      else failing.set(key, { ...f, runs: 1 });
    }
  }
  return {
    runs: [...runs],
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number | null>,
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
    failing: [...failing.values()],
  };
}
