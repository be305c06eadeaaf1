/**
 * The PAPI criteria sheet (the print pages and their PDFs) as plain data, built once from the dataset so that the
 * HTML page and the PDF print the same words: what PAPI is (from the glossary), the data edition, the address,
 * the 8 dimensions with their current sub-dimensions and, in the full version, every indicator with the years
 * it was used when that is not every year the tree's sheets cover.
 */
import type { Locale } from '../i18n/index.ts';
import type { CriteriaNode, CriteriaTree } from '../data/schemas.ts';
import { criteriaStrings } from '../i18n/criteria.ts';
import { formatYears, lastYear, printTrees } from './criteria-view.ts';
import { currentEdition, type Dataset } from './dataset.ts';
import { formatDate } from './dates.ts';
import { filePaths, routePath } from './routes.ts';

export interface SheetItem {
  /** "1.2" for a sub-dimension; empty for an indicator (PAPI does not number its indicators). */
  number: string;
  name: string;
  /** Years the item was used, when not every year (e.g. "2018, 2019, đã bỏ"); empty otherwise. */
  years: string;
  /** The official name ends with PAPI's own "*". */
  starred: boolean;
  indicators: SheetItem[];
}
export interface SheetDimension { number: string; name: string; items: SheetItem[] }
export interface SheetTree { label: string; dimensions: SheetDimension[]; missing: string | null }
export interface CriteriaSheet {
  title: string;
  /** One line: what PAPI is, from the glossary (term, expansion, first sentence of the definition). */
  whatIs: string;
  editionId: string;
  editionDate: string;
  /** "Phiên bản 2026-11 (28/11/2026)": the site's data edition, named without the other indices it covers. */
  editionLine: string;
  /** Path (without base) of the HTML page the QR code points to: stable across editions. */
  pagePath: string;
  /** Path (without base) of this version's PDF for the current edition. */
  pdfPath: string;
  sources: string[];
  trees: SheetTree[];
  /** Explains PAPI's "*" when a printed name carries one. */
  starNote: string | null;
  yearsNote: string | null;
}

const SHEET_TEXT = {
  vi: {
    edition: (id: string, date: string) => `Phiên bản ${id} (${date})`,
    star: 'Dấu * sau tên chỉ tiêu là của chính bảng chỉ tiêu PAPI, in lại nguyên văn; bảng chỉ tiêu không ghi dấu này có nghĩa gì.',
    years: 'Năm ghi trong ngoặc: những năm có chỉ tiêu hoặc nội dung đó, theo các bảng chỉ tiêu cấp tỉnh đã đọc; mục không ghi năm có trong mọi năm.',
    dropped: 'đã bỏ',
    onlyIn: (y: string) => `chỉ có năm ${y}`,
    missing: 'Chưa tìm thấy tên chính thức các nội dung thành phần và chỉ tiêu của bộ chỉ số này trong các nguồn công khai đã tra cứu.',
  },
  en: {
    edition: (id: string, date: string) => `Edition ${id} (${date})`,
    star: 'The * after an indicator name is PAPI’s own, in its indicator tables, reprinted as it is; the tables do not say what it means.',
    years: 'Years in brackets: the years an item was used, from the provincial indicator tables read; items without years were used every year.',
    dropped: 'dropped',
    onlyIn: (y: string) => `only in ${y}`,
    missing: 'The official names of this framework’s sub-dimensions and indicators were not found in the public sources searched.',
  },
} as const;

const STAR = /\*\s*$/;

