/**
 * The open dataset as tidy files: every claim, the figure shown for each key, sources, national statistics,
 * provinces with the 2025 crosswalk and the criteria trees, described by a Frictionless datapackage.json.
 * The same column lists drive the CSV files, the data package and the README.
 */
import { MARK_KINDS, markKinds } from './marks.ts';
import { xlsxBuffer, type XlsxSheet } from './xlsx.ts';
import { ui } from '../i18n/index.ts';
import type { Dataset } from './dataset.ts';
import { getSource, headlineRank, headlineValue } from './results.ts';
import type { Locale } from '../i18n/index.ts';
import { csvText, type CsvCell as Cell } from './csv.ts';

type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export interface Column<T> {
  name: string;
  type: FieldType;
  /** The column's heading in the XLSX, in each language. */
  label: Record<Locale, string>;
  description: Record<Locale, string>;
  get: (row: T, ds: Dataset) => Cell;
}

export interface OpenDataFile {
  name: string;
  path: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  csv: (ds: Dataset) => string;
  /** The header (machine names) and rows, for the CSV and the XLSX alike. */
  table: (ds: Dataset) => { header: string[]; rows: Cell[][] };
  columns: Omit<Column<never>, 'get'>[];
  /** For the data package: names, types and English descriptions. */
  fields: { name: string; type: FieldType; description: string }[];
}

/** The publisher's name, for the readable column next to a source id. */
function publisherOf(ds: Dataset, id: string | undefined): string | undefined {
  return id === undefined ? undefined : getSource(ds, id).publisher;
}

function file<T>(name: string, title: Record<Locale, string>, description: Record<Locale, string>, rows: (ds: Dataset) => T[], columns: Column<T>[]): OpenDataFile {
  const table = (ds: Dataset) => ({ header: columns.map((c) => c.name), rows: rows(ds).map((r) => columns.map((c) => c.get(r, ds))) });
  return {
    name,
    path: `${name}.csv`,
    title,
    description,
    table,
    csv: (ds) => {
      const t = table(ds);
      return csvText(t.header, t.rows);
    },
    columns: columns.map(({ get: _get, ...doc }) => doc),
    fields: columns.map(({ name: n, type, description: d }) => ({ name: n, type, description: d.en })),
  };
}

type ClaimRow = { r: ReturnType<Dataset['results']['get']> & object; c: NonNullable<ReturnType<Dataset['results']['get']>>['claims'][number] };

