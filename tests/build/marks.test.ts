/**
 * A figure whose sources disagree carries its conflict mark wherever the built site shows it: pages and embeds
 * (every element with its data-key says so in data-marks, and the page has the tap-to-open claims), chart
 * summaries, chart CSV/JSON downloads and the open data. Marks never rely on a title tooltip, and a chart's CSV
 * credits each rank to the claim it comes from. New outputs register here (OUTPUTS below).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { parseCsvRows } from '../lib/csv.ts';
import { decodeEntities } from '../lib/html.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { headlineRank } from '../../src/lib/results.ts';
import readExcelFile from 'read-excel-file/node';

const site = new DistSite(DIST);
const ds = loadDataset();
/** Keys whose sources disagree: results, national statistics and facts. */
const conflicts = new Set([...ds.results.values(), ...ds.nationalStats.values(), ...ds.facts.values()].filter((r) => r.conflict).map((r) => r.id));
const slug = (key: string) => key.replace(/[^a-z0-9]+/gi, '-');
const pages = site.htmlFiles();

/** Every element that names a data key, with its marks. */
function keyed(html: string): { key: string; marks: string[]; tag: string }[] {
  return [...html.matchAll(/<(?:span|td|th|div|p|li)\b[^>]*\bdata-key="([^"]+)"[^>]*>/g)].map((m) => ({
    key: decodeEntities(m[1]!),
    marks: (/\bdata-marks="([^"]*)"/.exec(m[0])?.[1] ?? '').split(' ').filter(Boolean),
    tag: m[0],
  }));
}

/** A score ("43,29", "88,38%") or a rank out of a ranking ("22/60"); counts of years ("3/7") and dates are not. */
const FIGURE = /(?<![\d/.,])\d{1,3},\d{1,4}(?![\d,])|(?<![\d/])\d{1,2}\/[2-9]\d(?![\d/])/;