/** The sheet of an index's criteria (PAPI is the one the Fatherland Front prints) in a locale. */
export function criteriaSheet(ds: Dataset, locale: Locale, full: boolean, index: 'papi' = 'papi'): CriteriaSheet {
  const s = criteriaStrings[locale];
  const t = SHEET_TEXT[locale];
  const edition = currentEdition(ds);
  const term = ds.glossary[locale].get(index);
  if (!term) throw new Error(`content/glossary/${locale}.json: no term "${index}", which the criteria sheet uses for "what is PAPI"`);
  const firstSentence = term.definition.split(/(?<=\.)\s/)[0]!;
  const haNamYears = [...(ds.byProvince.get(`${index}/ha-nam/total`) ?? [])].map((r) => r.year);
  const trees = printTrees(ds.criteria, index, full, haNamYears.length ? Math.max(...haNamYears) : undefined);
  const name = (n: CriteriaNode) => ((locale === 'en' ? n.name_en ?? n.name_vi : n.name_vi) ?? '').trim();
  let anyStar = false;
  let anyYears = false;

  const sheetTree = (tree: CriteriaTree, treeIndex: number): SheetTree => {
    const end = lastYear(tree);
    // Years an indicator can have: the indicator tables read for this tree (not every survey year has one).
    const indicatorYears = [...new Set(tree.nodes.flatMap((d) => (d.children ?? []).flatMap((c) => (c.children ?? []).flatMap((g) => g.years ?? []))))].sort();
    const yearsOf = (n: CriteriaNode, all: readonly number[]): string => {
      const years = n.years ?? [];
      if (!years.length || all.every((y) => years.includes(y))) return '';
      anyYears = true;
      const current = years.includes(end) || years.at(-1) === all.at(-1);
      const text = formatYears(years, null, s.since);
      return current ? `${s.since(years[0]!)}` : `${t.onlyIn(text)}, ${t.dropped}`;
    };
    const surveyYears = Array.from({ length: end - tree.years.from + 1 }, (_, i) => tree.years.from + i);
    const item = (n: CriteriaNode, level: 'sub' | 'indicator'): SheetItem => {
      const raw = name(n);
      const starred = level === 'indicator' && STAR.test(raw);
      anyStar ||= starred;
      return {
        number: level === 'sub' ? n.id : '',
        name: starred ? raw.replace(STAR, '') : raw,
        years: yearsOf(n, level === 'sub' ? surveyYears : indicatorYears),
        starred,
        indicators: full && level === 'sub' ? (n.children ?? []).filter((g) => g.found && g.name_vi).map((g) => item(g, 'indicator')) : [],
      };
    };
    // The short sheet is the current framework: sub-dimensions used in its latest year only.
    const subs = (d: CriteriaNode) => (d.children ?? []).filter((c) => c.found && c.name_vi && (full || treeIndex > 0 || (c.years ?? []).includes(end)));
    return {
      label: locale === 'vi' ? tree.label_vi : tree.label_en,
      dimensions: tree.nodes.map((d) => ({ number: d.id, name: name(d), items: subs(d).map((c) => item(c, 'sub')) })),
      missing: !tree.found || tree.nodes.some((d) => !(d.children ?? []).length) ? t.missing : null,
    };
  };
  const shown = full ? trees : trees.slice(0, 1);
  const sheetTrees = shown.map(sheetTree);
  const sources = [...new Set(shown.flatMap((x) => [x.source, ...x.counts.map((c) => c.source)]))]
    .map((id) => ds.sources.get(id)?.publisher.replace(/\s*:.*$/, ''))
    .filter((p): p is string => Boolean(p));
  const indexName = s.indexName[index];
  return {
    title: full ? s.printTitleFull(indexName) : s.printTitle(indexName),
    whatIs: `${term.term} (${term.expansion ?? ''}): ${firstSentence}`,
    editionId: edition.id,
    editionDate: edition.date,
    editionLine: t.edition(edition.id, formatDate(edition.date, locale)),
    pagePath: routePath(locale, { page: 'criteria-print', index, full }),
    pdfPath: filePaths.criteriaPdf(index, edition.id, full),
    sources: [...new Set(sources)],
    trees: sheetTrees,
    starNote: anyStar ? t.star : null,
    yearsNote: anyYears ? t.years : null,
  };
}