export const OPEN_DATA_FILES: OpenDataFile[] = [
  file(
    'ket-qua',
    { vi: 'Kết quả: con số được hiển thị cho mỗi mã số liệu', en: 'Results: the figure shown for every key' },
    { vi: 'Mỗi dòng là một chỉ số, năm, tỉnh và nội dung: giá trị và thứ hạng trang này hiển thị, chọn theo quy tắc ưu tiên.', en: 'One row per index, year, province and measure: the value and rank the site shows, chosen by the rule in preferred_rule.' },
    (ds) => [...ds.results.values()],
    [
      { name: 'key', type: 'string', label: { vi: 'Mã số liệu', en: 'Key' }, description: { vi: '<chỉ số>/<năm>/<tỉnh>/<nội dung>', en: '<index>/<year>/<province>/<measure>' }, get: (r) => r.id },
      { name: 'index', type: 'string', label: { vi: 'Chỉ số', en: 'Index' }, description: { vi: 'papi, par-index, sipas hoặc pci', en: 'papi, par-index, sipas or pci' }, get: (r) => r.index },
      { name: 'year', type: 'integer', label: { vi: 'Năm', en: 'Year' }, description: { vi: 'Năm khảo sát hoặc năm kết quả', en: 'Year of the survey or results' }, get: (r) => r.year },
      { name: 'province', type: 'string', label: { vi: 'Mã tỉnh', en: 'Province id' }, description: { vi: 'Mã tỉnh, thành phố (xem tinh.csv)', en: 'Province slug (see tinh.csv)' }, get: (r) => r.province },
      { name: 'measure', type: 'string', label: { vi: 'Mã nội dung', en: 'Measure id' }, description: { vi: 'total (tổng điểm), một lĩnh vực ("1"), một nội dung thành phần ("1.1"), một lĩnh vực hay chỉ số thành phần', en: 'total, a dimension ("1"), a sub-dimension ("1.1"), a domain or sub-index slug' }, get: (r) => r.measure },
      { name: 'value', type: 'number', label: { vi: 'Giá trị', en: 'Value' }, description: { vi: 'Giá trị được hiển thị, với đủ số chữ số thập phân như nguồn công bố', en: 'The value shown (full published precision)' }, get: (r) => headlineValue(r)?.value },
      { name: 'value_source', type: 'string', label: { vi: 'Mã nguồn của giá trị', en: 'Value source id' }, description: { vi: 'Mã nguồn của giá trị (xem nguon.csv)', en: 'Source id of the value (see nguon.csv)' }, get: (r) => headlineValue(r)?.source },
      { name: 'value_publisher', type: 'string', label: { vi: 'Nguồn của giá trị', en: 'Value source' }, description: { vi: 'Tên đơn vị công bố gốc của giá trị', en: 'The original publisher of the value, by name' }, get: (r, ds) => publisherOf(ds, headlineValue(r)?.source) },
      { name: 'rank', type: 'integer', label: { vi: 'Thứ hạng', en: 'Rank' }, description: { vi: 'Thứ hạng được hiển thị', en: 'The rank shown' }, get: (r) => headlineRank(r)?.rank },
      { name: 'rank_of', type: 'integer', label: { vi: 'Trên tổng số', en: 'Out of' }, description: { vi: 'Số tỉnh, thành phố được xếp hạng năm đó', en: 'Number of provinces ranked that year' }, get: (r) => headlineRank(r)?.rank_of },
      { name: 'rank_kind', type: 'string', label: { vi: 'Loại thứ hạng', en: 'Rank kind' }, description: { vi: 'official (công bố chính thức) hoặc computed (tính từ tệp dữ liệu)', en: 'official (announced) or computed (from the data file)' }, get: (r) => headlineRank(r)?.rank_kind },
      { name: 'rank_source', type: 'string', label: { vi: 'Mã nguồn của thứ hạng', en: 'Rank source id' }, description: { vi: 'Mã nguồn của thứ hạng', en: 'Source id of the rank' }, get: (r) => headlineRank(r)?.source },
      { name: 'conflict', type: 'boolean', label: { vi: 'Nguồn khác nhau', en: 'Conflict' }, description: { vi: 'true khi các nguồn nói khác nhau (xem khang-dinh.csv)', en: 'true when sources disagree (see khang-dinh.csv)' }, get: (r) => Boolean(r.conflict) },
      { name: 'marks', type: 'string', label: { vi: 'Dấu hiệu', en: 'Marks' }, description: { vi: 'Dấu hiệu của con số, cách nhau bằng dấu cách: conflict, computed (hạng tính toán), derived (suy ra), secondary (nguồn thứ cấp)', en: 'Marks of the figure shown, space-separated: conflict, computed (rank), derived, secondary' }, get: (r) => markKinds(r).join(' ') },
    ],
  ),
  file<ClaimRow>(
    'khang-dinh',
    { vi: 'Khẳng định: mọi điều mỗi nguồn nêu', en: 'Claims: every statement of every source' },
    { vi: 'Mỗi dòng là một khẳng định: điều một nguồn nói về một mã số liệu, kể cả số làm tròn, lỗi in đã biết và thứ hạng mâu thuẫn.', en: 'One row per claim: what each source says about a key, including rounded figures, known misprints and conflicting ranks.' },
    (ds) => [...ds.results.values()].flatMap((r) => r.claims.map((c) => ({ r, c }))),
    [
      { name: 'key', type: 'string', label: { vi: 'Mã số liệu', en: 'Key' }, description: { vi: '<chỉ số>/<năm>/<tỉnh>/<nội dung>', en: '<index>/<year>/<province>/<measure>' }, get: ({ r }) => r.id },
      { name: 'value', type: 'number', label: { vi: 'Giá trị', en: 'Value' }, description: { vi: 'Giá trị như nguồn nêu', en: 'Value as stated' }, get: ({ c }) => c.value },
      { name: 'precision', type: 'integer', label: { vi: 'Số chữ số thập phân', en: 'Decimals' }, description: { vi: 'Số chữ số thập phân như nguồn công bố', en: 'Decimals as published' }, get: ({ c }) => c.precision },
      { name: 'rank', type: 'integer', label: { vi: 'Thứ hạng', en: 'Rank' }, description: { vi: 'Thứ hạng như nguồn nêu', en: 'Rank as stated' }, get: ({ c }) => c.rank },
      { name: 'rank_of', type: 'integer', label: { vi: 'Trên tổng số', en: 'Out of' }, description: { vi: 'Trên bao nhiêu tỉnh, thành phố', en: 'Out of how many provinces' }, get: ({ c }) => c.rank_of },
      { name: 'rank_kind', type: 'string', label: { vi: 'Loại thứ hạng', en: 'Rank kind' }, description: { vi: 'official hoặc computed', en: 'official or computed' }, get: ({ c }) => c.rank_kind },
      { name: 'rank_note', type: 'string', label: { vi: 'Ghi chú thứ hạng', en: 'Rank note' }, description: { vi: 'Cách tính một thứ hạng tính toán', en: 'How a computed rank was computed' }, get: ({ c }) => c.rank_note },
      { name: 'rank_change', type: 'integer', label: { vi: 'Thay đổi thứ hạng', en: 'Rank change' }, description: { vi: 'Số bậc tăng (+) hoặc giảm (-), khi nguồn có nêu', en: 'Places gained (+) or lost (-), where the source states it' }, get: ({ c }) => c.rank_change },
      { name: 'rank_change_from', type: 'integer', label: { vi: 'So với năm', en: 'Change from year' }, description: { vi: 'Năm mà mức thay đổi được so sánh', en: 'Year the stated change compares with' }, get: ({ c }) => c.rank_change_from },
      { name: 'source', type: 'string', label: { vi: 'Mã nguồn', en: 'Source id' }, description: { vi: 'Mã nguồn (xem nguon.csv)', en: 'Source id (see nguon.csv)' }, get: ({ c }) => c.source },
      { name: 'publisher', type: 'string', label: { vi: 'Nguồn', en: 'Source' }, description: { vi: 'Tên đơn vị công bố gốc', en: 'The original publisher, by name' }, get: ({ c }, ds) => publisherOf(ds, c.source) },
      { name: 'preferred', type: 'boolean', label: { vi: 'Được chọn', en: 'Preferred' }, description: { vi: 'Khẳng định được chọn theo quy tắc ưu tiên', en: 'The claim chosen by the preferred rule' }, get: ({ c }) => c.preferred },
      { name: 'flag', type: 'string', label: { vi: 'Loại', en: 'Flag' }, description: { vi: 'rounding (làm tròn), typo (lỗi in), approximate (xấp xỉ) hoặc secondary (thứ cấp)', en: 'rounding, typo, approximate or secondary' }, get: ({ c }) => c.flag },
      { name: 'note', type: 'string', label: { vi: 'Ghi chú', en: 'Note' }, description: { vi: 'Ghi chú về khẳng định', en: 'Note on the claim' }, get: ({ c }) => c.note },
    ],
  ),
  file(
    'thong-ke-ca-nuoc',
    { vi: 'Thống kê cả nước và theo vùng', en: 'National and regional statistics' },
    { vi: 'Trung bình, trung vị, tỉnh cao nhất và thấp nhất, số tỉnh được xếp hạng, do nguồn nêu hoặc tính từ tệp dữ liệu.', en: 'Means, medians, best and worst provinces and counts of ranked provinces, stated by sources or computed from the data files.' },
    (ds) => [...ds.nationalStats.values()].flatMap((s) => s.claims.map((c) => ({ s, c }))),
    [
      { name: 'key', type: 'string', label: { vi: 'Mã số liệu', en: 'Key' }, description: { vi: '<chỉ số>/<năm>/<phạm vi>/<nội dung>/<thống kê>', en: '<index>/<year>/<scope>/<measure>/<stat>' }, get: ({ s }) => s.id },
      { name: 'value', type: 'number', label: { vi: 'Giá trị', en: 'Value' }, description: { vi: 'Giá trị', en: 'Value' }, get: ({ c }) => c.value },
      { name: 'province', type: 'string', label: { vi: 'Mã tỉnh', en: 'Province id' }, description: { vi: 'Với cao nhất và thấp nhất: tỉnh, thành phố đó', en: 'For best and worst: the province' }, get: ({ c }) => c.province },
      { name: 'computed', type: 'boolean', label: { vi: 'Tính toán', en: 'Computed' }, description: { vi: 'true khi tính từ tệp dữ liệu, không do nguồn nêu', en: 'true when computed from the data files, not stated by a source' }, get: ({ c }) => c.computed },
      { name: 'source', type: 'string', label: { vi: 'Mã nguồn', en: 'Source id' }, description: { vi: 'Mã nguồn', en: 'Source id' }, get: ({ c }) => c.source },
      { name: 'publisher', type: 'string', label: { vi: 'Nguồn', en: 'Source' }, description: { vi: 'Tên đơn vị công bố gốc', en: 'The original publisher, by name' }, get: ({ c }, ds) => publisherOf(ds, c.source) },
      { name: 'preferred', type: 'boolean', label: { vi: 'Được hiển thị', en: 'Preferred' }, description: { vi: 'Con số trang này hiển thị', en: 'The figure the site shows' }, get: ({ c }) => c.preferred },
      { name: 'flag', type: 'string', label: { vi: 'Loại', en: 'Flag' }, description: { vi: 'typo khi là lỗi in đã biết', en: 'typo for a known misprint' }, get: ({ c }) => ('flag' in c ? (c as { flag?: string }).flag : undefined) },
    ],
  ),
  file(
    'tinh',
    { vi: 'Các tỉnh, thành phố, với bảng đối chiếu sáp nhập năm 2025', en: 'Provinces, with the 2025 crosswalk' },
    { vi: 'Mọi tỉnh, thành phố trong dữ liệu, vùng, thời gian tồn tại và tỉnh tiếp nhận khi sáp nhập.', en: 'Every province in the data, its region, when it existed and which province took it over.' },
    (ds) => ds.provinceList,
    [
      { name: 'slug', type: 'string', label: { vi: 'Mã tỉnh', en: 'Id' }, description: { vi: 'Mã dùng trong các mã số liệu', en: 'Identifier used in keys' }, get: (p) => p.slug },
      { name: 'code', type: 'string', label: { vi: 'Mã PAPI', en: 'Code' }, description: { vi: 'Mã (P01–P63 như trong bảng PAPI; X cho tỉnh ngoài giai đoạn 2008–2025)', en: 'Code (P01–P63 as in the PAPI tables; X for provinces outside 2008–2025)' }, get: (p) => p.code },
      { name: 'name_vi', type: 'string', label: { vi: 'Tên tiếng Việt', en: 'Vietnamese name' }, description: { vi: 'Tên tiếng Việt', en: 'Vietnamese name' }, get: (p) => p.name_vi },
      { name: 'name_en', type: 'string', label: { vi: 'Tên tiếng Anh', en: 'English name' }, description: { vi: 'Tên tiếng Anh', en: 'English name' }, get: (p) => p.name_en },
      { name: 'region', type: 'string', label: { vi: 'Vùng', en: 'Region' }, description: { vi: 'Mã vùng', en: 'Region slug' }, get: (p) => p.region },
      { name: 'valid_from', type: 'string', label: { vi: 'Từ ngày', en: 'Valid from' }, description: { vi: 'Ngày đầu tiên, nếu biết', en: 'First day, where known' }, get: (p) => p.valid_from },
      { name: 'valid_to', type: 'string', label: { vi: 'Đến ngày', en: 'Valid to' }, description: { vi: 'Ngày cuối cùng, nếu tỉnh không còn', en: 'Last day, where it no longer exists' }, get: (p) => p.valid_to },
      { name: 'successor', type: 'string', label: { vi: 'Sáp nhập vào', en: 'Successor' }, description: { vi: 'Tỉnh, thành phố tiếp nhận', en: 'Province that took it over' }, get: (p) => p.successor },
    ],
  ),
  file(
    'nguon',
    { vi: 'Nguồn', en: 'Sources' },
    { vi: 'Mọi nguồn với đơn vị công bố, địa chỉ, ngày, loại và một trích đoạn nguyên văn ngắn. Bản sao được liệt kê nhưng không dẫn liên kết.', en: 'Every source with its publisher, address, date, kind and a short verbatim excerpt. Mirrors are listed but never linked.' },
    (ds) => [...ds.sources.values()],
    [
      { name: 'id', type: 'string', label: { vi: 'Mã nguồn', en: 'Source id' }, description: { vi: 'Mã nguồn', en: 'Source id' }, get: (s) => s.id },
      { name: 'publisher', type: 'string', label: { vi: 'Đơn vị công bố', en: 'Publisher' }, description: { vi: 'Đơn vị công bố gốc', en: 'Original publisher' }, get: (s) => s.publisher },
      { name: 'data_copy', type: 'string', label: { vi: 'Bản sao dữ liệu', en: 'Data copy' }, description: { vi: 'Với bản sao của một tệp chính thức: bản sao đã đọc (nêu sau, không thay tên đơn vị công bố)', en: 'For a copy of an official file: the copy read (named second, never in place of the publisher)' }, get: (s) => s.data_copy },
      { name: 'title', type: 'string', label: { vi: 'Tên tài liệu', en: 'Title' }, description: { vi: 'Tên tài liệu', en: 'Title' }, get: (s) => s.title },
      { name: 'url', type: 'string', label: { vi: 'Địa chỉ', en: 'Address' }, description: { vi: 'Địa chỉ (để trống với bản sao hoặc khi không rõ địa chỉ)', en: 'Address (empty for a mirror or an unknown address)' }, get: (s) => s.url },
      { name: 'date', type: 'string', label: { vi: 'Ngày', en: 'Date' }, description: { vi: 'Ngày, chính xác tới mức đã biết', en: 'Date, as precise as known' }, get: (s) => s.date },
      { name: 'kind', type: 'string', label: { vi: 'Loại nguồn', en: 'Kind' }, description: { vi: 'official (chính thức), press (báo chí), dataset (bộ dữ liệu) hoặc mirror (bản sao)', en: 'official, press, dataset or mirror' }, get: (s) => s.kind },
      { name: 'cites_instead', type: 'string', label: { vi: 'Trích dẫn thay bằng', en: 'Cites instead' }, description: { vi: 'Với bản sao: nguồn gốc được trích dẫn thay thế', en: 'For a mirror: the original source cited instead' }, get: (s) => s.cites_instead },
      { name: 'excerpt', type: 'string', label: { vi: 'Trích đoạn', en: 'Excerpt' }, description: { vi: 'Trích nguyên văn ngắn', en: 'Short verbatim excerpt' }, get: (s) => s.excerpt },
    ],
  ),
];

