/**
 * A chart's Excel workbook: the data sheet (the CSV's columns, headers in the page's language, numbers as numbers),
 * a sheet of sources, notes and marks (every marked figure with its wording), and a sheet describing the columns.
 */
import type { ChartModel } from './model.ts';
import { CHART_COLUMNS, chartRows } from './csv.ts';
import { xlsxBuffer, type XlsxSheet, type XlsxValue } from '../xlsx.ts';
import { ui } from '../../i18n/index.ts';
import { loadDataset } from '../dataset.ts';
import { getSource } from '../results.ts';
import { figureMarks } from '../marks.ts';

export interface ChartWorkbookInfo {
  /** The chart's permalink (registered charts) or the page it is drawn on. */
  url: string;
  /** The data edition shown: an embed's frozen edition, else the current one. */
  edition: string;
}

export function chartSheets(model: ChartModel, info: ChartWorkbookInfo): XlsxSheet[] {
  const ds = loadDataset();
  const locale = model.locale;
  const x = ui(locale).downloads;
  const data: XlsxSheet = {
    name: x.dataSheet,
    header: CHART_COLUMNS.map((c) => c.label[locale]),
    rows: chartRows(model.records),
    widths: CHART_COLUMNS.map((c) => (c.type === 'string' ? 18 : 10)),
  };
  const sources = model.sources.map((id) => getSource(ds, id));
  // Each figure that carries a mark, once, with the words the pages use.
  const marked = new Map<string, XlsxValue[]>();
  for (const r of model.records) {
    const result = r.marks ? ds.results.get(`${r.index}/${r.year}/${r.province}/${r.measure}`) : undefined;
    if (!result || marked.has(result.id)) continue;
    const marks = figureMarks(ds, result, r.value !== null && r.rank !== null ? 'both' : r.rank !== null ? 'rank' : 'value', locale);
    if (marks.length) marked.set(result.id, [result.id, r.province_name, r.year, marks.map((m) => [m.label, m.text].filter(Boolean).join(': ')).join(' ')]);
  }
  const notes: XlsxSheet = {
    name: x.notesSheet,
    header: [],
    widths: [22, 40, 40, 16, 50],
    rows: [
      [x.title, model.title],
      [x.summary, model.summary],
      [x.address, info.url],
      [x.edition, info.edition],
      [x.licence, x.licenceText],
      [],
      [x.sources],
      [x.sourceId, x.publisher, x.sourceTitle, x.date, x.url],
      ...sources.map((s) => [s.id, s.publisher, s.title, s.date, s.url]),
      [],
      [x.notes],
      ...(model.notes.length ? model.notes.map((n) => ['', n]) : [['', x.none]]),
      [],
      [x.marks],
      [x.key, x.province, x.year, x.mark],
      ...(marked.size ? marked.values() : [['', x.none]]),
    ],
  };
  const columns: XlsxSheet = {
    name: x.columnsSheet,
    header: [x.header, x.csvColumn, x.meaning],
    widths: [24, 16, 80],
    rows: CHART_COLUMNS.map((c) => [c.label[locale], c.name, c.description[locale]]),
  };
  return [data, notes, columns];
}

export function chartXlsx(model: ChartModel, info: ChartWorkbookInfo): Promise<Uint8Array<ArrayBuffer>> {
  return xlsxBuffer(chartSheets(model, info));
}
