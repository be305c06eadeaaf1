/**
 * Screenshots of the printed PAPI criteria sheet into bench/results/screens/: each page of the built PDFs (dist/),
 * and the print pages as Chromium prints them on A4, both rasterised by PDF.js at 100 dpi: every page of the short
 * version, the first two and the last of the full one (the rest look the same).
 * Run after a build: `node bench/criteria-pdf-screens.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPdf } from '../tests/lib/pdf.ts';
import { DIST, REPO_ROOT } from '../tests/lib/dist-site.ts';
import type { PdfPage } from '../tests/lib/pdf.ts';
import { criteriaSheet } from '../src/lib/criteria-sheet.ts';
import { loadDataset } from '../src/lib/dataset.ts';
import { launchBrowser } from '../tests/lib/browser.ts';
import { startServer } from '../scripts/serve.ts';

const out = path.join(REPO_ROOT, 'bench/results/screens');
mkdirSync(out, { recursive: true });
const kept = (pages: PdfPage[]) => pages.map((p, i) => [p, i] as const).filter(([, i]) => i < 2 || i === pages.length - 1);
const ds = loadDataset();
for (const full of [false, true]) {
  const sheet = criteriaSheet(ds, 'vi', full);
  const pages = await readPdf(readFileSync(path.join(DIST, sheet.pdfPath)), { scale: 100 / 72, keepPng: true });
  for (const [p, i] of kept(pages)) {
    const file = path.join(out, `criteria-pdf-${full ? 'full' : 'short'}-${i + 1}.png`);
    writeFileSync(file, p.png!);
    console.log(path.relative(REPO_ROOT, file));
  }
}

const server = await startServer({ root: DIST, port: 0 });
const browser = await launchBrowser();
try {
  for (const full of [false, true]) {
    const tab = await browser.context.newPage();
    await tab.goto(server.origin + criteriaSheet(ds, 'vi', full).pagePath, { waitUntil: 'load' });
    await tab.emulateMedia({ media: 'print' });
    const pages = await readPdf(await tab.pdf({ format: 'A4', printBackground: true }), { scale: 100 / 72, keepPng: true });
    for (const [p, i] of kept(pages)) {
      const file = path.join(out, `criteria-print-chromium-${full ? 'full' : 'short'}-${i + 1}.png`);
      writeFileSync(file, p.png!);
      console.log(path.relative(REPO_ROOT, file));
    }
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
