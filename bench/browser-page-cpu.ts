/**
 * CPU seconds per page of the browser crawl's checkPage (tests/lib/page-gates.ts): Chromium's whole process tree
 * plus this Node process, read from /proc, over an evenly spaced sample of the sitemap. CPU time, unlike wall time,
 * hardly moves with the load of a shared machine. Needs a built dist/.
 *   npm exec -- node bench/browser-page-cpu.ts            (N=20 pages; GATES=path of another page-gates module)
 * To compare with an older crawl: git show <commit>:tests/lib/page-gates.ts > tests/lib/page-gates.old.ts, then
 * GATES=../tests/lib/page-gates.old.ts (same folder, so its imports resolve).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { launchBrowser } from '../tests/lib/browser.ts';
import { DIST, DistSite } from '../tests/lib/dist-site.ts';
import { sitemapUrls, withOrigin } from '../tests/lib/sitemap.ts';
import { startServer } from '../scripts/serve.ts';

const { checkPage } = (await import(process.env.GATES || '../tests/lib/page-gates.ts')) as typeof import('../tests/lib/page-gates.ts');
const CLOCK_TICKS = 100;

/** utime + stime of a process and of its reaped children, for it and every descendant. */
function treeTicks(root: number): number {
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) });
    } catch {
      // the process ended while being read
    }
  }
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += procs.get(pid)?.ticks ?? 0;
    for (const [child, p] of procs) if (p.ppid === pid) stack.push(child);
  }
  return sum;
}

const site = new DistSite(DIST);
const urls = sitemapUrls(site);
const step = Math.max(1, Math.floor(urls.length / Number(process.env.N ?? 20)));
const sample = urls.filter((_, i) => i % step === 0);
const server = await startServer({ root: DIST, port: 0 });
site.origins.add(server.origin);
const browser = await launchBrowser();
const ticks0 = treeTicks(process.pid);
const wall0 = performance.now();
let problems = 0;
for (const url of sample) problems += (await checkPage(browser.context, withOrigin(url, server.origin), { site })).length;
const cpu = (treeTicks(process.pid) - ticks0) / CLOCK_TICKS;
console.log(JSON.stringify({ gates: process.env.GATES || 'current', pages: sample.length, problems, cpuSecondsPerPage: +(cpu / sample.length).toFixed(3), wallMsPerPage: Math.round((performance.now() - wall0) / sample.length), loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ')[0] }));
await browser.close();
await server.close();