/** Table cells that show a figure with no data key on the cell or inside it; a layout cell (the print frame's, holding blocks) is not a data cell. */
function unkeyedFigures(html: string): string[] {
  return [...html.matchAll(/<td\b([^>]*)>([\s\S]*?)<\/td>/g)].flatMap((m) => {
    if (/\bdata-key=/.test(m[1]!) || /\bdata-key=/.test(m[2]!) || /<(?:header|div|p|ul|ol|table|section|article|h\d)\b/.test(m[2]!)) return [];
    const text = decodeEntities(m[2]!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    return FIGURE.test(text) ? [text.slice(0, 60)] : [];
  });
}

describe('conflict marks in the built site', () => {
  it('the dataset has conflicts to check, and the pages show some of them', () => {
    site.assertBuilt();
    expect(conflicts.has('papi/2019/ha-nam/total')).toBe(true);
    expect(conflicts.has('papi/2021/ha-nam/total')).toBe(true);
    const shown = pages.filter((f) => keyed(site.read(f)).some((k) => conflicts.has(k.key)));
    expect(shown).toEqual(expect.arrayContaining(['ha-nam/index.html', 'en/ha-nam/index.html']));
  });

  it('every table cell that shows a score or a rank names its data key (fixture: a cell without one is found)', () => {
    expect(unkeyedFigures('<table><tr><td class="num">43,29</td><td>năm 2023: 40/61</td><td>3/7</td><td>10/11/2022</td><td data-key="k" data-marks>41,56</td><td><header>Tổng điểm: 33,5</header></td></tr></table>')).toEqual(['43,29', 'năm 2023: 40/61']);
    const bad = pages.flatMap((f) => unkeyedFigures(site.read(f)).map((t) => `${f}: ${t}`));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('every figure with a data-key also has data-marks', () => {
    const bad = pages.flatMap((f) => keyed(site.read(f)).filter((k) => !/\bdata-marks[\s=>]/.test(k.tag)).map((k) => `${f}: ${k.tag}`));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('every page and embed that shows a conflicting figure marks it and offers both claims on a tap', () => {
    const problems: string[] = [];
    for (const f of pages) {
      const html = site.read(f);
      const shown = keyed(html).filter((k) => conflicts.has(k.key));
      for (const k of shown) if (!k.marks.includes('conflict')) problems.push(`${f}: ${k.key} without its conflict mark (${k.tag})`);
      for (const key of new Set(shown.map((k) => k.key))) {
        const button = new RegExp(`<button[^>]*class="mark mark-conflict"[^>]*popovertarget="(mark-${slug(key)}-\\d+)"`).exec(html);
        if (!button) {
          problems.push(`${f}: ${key} has no conflict button`);
          continue;
        }
        const note = new RegExp(`<span popover[^>]*id="${button[1]}"[^>]*>([\\s\\S]*?)</a></span>`).exec(html)?.[1] ?? '';
        if ((note.match(/class="mark-claim"/g) ?? []).length < 2) problems.push(`${f}: ${key}'s note does not list both claims`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('no mark explains itself only in a title tooltip', () => {
    const bad = pages.filter((f) => /<[^>]+class="[^"]*\b(?:mark|conflict-marker|computed)\b[^"]*"[^>]*\btitle=/.test(site.read(f)));
    expect(bad).toEqual([]);
  });

  it('a chart whose table holds a conflicting figure says so in its summary, which describes its image', () => {
    const problems: string[] = [];
    for (const f of pages) {
      const html = site.read(f);
      for (const fig of html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)) {
        const table = /<table data-chart-table>[\s\S]*?<\/table>/.exec(fig[0])?.[0] ?? '';
        if (!keyed(table).some((k) => k.marks.includes('conflict'))) continue;
        const summary = /<p id="([^"]+)" class="chart-summary">([\s\S]*?)<\/p>/.exec(fig[0]);
        if (!summary || !/Các nguồn nói khác nhau|Sources disagree/.test(decodeEntities(summary[2]!))) problems.push(`${f}: summary without the conflict`);
        else if (!new RegExp(`<img[^>]*aria-describedby="${summary[1]}"`).test(fig[0])) problems.push(`${f}: image not described by the summary`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

const chartDownloads = [path.join(DIST, 'bieu-do'), path.join(DIST, 'en/charts')].flatMap((d) =>
  existsSync(d) ? readdirSync(d).filter((x) => x.endsWith('.csv')).map((x) => path.join(d, x)) : [],
);

describe('conflict marks and sources in downloads', () => {
  it('chart CSV and JSON rows mark every conflicting figure, and credit each rank to its own claim', () => {
    const problems: string[] = [];
    let conflictRows = 0;
    for (const file of chartDownloads) {
      const [head, ...rows] = parseCsvRows(readFileSync(file, 'utf8'));
      const col = (name: string) => head!.indexOf(name);
      const json = JSON.parse(readFileSync(file.replace(/\.csv$/, '.json'), 'utf8')) as { rows: { index: string; year: number; province: string; measure: string; marks: string }[] };
      rows.forEach((row, i) => {
        const key = row[col('key')]!;
        if (row[col('value')] !== '' && !key) problems.push(`${path.basename(file)}: row ${i + 2} has a value and no key`);
        if (conflicts.has(key)) {
          conflictRows++;
          if (!row[col('marks')]!.split(' ').includes('conflict')) problems.push(`${path.basename(file)}: ${key} without its mark`);
          if (!json.rows[i]!.marks.split(' ').includes('conflict')) problems.push(`${path.basename(file, '.csv')}.json: ${key} without its mark`);
        }
        const r = ds.results.get(key);
        if (r && row[col('rank')] && row[col('rank_source')] !== headlineRank(r)?.source) problems.push(`${path.basename(file)}: ${key}'s rank credited to ${row[col('rank_source')]}`);
      });
    }
    expect(conflictRows).toBeGreaterThan(0);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('chart XLSX downloads mark every conflicting figure in the same column as the CSV', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of chartDownloads) {
      const [head, ...rows] = parseCsvRows(readFileSync(file, 'utf8'));
      const col = (name: string) => head!.indexOf(name);
      const at = rows.map((row, i) => ({ i, key: row[col('key')]! })).filter((x) => conflicts.has(x.key));
      if (!at.length) continue;
      const sheets = (await readExcelFile(readFileSync(file.replace(/\.csv$/, '.xlsx')))) as { sheet: string; data: unknown[][] }[];
      const data = sheets[0]!.data;
      for (const { i, key } of at) {
        checked++;
        if (!String(data[i + 1]?.[col('marks')] ?? '').split(' ').includes('conflict')) problems.push(`${path.basename(file, '.csv')}.xlsx: ${key} without its mark`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('the open data marks every conflicting figure', () => {
    const json = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/du-lieu.json'), 'utf8')) as { results: { key: string; marks: string[] }[] };
    const bad = json.results.filter((r) => conflicts.has(r.key) !== r.marks.includes('conflict')).map((r) => r.key);
    expect(bad).toEqual([]);
  });
});

describe('stated changes and merger partners beside Hà Nam', () => {
  const home = site.read('index.html');
  const haNam = site.read('ha-nam/index.html');
  const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

  it('the places and points a source states for PAR INDEX and SIPAS show on / and /ha-nam/, from the data', () => {
    for (const index of ['par-index', 'sipas']) {
      // The latest result, the one the cards and the latest-results table show.
      const r = [...ds.results.values()].filter((x) => x.index === index && x.province === 'ha-nam' && x.measure === 'total').sort((a, b) => b.year - a.year)[0]!;
      expect(r.claims.find((c) => c.preferred)!.rank_change, r.id).toBeDefined();
      const c = r.claims.find((x) => x.preferred)!;
      for (const [page, html] of [['/', home], ['/ha-nam/', haNam]] as const) {
        expect(text(html), `${page} ${r.id}`).toContain(`${Math.abs(c.rank_change!)} bậc`);
        if (c.value_change !== undefined) expect(text(html), `${page} ${r.id}`).toContain(`${Math.abs(c.value_change).toFixed(2).replace('.', ',')} điểm`);
      }
    }
  });

  it("each merger partner's figure of the same index and year shows beside Hà Nam's, with its key", () => {
    const partners = ds.provinceList.filter((p) => p.slug !== 'ha-nam' && p.successor === ds.provinces.get('ha-nam')!.successor).map((p) => p.slug);
    expect(partners.length).toBeGreaterThan(1);
    for (const index of ['par-index', 'sipas']) {
      const key = `${index}/2021/nam-dinh/total`;
      expect(ds.results.has(key)).toBe(true);
      for (const html of [home, haNam]) expect(keyed(html).map((k) => k.key)).toContain(key);
    }
  });
});