export function dataPackage(site: string, editionId: string, editionDate: string) {
  return {
    profile: 'tabular-data-package',
    name: 'chi-so-quan-tri-ha-nam',
    title: 'PAPI, PAR INDEX, SIPAS and PCI results for Vietnam\u2019s provinces, with Hà Nam in focus',
    version: editionId,
    created: editionDate,
    homepage: site,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    sources: [
      { title: 'PAPI (CECODES, RTA, UNDP)', path: 'https://papi.org.vn/' },
      { title: 'PCI (VCCI)', path: 'https://pcivietnam.vn/' },
      { title: 'PAR INDEX and SIPAS (Ministry of Home Affairs), as reported by the sources in nguon.csv' },
    ],
    resources: OPEN_DATA_FILES.map((f) => ({
      name: f.name,
      path: f.path,
      title: f.title.en,
      description: f.description.en,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      schema: { fields: f.fields },
    })),
  };
}

/** The whole dataset as one workbook: a sheet per file (headers in the language), then its columns, marks and licence. */
export function dataSheets(ds: Dataset, locale: Locale, info: { url: string; edition: string }): XlsxSheet[] {
  const x = ui(locale).downloads;
  const files = OPEN_DATA_FILES.map((f): XlsxSheet => {
    const t = f.table(ds);
    return { name: f.name, header: f.columns.map((c) => c.label[locale]), rows: t.rows, widths: f.columns.map((c) => (c.type === 'string' ? 20 : 10)) };
  });
  const about: XlsxSheet = {
    name: x.aboutSheet,
    header: [],
    widths: [24, 40, 90],
    rows: [
      [x.address, info.url],
      [x.edition, info.edition],
      [x.licence, x.licenceText],
      [],
      [x.sheet, x.title, x.summary],
      ...OPEN_DATA_FILES.map((f) => [f.name, f.title[locale], f.description[locale]]),
      [],
      [x.markLegend],
      ...MARK_KINDS.map((k) => [k, x.legend[k]]),
    ],
  };
  const columns: XlsxSheet = {
    name: x.columnsSheet,
    header: [x.sheet, x.header, x.csvColumn, x.meaning],
    widths: [18, 24, 18, 80],
    rows: OPEN_DATA_FILES.flatMap((f) => f.columns.map((c) => [f.name, c.label[locale], c.name, c.description[locale]])),
  };
  return [...files, about, columns];
}

export function dataXlsx(ds: Dataset, locale: Locale, info: { url: string; edition: string }): Promise<Uint8Array<ArrayBuffer>> {
  return xlsxBuffer(dataSheets(ds, locale, info));
}

/** The workbook's file name in each language, beside the CSV files. */
export const DATA_XLSX: Record<Locale, string> = { vi: 'du-lieu.xlsx', en: 'data-en.xlsx' };
