/**
 * A chart's CSV for journalists: documented machine headers (described on /du-lieu/), dot decimals, plain numbers
 * as the source published them, rank and rank_of apart, the source's id and its publisher's name side by side.
 * The same columns, in the same order, make the JSON rows and the XLSX data sheet (headers in the page's language).
 */
import { csvText, type CsvCell } from '../csv.ts';
import type { Locale } from '../../i18n/index.ts';
import type { ChartRecord } from './model.ts';

export interface ColumnDoc {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  label: Record<Locale, string>;
  description: Record<Locale, string>;
}

type ChartColumn = ColumnDoc & { field: keyof ChartRecord };

const col = (name: string, field: keyof ChartRecord, type: ColumnDoc['type'], vi: [string, string], en: [string, string]): ChartColumn => ({
  name, field, type, label: { vi: vi[0], en: en[0] }, description: { vi: vi[1], en: en[1] },
});

/** Each column of a chart's CSV, JSON rows and XLSX, in order, and the record field it reads. */
export const CHART_COLUMNS: readonly ChartColumn[] = [
  col('chart', 'chart', 'string', ['Biểu đồ', 'Mã của biểu đồ (trong địa chỉ /bieu-do/<mã>/)'], ['Chart', 'The chart’s id (as in /en/charts/<id>/)']),
  col('index', 'index', 'string', ['Chỉ số', 'papi, par-index, sipas hoặc pci'], ['Index', 'papi, par-index, sipas or pci']),
  col('year', 'year', 'integer', ['Năm', 'Năm khảo sát hoặc năm kết quả'], ['Year', 'Year of the survey or results']),
  col('province', 'province', 'string', ['Mã tỉnh', 'Mã tỉnh, thành phố (xem tinh.csv); "national" cho một số so sánh cả nước (trung bình, trung vị, cao nhất, thấp nhất)'], ['Province id', 'Province slug (see tinh.csv); "national" for a national comparison (mean, median, best, worst)']),
  col('province_name', 'province_name', 'string', ['Tỉnh, thành phố', 'Tên tỉnh, thành phố, hoặc tên của phép so sánh'], ['Province', 'Province name, or the name of the comparison']),
  col('measure', 'measure', 'string', ['Mã nội dung', 'total (tổng điểm), một lĩnh vực hoặc nội dung thành phần'], ['Measure id', 'total, a dimension, a sub-dimension or a domain']),
  col('measure_name', 'measure_name', 'string', ['Nội dung', 'Tên của nội dung đo'], ['Measure', 'Name of the measure']),
  col('series', 'series', 'string', ['Dãy số', 'Tên dãy số trên biểu đồ (đường hoặc cột)'], ['Series', 'Name of the series on the chart (line or bars)']),
  col('value', 'value', 'number', ['Giá trị', 'Điểm, với số chữ số thập phân như nguồn công bố; số so sánh là số thống kê trong bộ dữ liệu, hoặc khi không có thì tính từ các tỉnh và làm tròn theo số liệu chính xác nhất mà nó dùng'], ['Value', 'Score, with the decimals the source published; a comparison is the statistic in the dataset or, where there is none, computed from the provinces and rounded to the precision of its most precise input']),
  col('rank', 'rank', 'integer', ['Thứ hạng', 'Thứ hạng'], ['Rank', 'Rank']),
  col('rank_of', 'rank_of', 'integer', ['Trên tổng số', 'Số tỉnh, thành phố được xếp hạng năm đó'], ['Out of', 'Number of provinces ranked that year']),
  col('rank_kind', 'rank_kind', 'string', ['Loại thứ hạng', 'official (công bố chính thức) hoặc computed (trang này tính từ tệp dữ liệu)'], ['Rank kind', 'official (announced) or computed (from the data file)']),
  col('source_id', 'source', 'string', ['Mã nguồn', 'Mã nguồn của giá trị (xem nguon.csv)'], ['Source id', 'Source id of the value (see nguon.csv)']),
  col('source', 'source_name', 'string', ['Nguồn', 'Tên đơn vị công bố gốc của giá trị'], ['Source', 'The original publisher of the value']),
  col('rank_source', 'rank_source', 'string', ['Mã nguồn của thứ hạng', 'Mã nguồn của thứ hạng, có thể khác nguồn của giá trị'], ['Rank source id', 'Source id of the rank, which may differ from the value’s']),
  col('key', 'key', 'string', ['Mã số liệu', 'Mã của con số trong bộ dữ liệu: <chỉ số>/<năm>/<tỉnh>/<nội dung> cho một kết quả, <chỉ số>/<năm>/national/<nội dung>/<mean|median|best|worst> cho một số so sánh'], ['Data key', 'The figure’s key in the dataset: <index>/<year>/<province>/<measure> for a result, <index>/<year>/national/<measure>/<mean|median|best|worst> for a comparison']),
  col('marks', 'marks', 'string', ['Dấu hiệu', 'Dấu hiệu của con số, cách nhau bằng dấu cách: conflict (các nguồn khác nhau), computed (hạng tính toán), derived (suy ra), secondary (nguồn thứ cấp)'], ['Marks', 'Marks of the figure, space-separated: conflict, computed (rank), derived, secondary']),
];

export const CSV_COLUMNS: readonly string[] = CHART_COLUMNS.map((c) => c.name);

export function chartRows(records: readonly ChartRecord[]): CsvCell[][] {
  return records.map((r) => CHART_COLUMNS.map((c) => r[c.field]));
}

/** The rows as objects keyed by the CSV's column names (the JSON download). */
export function chartRowObjects(records: readonly ChartRecord[]): Record<string, CsvCell>[] {
  return records.map((r) => Object.fromEntries(CHART_COLUMNS.map((c) => [c.name, r[c.field]])));
}

export function toCsv(records: readonly ChartRecord[]): string {
  return csvText(CSV_COLUMNS, chartRows(records));
}
