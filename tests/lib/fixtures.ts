/**
 * A temporary copy of tests/fixtures/bad-pages/ (plus the site's generated _headers, and one page too large to keep in git),
 * for the tests that prove each gate bites. Served by scripts/serve.ts like the real site.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './dist-site.ts';
import { headersFile } from '../../src/integrations/site-urls.ts';

export const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/bad-pages');

export interface FixtureSite {
  root: string;
  remove(): void;
}

/** Deterministic filler that gzip cannot shrink much: "words" of letters drawn from a hash chain. */
function filler(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    const digest = createHash('sha256').update(String(i)).digest();
    text += `${[...digest].map((b) => (b < 26 * 9 ? String.fromCharCode(97 + (b % 26)) : ' ')).join('')} `;
  }
  return text;
}

export function copyFixtures(): FixtureSite {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bad-pages-'));
  cpSync(FIXTURES, root, { recursive: true });
  writeFileSync(path.join(root, '_headers'), headersFile('/'));
  mkdirSync(path.join(root, 'over-budget-html'));
  writeFileSync(
    path.join(root, 'over-budget-html/index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">
<title>Over the HTML budget</title>
<link rel="stylesheet" href="/fixture.css">
</head>
<body>
<main>
<h1>Over the HTML budget</h1>
<p>${filler(28 * 1024)}</p>
</main>
</body>
</html>
`,
  );
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
