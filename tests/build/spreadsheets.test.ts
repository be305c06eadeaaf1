/**
 * The spreadsheet downloads in the built site: every chart's XLSX (live and frozen) and the dataset's XLSX open with
 * read-excel-file and hold the same cells as their CSV (numbers as numbers, headers in the page's language); CSV
 * values carry no float noise; the `source` column names the publisher of `source_id`; frozen embeds link their
 * edition's own files, whose values are the edition's frozen points.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { parseCsvRows } from '../lib/csv.ts';
import { CHART_COLUMNS } from '../../src/lib/charts/csv.ts';
import { DATA_XLSX, OPEN_DATA_FILES } from '../../src/lib/open-data.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { getSource } from '../../src/lib/results.ts';
import { xlsxBuffer } from '../../src/lib/xlsx.ts';
import { ui, type Locale } from '../../src/i18n/index.ts';

const site = new DistSite(DIST);
const ds = loadDataset();
type Sheet = { sheet: string; data: unknown[][] };

/** What differs between a sheet and the CSV it repeats: in a numeric column a number, elsewhere the same text; empty stays empty. */
export function sheetVsCsv(sheet: unknown[][], csv: string[][], numeric: boolean[]): string[] {
  const problems: string[] = [];
  if (sheet.length !== csv.length) problems.push(`${sheet.length} rows in the sheet, ${csv.length} in the CSV`);
  csv.forEach((row, i) => {
    row.forEach((want, j) => {
      const got = sheet[i]?.[j] ?? null;
      const ok = want === '' ? got === null : numeric[j] ? typeof got === 'number' && got === Number(want) : typeof got !== 'number' && String(got) === want;
      if (!ok) problems.push(`row ${i + 1}, column ${j + 1}: ${JSON.stringify(got)} in the sheet, ${JSON.stringify(want)} in the CSV`);
    });
  });
  return problems;
}

const isNumeric = (type: string) => type === 'number' || type === 'integer';

/** Decimals beyond what any source published are float noise (35.749611111111115). */
const maxPrecision = Math.max(...[...ds.results.values()].flatMap((r) => r.claims.map((c) => c.precision ?? 0)));
export function noisyNumbers(csv: string[][], column: number): string[] {
  return csv.slice(1).map((r) => r[column] ?? '').filter((v) => (v.split('.')[1] ?? '').length > maxPrecision);
}

const chartDirs: [string, Locale][] = [['bieu-do', 'vi'], ['en/charts', 'en'], ['nhung/2026-11', 'vi'], ['en/embed/2026-11', 'en'], ['nhung/2026-12', 'vi'], ['en/embed/2026-12', 'en'], ['nhung/2026-12b', 'vi'], ['en/embed/2026-12b', 'en']];
const chartFiles = chartDirs.flatMap(([dir, locale]) => {
  const abs = path.join(DIST, dir);
  return existsSync(abs) ? readdirSync(abs).filter((f) => f.endsWith('.csv')).map((f) => ({ csv: path.join(dir, f), locale })) : [];
});

describe('the checks bite', () => {
  it('a sheet whose number differs from the CSV, or holds a number as text, is reported', async () => {
    const read = async (rows: (string | number)[][]) => ((await readExcelFile(Buffer.from(await xlsxBuffer([{ name: 'x', header: ['Năm', 'Giá trị'], rows }])))) as Sheet[])[0]!.data.slice(1);
    const csv = [['2021', '35.7496']];
    expect(sheetVsCsv(await read([[2021, 35.7496]]), csv, [true, true])).toEqual([]);
    expect(sheetVsCsv(await read([[2021, 35.75]]), csv, [true, true])).toHaveLength(1);
    expect(sheetVsCsv(await read([[2021, '35.7496']]), csv, [true, true])).toHaveLength(1);
  });
  it('float noise in a CSV column is reported', () => {
    expect(noisyNumbers([['value'], ['35.749611111111115'], ['35.7496']], 0)).toEqual(['35.749611111111115']);
  });
});

