/**
 * `npm test`: build the site twice for the tests, then run every Vitest project once.
 * - dist/      SITE_URL=http://127.0.0.1:4321 (the browser suite serves it on 127.0.0.1)
 * - dist-base/ the same under BASE_PATH=/__base-test__/ (the base-path checks)
 * Options: --build-only (what `npm run build:test` runs), --skip-build (reuse the last build);
 * anything else goes to Vitest, e.g. `npm test -- --project build`.
 * Vitest writes test-results/vitest.json (counted by .ci/run) and prints each suite's duration.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const buildOnly = args.includes('--build-only');
const skipBuild = args.includes('--skip-build');
const vitestArgs = args.filter((a) => a !== '--build-only' && a !== '--skip-build');

const TEST_SITE_URL = 'http://127.0.0.1:4321';
const TEST_BASE = '/__base-test__/';

/** Runs a Node script with this same (pinned) Node; returns its exit code and how long it took. */
function run(label: string, script: string, scriptArgs: string[], env: Record<string, string> = {}): { code: number; seconds: number } {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, [path.join(root, script), ...scriptArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const code = result.status ?? 1;
  console.log(`${code === 0 ? '✔' : '✘'} ${label}: ${seconds.toFixed(1)} s${code === 0 ? '' : ` (exit ${code})`}`);
  return { code, seconds };
}

const timings: string[] = [];
let buildFailed = false;
if (!skipBuild) {
  const builds = [
    { label: 'build dist/', outDir: 'dist', env: { SITE_URL: TEST_SITE_URL, BASE_PATH: '' } },
    { label: `build dist-base/ (BASE_PATH=${TEST_BASE})`, outDir: 'dist-base', env: { SITE_URL: TEST_SITE_URL, BASE_PATH: TEST_BASE } },
  ];
  for (const build of builds) {
    // A failed build must not leave an older one behind for the tests to pass on.
    rmSync(path.join(root, build.outDir), { recursive: true, force: true });
    const { code, seconds } = run(build.label, 'scripts/build.ts', ['--outDir', build.outDir], build.env);
    timings.push(`  ${build.label.padEnd(40)} ${seconds.toFixed(1).padStart(6)} s${code ? '  FAILED' : ''}`);
    buildFailed ||= code !== 0;
  }
}

let testCode = 0;
if (!buildOnly) {
  // Even after a failed build, run the suites: unit tests still tell something, and the build and browser
  // suites fail with "dist/ … is missing" rather than passing on nothing.
  const { code, seconds } = run('vitest (unit, build, browser)', 'node_modules/vitest/vitest.mjs', ['run', ...vitestArgs]);
  timings.push(`  ${'vitest, all suites'.padEnd(40)} ${seconds.toFixed(1).padStart(6)} s`);
  testCode = code;
}

if (timings.length) console.log(`\nStep durations\n${timings.join('\n')}`);
process.exit(buildFailed ? 1 : testCode);
