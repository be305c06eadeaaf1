/**
 * The site's one XLSX writer (write-excel-file): every download's workbook is a list of sheets, each a header row
 * and rows of plain values, so numbers stay numbers (Excel shows them with the reader's own decimal separator).
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';

export type XlsxValue = string | number | boolean | null | undefined;

export interface XlsxSheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  name: string;
  /** Bold, and kept in view when scrolling (frozen row). Empty for a sheet of notes. */
  header: readonly string[];
  rows: readonly (readonly XlsxValue[])[];
  /** Column widths in characters. */
  widths?: readonly number[];
}

function cell(v: XlsxValue): Cell {
  if (v === null || v === undefined || v === '') return null;
  return v;
}

export async function xlsxBuffer(sheets: readonly XlsxSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  for (const s of sheets) {
    if (s.name.length > 31 || /[[\]:*?/\\]/.test(s.name)) throw new Error(`XLSX sheet name "${s.name}": at most 31 characters, none of []:*?/\\`);
  }
  const out = await writeXlsxFile(
    sheets.map((s) => {
      const data: SheetData = [...(s.header.length ? [s.header.map((h) => ({ value: h, fontWeight: 'bold' as const }))] : []), ...s.rows.map((r) => r.map(cell))];
      return { data, sheet: s.name, ...(s.header.length ? { stickyRowsCount: 1 } : {}), ...(s.widths ? { columns: s.widths.map((width) => ({ width })) } : {}) };
    }),
    { fontFamily: 'Arial', fontSize: 11 },
  ).toBuffer();
  return new Uint8Array(out);
}