describe('chart spreadsheets', () => {
  it('exist for every chart, live and frozen', () => {
    site.assertBuilt();
    expect(chartFiles.length).toBeGreaterThan(100);
    expect(chartFiles.filter((f) => f.csv.startsWith('nhung/')).length).toBeGreaterThan(20);
  });

  it.each(chartFiles.map((f) => [f.csv, f]))('%s: its XLSX holds the same cells, headers in its language; no float noise; source names the publisher', async (_, { csv, locale }) => {
    const rows = parseCsvRows(readFileSync(path.join(DIST, csv), 'utf8'));
    expect(rows[0]).toEqual(CHART_COLUMNS.map((c) => c.name));
    const head = rows[0]!;
    expect(noisyNumbers(rows, head.indexOf('value'))).toEqual([]);
    for (const r of rows.slice(1)) {
      const id = r[head.indexOf('source_id')]!;
      if (id) expect(r[head.indexOf('source')], id).toBe(getSource(ds, id).publisher);
    }
    const sheets = (await readExcelFile(readFileSync(path.join(DIST, csv.replace(/\.csv$/, '.xlsx'))))) as Sheet[];
    const x = ui(locale).downloads;
    expect(sheets.map((s) => s.sheet)).toEqual([x.dataSheet, x.notesSheet, x.columnsSheet]);
    const [data, notes] = sheets as [Sheet, Sheet];
    expect(data.data[0]).toEqual(CHART_COLUMNS.map((c) => c.label[locale]));
    expect(sheetVsCsv(data.data.slice(1), rows.slice(1), CHART_COLUMNS.map((c) => isNumeric(c.type)))).toEqual([]);
    // Every source of the rows is named by its publisher on the notes sheet.
    const noteText = notes.data.flat().join('\n');
    for (const id of new Set(rows.slice(1).map((r) => r[head.indexOf('source_id')]).filter(Boolean))) expect(noteText).toContain(getSource(ds, id!).publisher);
  });
});

describe('dataset spreadsheet', () => {
  it.each(Object.entries(DATA_XLSX))('%s: a sheet per CSV file with the same cells, headers in its language', async (locale, file) => {
    site.assertBuilt();
    const sheets = (await readExcelFile(readFileSync(path.join(DIST, 'du-lieu', file)))) as Sheet[];
    for (const f of OPEN_DATA_FILES) {
      const rows = parseCsvRows(readFileSync(path.join(DIST, 'du-lieu', f.path), 'utf8'));
      const sheet = sheets.find((s) => s.sheet === f.name);
      expect(sheet, f.name).toBeDefined();
      expect(sheet!.data[0]).toEqual(f.columns.map((c) => c.label[locale as Locale]));
      const problems = sheetVsCsv(sheet!.data.slice(1), rows.slice(1), f.columns.map((c) => isNumeric(c.type)));
      expect(problems.slice(0, 5), f.name).toEqual([]);
      const value = rows[0]!.indexOf('value');
      if (value >= 0) expect(noisyNumbers(rows, value), f.name).toEqual([]);
    }
  });
});

describe('frozen embeds', () => {
  const pages = site.htmlFiles().filter((f) => /^(nhung|en\/embed)\/[^/]+\/[^/]+\/index\.html$/.test(f));
  it('exist', () => expect(pages.length).toBeGreaterThan(20));
  it.each(pages.map((f) => [f]))('%s names its edition and links only its edition\u2019s files, whose values are the frozen points', (file) => {
    const [, edition, id] = /([^/]+)\/([^/]+)\/index\.html$/.exec(file)!;
    const html = site.read(file);
    expect(html).toContain(`data-edition="${edition}"`);
    expect(html).toContain(ds.editions.find((e) => e.id === edition)![file.startsWith('en/') ? 'title_en' : 'title_vi']);
    const dir = file.replace(/[^/]+\/index\.html$/, '');
    const links = [...html.matchAll(/href="([^"]+\.(?:csv|json|png|xlsx))"/g)].map((m) => m[1]!);
    expect(links.map((l) => l.replace(/^.*\//, '')).sort()).toEqual(['csv', 'json', 'png', 'xlsx'].map((e) => `${id}.${e}`));
    for (const l of links) {
      expect(l, 'a frozen file').toBe(`/${dir}${l.replace(/^.*\//, '')}`);
      expect(existsSync(path.join(DIST, l)), l).toBe(true);
    }
    const points = ds.snapshots.get(edition!)!.charts[id!]!.points;
    const rows = parseCsvRows(readFileSync(path.join(DIST, dir, `${id}.csv`), 'utf8'));
    const h = rows[0]!;
    const json = JSON.parse(readFileSync(path.join(DIST, dir, `${id}.json`), 'utf8')) as { edition: string; rows: Record<string, unknown>[] };
    expect(json.edition).toBe(edition);
    rows.slice(1).forEach((r, i) => {
      const [year, province, measure, value] = ['year', 'province', 'measure', 'value'].map((c) => r[h.indexOf(c)]!);
      expect(json.rows[i]!['value'] ?? null, `${id} JSON row ${i}`).toBe(value === '' ? null : Number(value));
      if (province === 'national' || value === '') return;
      const p = points.find((q) => q.year === Number(year) && q.province === province && q.measure === measure);
      expect(p?.value, `${id} ${year}/${province}/${measure}`).toBe(Number(value));
    });
  });
});
