/**
 * Criteria trees and legal documents from the research (criteria import).
 *
 * Exported API (called by scripts/import-research.ts):
 *
 *   importCriteria(researchDir: string): {
 *     trees: CriteriaTree[];        // one per edition → write each to content/data/criteria/<id>.json
 *     legalDocs: LegalDoc[];        // → content/data/legal-documents.json (merge with any others)
 *     sources: Source[];            // every source the trees and documents cite (merge: same id = same source;
 *                                   //   on a clash keep the lead's record)
 *     periodLinks: Record<periodId, { method_docs: string[]; criteria_trees: string[] }>;
 *                                   // ids of indices.json periods → set Period.method_docs / criteria_trees
 *     manifest: { file; kind: 'json'; rows_read; rows_placed; rows_skipped[] }[];
 *   }
 *   sourceIdForUrl(url)             // re-exported from ./common.ts, so one URL gets one id everywhere
 *
 * Reads only papi-tree.json, criteria.json and criteria-additions.json. Deterministic: same input, same output
 * (no clock, no randomness; arrays in research order). Nothing is invented: a name, count or maximum the research
 * did not find is a node with found:false and a not_found_note, or a count with found:false.
 *
 * Tree ids: papi-2018, papi-2011-2017, par-index-qd-876, par-index-qd-1149, par-index-qd-1150, par-index-qd-2948,
 * sipas-current (QĐ 1001), sipas-2022, sipas-2017-2021 (QĐ 2640).
 * Node ids: PAPI "1", "1.1", "1.1.1" (indicator numbers are ours, in workbook order); PAR/SIPAS "1", "8.a",
 * and "<parent>.tc" for a "criteria not found" placeholder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CriteriaNode, CriteriaTree, LegalDoc, Source } from '../../src/data/schemas.ts';
import { correctedVietnamese, fixEnglish, shorten, sourceIdForUrl } from './common.ts';
import { RowLedger, type RowCount } from './rows.ts';
import { hostOf, publisherOf } from './publishers.ts';

export { sourceIdForUrl };

export interface CriteriaImport {
  trees: CriteriaTree[];
  legalDocs: LegalDoc[];
  sources: Source[];
  periodLinks: Record<string, { method_docs: string[]; criteria_trees: string[] }>;
  manifest: RowCount[];
}

/** The last PAPI edition in the research (README: "PAPI, Hà Nam, 2011–2024"). Sub-dimensions still in the 2023 sheet run to it. */
const PAPI_LAST_YEAR = 2024;

/** A legal document as curated from the research (scripts/import/curated/legal-documents.json). */
interface DocSpec {
  id: string;
  kind: LegalDoc['kind'];
  number: string;
  date: string | null;
  date_note?: string;
  issuer: string;
  title_vi: string;
  title_en: string;
  indices: LegalDoc['indices'];
  role_vi?: string;
  role_en?: string;
  url?: string;
  source: { url: string; excerpt: string };
  verified: boolean;
  note?: string;
  /** The research rows it stands for (JSON pointers into research files). */
  from: string[];
}

const curated = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./curated/${name}.json`, import.meta.url), 'utf8')) as T;

/** What the research does not say, curated by hand: source titles, publishers, name fixes, documents, links. */
export const CURATED = {
  /** Titles and dates of sources by URL (publishers come from the one table, publishers.ts). */
  sources: curated<{ titles: Record<string, { title: string; date?: string; excerpt?: string }> }>('sources'),
  /**
   * PAPI: years of a 2018+ sub-dimension the workbook sheets do not show (5.2 was dropped after 2020), and scale
   * changes the research states (notes-papi-tree.md §2).
   */
  papi: curated<{ sub_years: Record<string, { years: number[]; note: string }>; scale_notes: Record<string, string> }>('papi'),
  sipas: curated<{ element_examples_2640: Record<string, string>; policy_elements_2022: { vi: string; en: string }[]; criteria_en_1001: string[] }>('sipas'),
  /** Documents kept, with their issuers; research rows left out, with the reason (reported in the manifest). */
  legal: curated<{ issuers: Record<string, { vi: string; en: string }>; documents: DocSpec[]; skipped: { row: string; reason: string }[] }>('legal-documents'),
  /** Methodology periods of indices.json → their method documents and criteria trees. */
  periodLinks: curated<CriteriaImport['periodLinks']>('period-links'),
};

/* ------------------------------------------------------------------ sources */

/** "https://… (sheet 2023)" → "https://…": the research appends notes to some URLs. Null when there is no URL. */
export function cleanUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^(https?:\/\/\S+)(?:\s+\(.*\))?\s*$/.exec(raw.trim());
  if (!m?.[1]) return null;
  try {
    new URL(m[1]);
    return m[1];
  } catch {
    return null;
  }
}

export class SourceBook {
  private readonly byId = new Map<string, Source>();

  /** Registers the URL (once) and returns its id. The first excerpt given is kept. */
  add(rawUrl: string, excerpt?: string | null): string {
    const url = cleanUrl(rawUrl);
    if (!url) throw new Error(`criteria import: not a URL: ${rawUrl}`);
    const id = sourceIdForUrl(url);
    const existing = this.byId.get(id);
    if (existing) {
      if (existing.excerpt.startsWith('(no excerpt') && excerpt) existing.excerpt = shorten(excerpt, 300);
      return id;
    }
    const meta = CURATED.sources.titles[url];
    const publisher = publisherOf(url);
    const lang: Source['lang'] = /\/(eng?|en)\//.test(url) || hostOf(url) === 'en.vietnamplus.vn' || hostOf(url) === 'fliphtml5.com' ? 'en' : 'vi';
    this.byId.set(id, {
      id,
      title: meta?.title ?? `${publisher.label}: ${decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? url)}`,
      publisher: publisher.label,
      ...(publisher.copy ? { data_copy: publisher.copy } : {}),
      url: publisher.unlinked ? null : url,
      ...(publisher.unlinked ? { date_note: publisher.unlinked } : {}),
      date: meta?.date ?? null,
      excerpt: meta?.excerpt ?? (excerpt ? shorten(excerpt, 300) : '(no excerpt recorded by the research for this page)'),
      kind: publisher.kind,
      lang,
    });
    return id;
  }

  list(): Source[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

/* ------------------------------------------------------------ research types */

interface PapiIndicator {
  name_vi: string;
  name_en: string | null;
  scale: string;
  years_in_workbook: string[];
  source_url: string;
  excerpt: string;
  quality: string;
}
interface PapiSub {
  code: string;
  name_vi: string;
  name_en: string | null;
  name_en_workbook: string | null;
  name_en_source: string | null;
  name_vi_variants_by_year: Record<string, string[]>;
  years_in_workbook: string[];
  scale: string;
  source_url: string;
  excerpt: string;
  note?: string;
  other_sources?: { field: string; source_url: string; excerpt: string; quality: string }[];
  indicators: PapiIndicator[];
}
interface PapiDim {
  id: number;
  name_vi: string;
  name_en: string;
  name_vi_source: { source_url: string; excerpt: string };
  name_en_source: { source_url: string; excerpt: string };
  name_workbook: Record<string, string>;
  sub_dimensions: PapiSub[];
}
interface PapiTreeFile {
  provenance: string;
  workbook_copy_url: string;
  crosscheck_url: string;
  counts_from_workbook: Record<string, { sub_dimensions: number; indicators: number }>;
  dimensions: PapiDim[];
}

type Json = Record<string, unknown>;

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
}

/* -------------------------------------------------------------- name fixes */


function englishName(raw: string | null): Pick<CriteriaNode, 'name_en' | 'name_en_original'> {
  if (raw === null) return { name_en: null };
  const fixed = fixEnglish(raw);
  return fixed === raw ? { name_en: raw } : { name_en: fixed, name_en_original: raw };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/* ------------------------------------------------------------------- PAPI */

function papiYears(sub: PapiSub): number[] {
  const override = CURATED.papi.sub_years[sub.code];
  if (override) return override.years;
  const seen = sub.years_in_workbook.map(Number);
  const last = Math.max(...seen);
  if (last >= 2023) return range(Math.min(...seen), PAPI_LAST_YEAR);
  return seen;
}

function papi2018Tree(tree: PapiTreeFile, book: SourceBook, ctx: { faqVi: string; enFaq: string }): CriteriaTree {
  const workbook = book.add(tree.workbook_copy_url, 'Copyright @CECODES, VFF-CRT, RTA and UNDP (2023). WWW.PAPI.ORG.VN');
  const crosscheck = book.add(tree.crosscheck_url, 'Civic Knowledge | 1.1: Tri thức công dân | 0.25-2.5 điểm | 1.323925');
  const dataYears = book.add('https://github.com/hnks-gh/ml-mcdm', 'data/csv/YYYY.csv: sub-dimension scores for every province, compiled from the official papi.org.vn data files');

  const nodes: CriteriaNode[] = tree.dimensions.map((d) => {
    const id = String(d.id);
    const viSource = book.add(d.name_vi_source.source_url, d.name_vi_source.excerpt);
    const enSource = book.add(d.name_en_source.source_url, d.name_en_source.excerpt);
    const wbVariants = new Map<string, number[]>();
    for (const [k, v] of Object.entries(d.name_workbook)) {
      const m = /^vi_(\d{4})$/.exec(k);
      if (!m) continue;
      const name = v.replace(/^Chỉ số nội dung \d+:\s*/, '').replace(/\*$/, '').trim();
      if (name === d.name_vi) continue;
      wbVariants.set(name, [...(wbVariants.get(name) ?? []), Number(m[1])].sort());
    }
    const children: CriteriaNode[] = d.sub_dimensions.map((s) => {
      const subSource = book.add(s.source_url, s.excerpt);
      const other = (s.other_sources ?? []).map((o) => book.add(o.source_url, o.excerpt)).filter((o) => o !== subSource);
      const variants = Object.entries(s.name_vi_variants_by_year);
      const years = papiYears(s);
      const en = s.name_en === null ? { name_en: 'Construction Permit Procedures' } : englishName(s.name_en);
      const notes: string[] = [];
      if (s.code in CURATED.papi.sub_years) notes.push(CURATED.papi.sub_years[s.code]!.note);
      else if (s.note) notes.push(s.note);
      if (s.name_en && s.name_en_workbook && s.name_en_workbook !== s.name_en) {
        notes.push(`The workbook's English label is "${fixEnglish(s.name_en_workbook)}"; the name here is the one printed in the PAPI report.`);
      }
      if (years.includes(2020) && !s.years_in_workbook.includes('2020')) {
        // nothing: years between observed sheets are filled (see papiYears)
      }
      const node: CriteriaNode = {
        id: s.code,
        level: 'sub-dimension',
        name_vi: s.name_vi,
        ...en,
        name_status: { vi: 'official', en: s.name_en === null ? 'translation' : 'official' },
        ...(variants.length > 1
          ? { name_vi_variants: variants.map(([name, ys]) => ({ name, years: ys.map(Number) })).sort((a, b) => a.years[0]! - b.years[0]!) }
          : {}),
        scale_text: s.scale,
        years,
        found: true,
        source: subSource,
        ...(s.code in CURATED.papi.sub_years ? { other_sources: [...new Set([...other, dataYears])] } : other.length ? { other_sources: [...new Set(other)] } : {}),
        excerpt: shorten(s.excerpt, 300),
        ...(notes.length ? { note: notes.join(' ') } : {}),
        children: s.indicators.map((ind, i) => {
          const indSource = book.add(ind.source_url, ind.excerpt);
          const enInd = englishName(ind.name_en);
          const vi = correctedVietnamese({ name_vi: ind.name_vi, scale_text: ind.scale });
          return {
            id: `${s.code}.${i + 1}`,
            level: 'indicator',
            name_vi: vi.name_vi,
            ...enInd,
            name_status: { vi: 'official', en: ind.name_en === null ? 'not-found' : 'official' },
            scale_text: vi.scale_text,
            ...(vi.as_printed ? { as_printed: vi.as_printed } : {}),
            years: ind.years_in_workbook.map(Number),
            found: true,
            source: indSource,
            excerpt: shorten(ind.excerpt.replace(/^verbatim cells:\s*/, ''), 300),
            ...(ind.name_en === null ? { note: 'No English label: the indicator appears only in the 2018–2019 sheets, which print it in Vietnamese only.' } : {}),
          } satisfies CriteriaNode;
        }),
      };
      return node;
    });
    const dimNotes: string[] = [];
    if (wbVariants.size) {
      dimNotes.push(
        `Vietnamese name from the papi.org.vn FAQ; the workbook prints ${[...wbVariants.entries()].map(([n, ys]) => `"${n}" (${ys.join(', ')})`).join(' and ')}.`,
      );
    }
    if (CURATED.papi.scale_notes[id]) dimNotes.push(CURATED.papi.scale_notes[id]!);
    return {
      id,
      level: 'dimension',
      name_vi: d.name_vi,
      name_en: d.name_en,
      name_status: { vi: 'official', en: 'official' },
      ...(wbVariants.size ? { name_vi_variants: [...wbVariants.entries()].map(([name, years]) => ({ name, years })) } : {}),
      scale_text: '1–10',
      years: range(2018, PAPI_LAST_YEAR),
      found: true,
      source: viSource,
      other_sources: [...new Set([enSource, workbook].filter((s) => s !== viSource))],
      excerpt: shorten(d.name_vi_source.excerpt, 300),
      ...(dimNotes.length ? { note: dimNotes.join(' ') } : {}),
      children,
    } satisfies CriteriaNode;
  });

  const subCount = nodes.reduce((n, d) => n + (d.children?.length ?? 0), 0);
  const indCount = nodes.reduce((n, d) => n + (d.children ?? []).reduce((m, s) => m + (s.children?.length ?? 0), 0), 0);
  const perYear = Object.entries(tree.counts_from_workbook)
    .map(([y, c]) => `${y}: ${c.sub_dimensions} sub-dimensions, ${c.indicators} indicators`)
    .join('; ');
  return {
    id: 'papi-2018',
    index: 'papi',
    level: 'provincial',
    label_vi: 'Bộ chỉ số PAPI từ năm 2018',
    label_en: 'The PAPI framework from 2018',
    years: { from: 2018, to: null },
    years_note:
      'Sub-dimension years: the official workbook sheets for 2018, 2019, 2022 and 2023, filled between them; 2020, 2021 and 2024 follow the sub-dimension data compiled from the official files. Indicator years list only the workbook sheets read (2018, 2019, 2022, 2023).',
    method_docs: [],
    counts: [
      { what: 'dimensions', value: nodes.length, found: true, source: ctx.faqVi },
      {
        what: 'sub-dimensions',
        value: subCount,
        found: true,
        source: workbook,
        note: `All sub-dimensions used since 2018. In any one year there are 28 or 29: papi.org.vn states 28 (FAQ) and 29 (PAPI vs PCI page). Workbook counts: ${perYear}.`,
      },
      {
        what: 'indicators',
        value: indCount,
        found: true,
        source: workbook,
        note: `Union of the 2018, 2019, 2022 and 2023 workbook sheets. papi.org.vn states "hơn 120 chỉ tiêu" (more than 120) for any one year. ${perYear}.`,
      },
      { what: 'total-points', value: 80, found: true, source: workbook, note: 'The workbook prints the total scale as "10-80 điểm/points"; 8 dimensions of 1–10 each.' },
    ],
    found: true,
    source: workbook,
    note_en:
      `${tree.provenance} Indicator numbers (e.g. 1.1.1) are ours, in workbook order: PAPI does not number its indicators. ` +
      `The workbook's English indicator labels are short variable names, not translations of the Vietnamese. Cross-check: ${crosscheck}.`,
    nodes,
  };
}

function papi2011Tree(criteria: Json, book: SourceBook, rows: RowLedger, ctx: { faqVi: string; dataVi2014: string }): CriteriaTree {
  const p = criteria.PAPI as Json;
  const period = (p.structure_by_period as Json[])[0]!;
  const dims = (p.dimensions as Json[]).flatMap((d, i) => (Number(String(d.id).replace(/\D/g, '')) <= 6 ? [rows.place(`criteria.json#/PAPI/dimensions/${i}`, d)] : []));
  const enFaq = book.add('https://papi.org.vn/eng/hoi-dap/', 'Eight dimensions, 28 sub-dimensions, more than 120 indicators, and more than 550 substantive questions');
  return {
    id: 'papi-2011-2017',
    index: 'papi',
    level: 'provincial',
    label_vi: 'Bộ chỉ số PAPI 2011–2017',
    label_en: 'The PAPI framework, 2011–2017',
    years: { from: 2011, to: 2017 },
    years_note: 'papi.org.vn dates this framework 2009–2017; 2009 and 2010 were pilots, the nationwide survey started in 2011.',
    method_docs: [],
    counts: [
      { what: 'dimensions', value: 6, found: true, source: ctx.faqVi },
      { what: 'sub-dimensions', value: 22, found: true, source: ctx.faqVi },
      { what: 'indicators', value: 90, found: true, qualifier: 'more-than', source: ctx.faqVi, note: 'The old English FAQ says 92.' },
      { what: 'total-points', value: 60, found: true, source: ctx.dataVi2014, note: 'thang điểm từ "6" (giá trị tối thiểu) đến "60" (giá trị tối đa)' },
    ],
    found: true,
    not_found_note:
      'The official wording of the 22 sub-dimensions and the indicator list of 2011–2017 was not found; only secondary labels exist. Comparison of the 2018 results with earlier years is discouraged by PAPI itself.',
    source: ctx.faqVi,
    note_en: shorten(String(period.excerpt ?? ''), 400),
    nodes: dims.map((d) => {
      const n = String(d.id).replace(/\D/g, '');
      return {
        id: n,
        level: 'dimension',
        name_vi: String(d.name_vi),
        name_en: String(d.name_en).replace(/\s*\(short form:.*\)$/, ''),
        name_status: { vi: 'official', en: 'official' },
        scale_text: '1–10',
        years: range(2011, 2017),
        found: true,
        source: ctx.faqVi,
        other_sources: [enFaq],
        excerpt: `${n}. ${String(d.name_vi)}`,
      } satisfies CriteriaNode;
    }),
  };
}

/* -------------------------------------------------------------- PAR INDEX */

const NOT_FOUND_ANNEX_1149 =
  'Names, numbers and maximum points of these criteria under QĐ 1149/QĐ-BNV were not found: the annex (Bảng 2 of QĐ 1149/QĐ-BNV; Phụ lục of Công văn 384/BNV-CCHC) was not available in readable form.';

function placeholder(parentId: string, note: string, source: string, counts?: CriteriaNode['counts']): CriteriaNode {
  return {
    id: `${parentId}.tc`,
    level: 'criterion',
    name_vi: null,
    name_en: null,
    name_status: { vi: 'not-found', en: 'not-found' },
    max_points: null,
    max_points_found: false,
    ...(counts ? { counts } : {}),
    found: false,
    not_found_note: note,
    source,
  };
}

function par2948Tree(criteria: Json, book: SourceBook, rows: RowLedger): CriteriaTree {
  const m = ((criteria.PAR_INDEX as Json).methodologies as Json[])[0]!;
  const src = book.add(String(m.source_url), String(((m.domains as Json[])[2] as Json).excerpt));
  const domains = rows.placeEach('criteria.json#/PAR_INDEX/methodologies/0/domains', m.domains as Json[]);
  return {
    id: 'par-index-qd-2948',
    index: 'par-index',
    level: 'provincial',
    label_vi: 'Bộ chỉ số cải cách hành chính cấp tỉnh theo Quyết định 2948/QĐ-BNV',
    label_en: 'Provincial PAR INDEX criteria under Decision 2948/QĐ-BNV',
    years: { from: 2017, to: 2017 },
    years_note: 'QĐ 2948/QĐ-BNV (28/12/2017) was used for PAR 2017. Whether PAR 2018 (QĐ 2636/QĐ-BNV, known only from a secondary source) kept this set was not found.',
    method_docs: ['qd-2948-qd-bnv-2017'],
    counts: [
      { what: 'domains', value: 8, found: true, source: src },
      { what: 'criteria', value: 38, found: true, source: src },
      { what: 'sub-criteria', value: 81, found: true, source: src },
      { what: 'total-points', value: 100, found: true, source: src, note: 'Sum of the eight stated domain maxima (computed by the research).' },
    ],
    found: true,
    source: src,
    note_en: String(m.note ?? ''),
    nodes: domains.map((d) => {
      const id = String(d.no);
      return {
        id,
        level: 'domain',
        name_vi: String(d.name_vi),
        name_en: String(d.name_en),
        name_status: { vi: 'official', en: 'translation' },
        max_points: Number(d.max_points),
        max_points_found: true,
        counts: { criteria: Number(d.criteria), sub_criteria: Number(d.sub_criteria) },
        years: [2017],
        found: true,
        source: src,
        excerpt: String(d.excerpt),
        children: [
          placeholder(
            id,
            'Names and points of the individual criteria and sub-criteria of QĐ 2948/QĐ-BNV were not found; the source gives only the counts and the domain maximum.',
            src,
            { criteria: Number(d.criteria), sub_criteria: Number(d.sub_criteria) },
          ),
        ],
      } satisfies CriteriaNode;
    }),
  };
}

function par1150Tree(additions: Json, book: SourceBook): CriteriaTree {
  const chron = additions.PAR_INDEX_decision_chronology as Json[];
  const d = chron.find((c) => String(c.name_vi).startsWith('Quyết định 1150'))!;
  const namDinh = book.add(
    'https://sonoivu.namdinh.gov.vn/van-ban-chinh-sach/quyet-dinh-so-1150qd-bnv-phe-duyet-bo-chi-so-cchc-cac-bo-co-quan-ngang-bo-uy-ban-nhan-dan-tinh-thanh-pho-truc-thuoc-863',
    'Bộ tiêu chí xác định Chỉ số CCHC cấp tỉnh được cấu trúc thành 8 lĩnh vực đánh giá, 43 tiêu chí, 95 tiêu chí thành phần',
  );
  return {
    id: 'par-index-qd-1150',
    index: 'par-index',
    level: 'provincial',
    label_vi: 'Bộ chỉ số cải cách hành chính cấp tỉnh theo Quyết định 1150/QĐ-BNV',
    label_en: 'Provincial PAR INDEX criteria under Decision 1150/QĐ-BNV',
    years: { from: 2019, to: 2019 },
    method_docs: ['qd-1150-qd-bnv-2019'],
    counts: [
      { what: 'domains', value: 8, found: true, source: namDinh },
      { what: 'criteria', value: 43, found: true, source: namDinh },
      { what: 'sub-criteria', value: 95, found: true, source: namDinh },
    ],
    found: false,
    not_found_note: 'The names of the domains and criteria of the provincial set under QĐ 1150/QĐ-BNV, and their maximum points, were not found: the attachment on the Nam Định page was not available.',
    source: namDinh,
    note_en: String(d.note ?? ''),
    nodes: [],
  };
}

function par1149Tree(additions: Json, book: SourceBook, criteria: Json, rows: RowLedger): CriteriaTree {
  const p = additions.PAR_INDEX_provincial_2021 as Json;
  const counts = rows.place('criteria-additions.json#/PAR_INDEX_provincial_2021/counts', p.counts as Json);
  const laoCai = book.add(String(counts.source_url), String(counts.excerpt));
  const domains = rows.placeEach('criteria-additions.json#/PAR_INDEX_provincial_2021/domains', p.domains as Json[]);
  const haNam = book.add(String((domains[0] as Json).source_url), String((domains[0] as Json).excerpt));
  const seedPage = book.add(
    'https://hanam.gov.vn/Pages/ha-nam-ban-giai-phap-nang-cao-cac-chi-so-par-index-sipas-va-papi.aspx',
    '03/43 tiêu chí không có điểm (gồm: Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ công ích; Mức độ thu hút đầu tư của tỉnh; Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao)',
  );
  const binhDuong2019 = book.add(
    'https://m.baobinhduong.vn/cong-bo-chi-so-cai-cach-hanh-chinh-2018-va-chi-so-do-luong-su-hai-long-cua-nguoi-dan-a201600.html',
    'mức độ thu hút đầu tư, tỷ lệ doanh nghiệp thành lập mới và thu ngân sách Nhà nước của tỉnh cũng được đưa vào tiêu chí đánh giá kết quả Chỉ số cải cách hành chính',
  );
  const seeds = rows.placeEach('criteria.json#/PAR_INDEX/seed_criteria_ha_nam_2021', (criteria.PAR_INDEX as Json).seed_criteria_ha_nam_2021 as Json[]).map((s) => ({
    name_vi: String(s.name_vi),
    name_en: String(s.name_en),
  }));
  const seedNode = (id: string, s: { name_vi: string; name_en: string }, note: string, other: string[]): CriteriaNode => ({
    id,
    level: 'criterion',
    name_vi: s.name_vi,
    name_en: s.name_en,
    name_status: { vi: 'official', en: 'translation' },
    max_points: null,
    max_points_found: false,
    years: [2020, 2021],
    found: true,
    inference: true,
    source: seedPage,
    ...(other.length ? { other_sources: other } : {}),
    excerpt: 'Hà Nam 2021: one of "03/43 tiêu chí không có điểm" (three of 43 criteria scored zero).',
    note,
  });

  const nameFix = (n: string): string => n.replace(/\s*\((?:tại tỉnh|as reported:.*)\)\s*$/, '').trim();
  const nodes: CriteriaNode[] = domains.map((d) => {
    const id = String(d.domain_no);
    const src = Array.isArray(d.source_url) ? book.add(String(d.source_url[0]), String(d.excerpt)) : book.add(String(d.source_url), String(d.excerpt));
    const others = Array.isArray(d.source_url) ? (d.source_url as string[]).slice(1).map((u) => book.add(u)) : [];
    const base: CriteriaNode = {
      id,
      level: 'domain',
      name_vi: nameFix(String(d.name_vi)),
      name_en: String(d.name_en).replace(/\s*\(translation\)\s*$/, ''),
      name_status: { vi: id === '8' ? 'secondary' : 'official', en: 'translation' },
      max_points: null,
      max_points_found: false,
      years: [2020, 2021],
      found: true,
      source: src,
      ...(others.length ? { other_sources: others } : {}),
      excerpt: String(d.excerpt),
      ...(d.note ? { note: `${String(d.note)} Domain names as printed in Hà Nam's official 2021 results article, not from the MoHA annex.` } : { note: "Domain name as printed in Hà Nam's official 2021 results article, not from the MoHA annex." }),
    };
    if (id === '8') {
      const parts = d.sub_components as Json[];
      const kt = parts.find((x) => String(x.name_vi).includes('kinh tế'))!;
      const sipas = parts.find((x) => String(x.name_vi).includes('SIPAS'))!;
      const sipasSources = (sipas.source_url as string[]).map((u) => book.add(u, String(sipas.excerpt)));
      base.name_vi = 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh';
      base.note =
        'Wording of domain 8 in the QĐ 2948 set ("Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế xã hội của tỉnh"), with CCHC spelled out; Hà Nam\'s 2021 results article reports its two parts separately.';
      base.children = [
        {
          id: '8.a',
          level: 'domain-part',
          name_vi: 'Tác động của cải cách hành chính đến phát triển kinh tế - xã hội',
          name_en: 'Impact on provincial socio-economic development',
          name_status: { vi: 'official', en: 'translation' },
          max_points: null,
          max_points_found: false,
          years: [2020, 2021],
          found: true,
          source: haNam,
          excerpt: String(kt.excerpt),
          children: [
            seedNode('8.a.1', seeds[1]!, String(kt.note ?? ''), [binhDuong2019]),
            seedNode(
              '8.a.2',
              seeds[2]!,
              'Placed here by inference only: no source states the domain or maximum points of this criterion. Hà Nam scored zero on it in 2021 (seed article); its whole socio-economic impact part was 3 points.',
              [],
            ),
            placeholder('8.a', NOT_FOUND_ANNEX_1149, laoCai),
          ],
        },
        {
          id: '8.b',
          level: 'domain-part',
          name_vi: 'Tác động của cải cách hành chính đến người dân, tổ chức (Chỉ số SIPAS)',
          name_en: 'Impact on citizens and organisations (SIPAS component)',
          name_status: { vi: 'official', en: 'translation' },
          max_points: null,
          max_points_found: false,
          years: [2020, 2021],
          found: true,
          source: haNam,
          other_sources: sipasSources.filter((s) => s !== haNam),
          excerpt: String(sipas.excerpt),
          note: 'Reported as points out of 10 (Hà Tĩnh: "8,92/10 điểm" for PAR 2020; "9,12 điểm, chiếm tỷ lệ 91,17%" for PAR 2021). No rule text stating the maximum was found.',
        },
      ];
      return base;
    }
    const children: CriteriaNode[] = [];
    if (id === '3') {
      children.push(
        seedNode(
          '3.1',
          seeds[0]!,
          'Placed in domain 3 by inference from its subject only (it implements QĐ 45/2016/QĐ-TTg on receiving and returning files through the public postal service): no source states its domain or maximum points. Hà Nam scored zero on it in 2021.',
          [],
        ),
      );
    }
    children.push(placeholder(id, NOT_FOUND_ANNEX_1149, laoCai));
    base.children = children;
    return base;
  });

  return {
    id: 'par-index-qd-1149',
    index: 'par-index',
    level: 'provincial',
    label_vi: 'Bộ chỉ số cải cách hành chính cấp tỉnh theo Quyết định 1149/QĐ-BNV (PAR INDEX 2020, 2021)',
    label_en: 'Provincial PAR INDEX criteria under Decision 1149/QĐ-BNV (PAR INDEX 2020, 2021)',
    years: { from: 2020, to: 2021 },
    method_docs: ['qd-1149-qd-bnv-2020', 'cv-384-bnv-cchc-2021'],
    counts: [
      { what: 'domains', value: 8, found: true, source: laoCai },
      { what: 'criteria', value: 43, found: true, source: laoCai, note: 'Hà Nam\'s own page on the 2021 results also counts 43 criteria ("22/43 tiêu chí").' },
      {
        what: 'sub-criteria',
        value: 102,
        found: true,
        source: laoCai,
        note: 'Single source (Lào Cai, article on PAR 2020). The count of 95 seen elsewhere belongs to QĐ 1150/QĐ-BNV (PAR 2019).',
      },
      { what: 'total-points', value: 100, found: true, source: laoCai },
      { what: 'survey-points', value: 33.5, found: true, source: laoCai, note: 'Includes the SIPAS component (about 10 points); the breakdown of the rest was not found.' },
    ],
    found: true,
    not_found_note: String(additions.PAR_INDEX_provincial_2021 ? (p as Json).domain_maxima_note ?? '' : ''),
    source: laoCai,
    note_en:
      'Domain names as printed in Hà Nam\'s official 2021 results (hanam.gov.vn), which sum to its PAR 2021 total. Per-domain maximum points, the 43 criteria and the 102 sub-criteria were not found. The three criteria on which Hà Nam scored zero in 2021 are known by name only; their placement is inferred.',
    nodes,
  };
}

function par876Tree(additions: Json, book: SourceBook, criteria: Json, rows: RowLedger): CriteriaTree {
  const c = rows.place('criteria-additions.json#/PAR_INDEX_provincial_876/counts', (additions.PAR_INDEX_provincial_876 as Json).counts as Json);
  const urls = c.source_url as string[];
  const biz = book.add(urls[0]!, String(c.excerpt));
  const ct = book.add(urls[1]!, String(c.excerpt).split('congthuong (PAR 2023 summary report): ')[1] ?? String(c.excerpt));
  const ministerial = ((criteria.PAR_INDEX as Json).methodologies as Json[])[2]!.ministerial as Json;
  const mDomains = (ministerial.domains as Json[]).map((d) => `${String(d.name_vi)} (${String(d.criteria)}/${String(d.sub_criteria)})`).join('; ');
  return {
    id: 'par-index-qd-876',
    index: 'par-index',
    level: 'provincial',
    label_vi: 'Bộ chỉ số cải cách hành chính cấp tỉnh theo Quyết định 876/QĐ-BNV (từ PAR INDEX 2022)',
    label_en: 'Provincial PAR INDEX criteria under Decision 876/QĐ-BNV (from PAR INDEX 2022)',
    years: { from: 2022, to: null },
    years_note: 'QĐ 876/QĐ-BNV covers 2022–2030 and replaced QĐ 1149/QĐ-BNV on 10/11/2022.',
    method_docs: ['qd-876-qd-bnv-2022'],
    counts: [
      { what: 'domains', value: 8, found: true, source: biz },
      { what: 'criteria', value: 37, found: true, source: biz },
      { what: 'sub-criteria', value: 88, found: true, source: biz },
      { what: 'total-points', value: 100, found: true, source: biz },
      { what: 'survey-points', value: 32, found: true, source: biz, note: 'Also in MoHA\'s PAR 2023 summary as reproduced by Báo Công Thương.' },
    ],
    found: false,
    not_found_note:
      'The names of the eight provincial domains under QĐ 876/QĐ-BNV, their maximum points and their criteria were not found in any retrieved source (Bảng 2 of the decision was not available). Only the counts are known.',
    source: biz,
    note_en: `For comparison only, the ministerial set under QĐ 876 has 7 domains, 38 criteria and 97 sub-criteria, 31.50 survey points: ${mDomains}. Its names were not copied to the provincial set. Other source: ${ct}.`,
    nodes: [],
  };
}

/* ------------------------------------------------------------------ SIPAS */

function sipas2640Tree(criteria: Json, additions: Json, book: SourceBook, rows: RowLedger): CriteriaTree {
  const sa = (additions.SIPAS_additions as Json).QD_2640_2017_2020 as Json;
  const official = additions.QD_2640_elements_official_wording as Json | undefined;
  const off = (official ?? ((additions.SIPAS_additions as Json).QD_2640_elements_official_wording as Json)) as Json;
  const bd = book.add(String(off.source_url), String(off.excerpt));
  const el = rows.place('criteria-additions.json#/SIPAS_additions/QD_2640_2017_2020/elements', sa.elements as Json);
  const criteria22 = rows.place('criteria-additions.json#/SIPAS_additions/QD_2640_2017_2020/criteria_22', sa.criteria_22 as Json);
  const elUrls = el.source_url as string[];
  const tayNinh = book.add(elUrls[0]!, String(el.excerpt));
  const luatVn = book.add(elUrls[1]!, String(criteria22.excerpt).split(' (luatvietnam)')[0]);
  const luatPhapSo = book.add((criteria22.source_url as string[])[1]!, String(criteria22.excerpt).split('luatphapso: ')[1] ?? undefined);
  const laoCai = book.add(String((sa.scope_2020 as Json).source_url), String((sa.scope_2020 as Json).excerpt));
  const m2021 = (additions.SIPAS_additions as Json).method_used_for_SIPAS_2021 as Json;
  const hatinh = book.add((m2021.source_url as string[])[0]!, String(m2021.excerpt).split('; vietnamnet')[0]);
  const vnnEn = book.add((m2021.source_url as string[])[1]!, 'The design of the questionnaire and the way of selecting samples in 2022 differ from that of previous years.');

  // Official wording from the Bình Dương portal; the longer first element name from criteria.json.
  const officialNames = String(off.excerpt)
    .replace(/^.*bao gồm:\s*/, '')
    .replace(/\.$/, '')
    .split(/;\s*/)
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  const elements = rows.placeEach('criteria.json#/SIPAS/elements_2017_2020', (criteria.SIPAS as Json).elements_2017_2020 as Json[]);
  return {
    id: 'sipas-2017-2021',
    index: 'sipas',
    level: 'provincial',
    label_vi: 'Phương pháp đo lường SIPAS theo Quyết định 2640/QĐ-BNV (2017–2021)',
    label_en: 'SIPAS method under Decision 2640/QĐ-BNV (2017–2021)',
    years: { from: 2017, to: 2021 },
    years_note:
      'QĐ 2640/QĐ-BNV covers 2017–2020. No document names the method of SIPAS 2021; that it still used these five elements is an inference (Hà Tĩnh reports SIPAS 2021 by these elements; the 2022 survey was redesigned).',
    method_docs: ['qd-2640-qd-bnv-2017'],
    counts: [
      { what: 'elements', value: 5, found: true, source: bd },
      { what: 'criteria', value: 22, found: true, source: luatVn, note: 'The list of the 22 criteria was not found.' },
      { what: 'services', value: 16, found: true, source: laoCai, note: 'Fields of public service covered in SIPAS 2020.' },
    ],
    found: true,
    not_found_note: 'The 22 criteria of QĐ 2640/QĐ-BNV were not found: only the five elements and a few examples named by the press. The score formula was not found either.',
    source: bd,
    note_en: `Each element is measured on three contents: perception (nhận định), satisfaction (sự hài lòng) and expectation (sự mong đợi). Evidence for 2021: ${hatinh}, ${vnnEn}.`,
    nodes: elements.map((e, i) => {
      const id = String(e.no);
      const name = officialNames[i] ?? String(e.name_vi);
      const longer = String(e.name_vi) !== name ? String(e.name_vi) : null;
      return {
        id,
        level: 'element',
        name_vi: name,
        name_en: String(e.name_en),
        name_status: { vi: 'official', en: 'translation' },
        years: range(2017, 2021),
        found: true,
        source: bd,
        other_sources: [tayNinh],
        excerpt: shorten(String(off.excerpt), 300),
        ...(longer ? { name_vi_variants: [{ name: longer, years: [2017] }], note: `Also written "${longer}" (summary of QĐ 2640).` } : {}),
        children: [
          placeholder(
            id,
            `The criteria of this element (22 in all across the five elements) were not found.${CURATED.sipas.element_examples_2640[id] ? ` ${CURATED.sipas.element_examples_2640[id]}` : ''}`,
            CURATED.sipas.element_examples_2640[id] ? luatPhapSo : luatVn,
          ),
        ],
      } satisfies CriteriaNode;
    }),
  };
}

function sipas2022Tree(additions: Json, book: SourceBook, rows: RowLedger): CriteriaTree {
  const s = additions.SIPAS_2022_structure as Json | undefined;
  const x = s
    ? rows.place('criteria-additions.json#/SIPAS_2022_structure', s)
    : rows.place('criteria-additions.json#/SIPAS_additions/SIPAS_2022_structure', (additions.SIPAS_additions as Json).SIPAS_2022_structure as Json);
  const cm = book.add(String(x.source_url), String(x.excerpt));
  return {
    id: 'sipas-2022',
    index: 'sipas',
    level: 'provincial',
    label_vi: 'Cấu trúc đo lường SIPAS năm 2022',
    label_en: 'The SIPAS 2022 design',
    years: { from: 2022, to: 2022 },
    years_note: 'The 2022 survey was redesigned; no decision naming this design was found (QĐ 1001/QĐ-BNV dates from 11/12/2023).',
    method_docs: [],
    counts: [{ what: 'aspects', value: 3, found: true, source: cm }],
    found: true,
    source: cm,
    note_en: String(x.note ?? ''),
    nodes: [
      {
        id: '1',
        level: 'aspect',
        name_vi: 'Ban hành, tổ chức thực hiện chính sách',
        name_en: 'Issuing and implementing policy',
        name_status: { vi: 'official', en: 'translation' },
        years: [2022],
        found: true,
        source: cm,
        excerpt: '(1) Ban hành, tổ chức thực hiện chính sách … 04 yếu tố … (1) Trách nhiệm giải trình của cơ quan; (2) sự tham gia của người dân; (3) chất lượng chính sách; (4) kết quả, tác động.',
        children: CURATED.sipas.policy_elements_2022.map((n, i) => ({
          id: `1.${i + 1}`,
          level: 'element',
          name_vi: n.vi,
          name_en: n.en,
          name_status: { vi: 'official', en: 'translation' },
          years: [2022],
          found: true,
          source: cm,
        })),
      },
      {
        id: '2',
        level: 'aspect',
        name_vi: 'Cung ứng dịch vụ hành chính công',
        name_en: 'Delivering public administrative services',
        name_status: { vi: 'official', en: 'translation' },
        years: [2022],
        found: true,
        source: cm,
        children: [placeholder('2', 'The source names 5 elements for this aspect, but its list is cut off: the elements were not found.', cm)],
      },
      {
        id: '3',
        level: 'aspect',
        name_vi: 'Cung ứng dịch vụ công cơ bản, thiết yếu',
        name_en: 'Delivering basic, essential public services',
        name_status: { vi: 'official', en: 'translation' },
        years: [2022],
        found: true,
        source: cm,
        children: [placeholder('3', 'The elements of this aspect were not found.', cm)],
      },
    ],
  };
}

function sipas1001Tree(additions: Json, book: SourceBook, rows: RowLedger): CriteriaTree {
  const q = (additions.SIPAS_additions as Json).QD_1001_2023_2026 as Json;
  const nd = rows.place('criteria-additions.json#/SIPAS_additions/QD_1001_2023_2026/nhan_dinh_criteria_verbatim', q.nhan_dinh_criteria_verbatim as Json);
  const bulletin = book.add(String(nd.source_url), String(nd.excerpt));
  const a2 = rows.place('criteria-additions.json#/SIPAS_additions/QD_1001_2023_2026/aspect_2', q.aspect_2 as Json);
  const fullText = book.add(
    'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1001-QD-BNV-2023-Phuong-phap-Do-luong-hai-long-nguoi-dan-phuc-vu-co-quan-Nha-nuoc-590186.aspx',
    'Ban hành Phương pháp Đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023 - 2026',
  );
  const ac = q.access_contents_2024 as Json;
  const laodong = book.add(String(ac.source_url), String(ac.excerpt));
  const en = q.english_name_official as Json;
  const enName = book.add(String(en.source_url), String(en.excerpt));
  const verbatim = String(nd.excerpt)
    .split(/;\s*-\s*|^-\s*/)
    .map((t) => t.trim().replace(/\.$/, ''))
    .filter(Boolean);
  return {
    id: 'sipas-current',
    index: 'sipas',
    level: 'provincial',
    label_vi: 'Phương pháp đo lường SIPAS giai đoạn 2023–2026 theo Quyết định 1001/QĐ-BNV',
    label_en: 'SIPAS method for 2023–2026 under Decision 1001/QĐ-BNV',
    years: { from: 2023, to: 2026 },
    method_docs: ['qd-1001-qd-bnv-2023'],
    counts: [
      { what: 'aspects', value: 3, found: true, source: fullText },
      { what: 'criteria', value: null, found: false, source: bulletin, note: 'Only the eight criteria of the first aspect were found; the criteria of the other two aspects and the total were not.' },
    ],
    found: true,
    not_found_note:
      'Partial: the eight criteria of aspect 1 are known verbatim; the criteria of aspects 2 and 3, the indicator list and the score formula (annex of QĐ 1001/QĐ-BNV) were not found. Press reports say the SIPAS 2024 questionnaire had 42 indicators on opinions and assessments, 51 on satisfaction and 10 on needs and expectations.',
    source: fullText,
    note_en: `Official English name: "Satisfaction Index of Public Administrative Services" (${enName}). In the 2024 report access was measured on 3 contents and administrative procedures on 4 (${laodong}).`,
    nodes: [
      {
        id: '1',
        level: 'aspect',
        name_vi: 'Nhận định, đánh giá của người dân',
        name_en: 'People’s opinions and assessments',
        name_status: { vi: 'official', en: 'translation' },
        years: range(2023, 2026),
        found: true,
        source: bulletin,
        other_sources: [fullText],
        excerpt: '(1) Nhận định, đánh giá của người dân',
        children: verbatim.map((t, i) => ({
          id: `1.${i + 1}`,
          level: 'criterion',
          name_vi: t.charAt(0).toUpperCase() + t.slice(1),
          name_en: CURATED.sipas.criteria_en_1001[i] ?? null,
          name_status: { vi: 'official', en: CURATED.sipas.criteria_en_1001[i] ? 'translation' : 'not-found' },
          years: range(2023, 2026),
          found: true,
          source: bulletin,
          excerpt: shorten(t, 300),
        })),
      },
      {
        id: '2',
        level: 'aspect',
        name_vi: 'Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước',
        name_en: 'People’s satisfaction with the service of state administrative agencies',
        name_status: { vi: 'official', en: 'translation' },
        years: range(2023, 2026),
        found: true,
        source: bulletin,
        excerpt: shorten(String(a2.excerpt), 300),
        children: [
          {
            id: '2.1',
            level: 'content',
            name_vi: 'Sự hài lòng đối với chính sách công',
            name_en: 'Satisfaction with public policy',
            name_status: { vi: 'secondary', en: 'translation' },
            years: range(2023, 2026),
            found: true,
            source: bulletin,
            note: 'The source\'s sentence is cut off after "Đo lường sự hài lòng của ngườ[i dân …]"; the two contents are named in a summary of QĐ 1001 (paraphrase).',
          },
          {
            id: '2.2',
            level: 'content',
            name_vi: 'Sự hài lòng đối với dịch vụ hành chính công',
            name_en: 'Satisfaction with public administrative services',
            name_status: { vi: 'secondary', en: 'translation' },
            years: range(2023, 2026),
            found: true,
            source: bulletin,
          },
          placeholder('2', 'The criteria under the two contents of aspect 2 were not found (annex of QĐ 1001/QĐ-BNV not retrieved).', fullText),
        ],
      },
      {
        id: '3',
        level: 'aspect',
        name_vi: 'Nhu cầu, mong đợi của người dân',
        name_en: 'People’s needs and expectations',
        name_status: { vi: 'secondary', en: 'translation' },
        years: range(2023, 2026),
        found: true,
        source: fullText,
        note: 'Named "(3) Nhu cầu, mong đợi" in a summary of QĐ 1001 (paraphrase).',
        children: [placeholder('3', 'The criteria of aspect 3 were not found (annex of QĐ 1001/QĐ-BNV not retrieved).', fullText)],
      },
    ],
  };
}

/* ---------------------------------------------------------- legal documents */

function buildDocs(book: SourceBook): LegalDoc[] {
  return CURATED.legal.documents.map((d) => {
    const source = book.add(d.source.url, d.source.excerpt);
    const issuer = CURATED.legal.issuers[d.issuer]!;
    return {
      id: d.id,
      kind: d.kind,
      number: d.number,
      date: d.date,
      ...(d.date_note ? { date_note: d.date_note } : {}),
      issuer_vi: issuer.vi,
      issuer_en: issuer.en,
      title_vi: d.title_vi,
      title_en: d.title_en,
      indices: d.indices,
      ...(d.role_vi ? { role_vi: d.role_vi } : {}),
      ...(d.role_en ? { role_en: d.role_en } : {}),
      url: d.url ?? null,
      source,
      verified: d.verified,
      ...(d.note ? { note: d.note } : {}),
    } satisfies LegalDoc;
  });
}

/* -------------------------------------------------------------- the import */

function countNodes(nodes: CriteriaNode[]): number {
  return nodes.reduce((n, x) => n + 1 + countNodes(x.children ?? []), 0);
}

export function importCriteria(researchDir: string): CriteriaImport {
  const book = new SourceBook();
  const rows = new RowLedger();
  const papiTreeFile = readJson<PapiTreeFile>(researchDir, 'papi-tree.json');
  const criteria = readJson<Json>(researchDir, 'criteria.json');
  const additions = readJson<Json>(researchDir, 'criteria-additions.json');

  const faqVi = book.add(
    'https://papi.org.vn/hoi-dap/?title=papi-do-luong-noi-dung-gi',
    'Từ năm 2018, Chỉ số PAPI bao gồm 8 chỉ số nội dung, 28 nội dung thành phần và hơn 120 chỉ tiêu cụ thể',
  );
  const enFaq = book.add('https://papi.org.vn/eng/hoi-dap/', 'Eight dimensions, 28 sub-dimensions, more than 120 indicators, and more than 550 substantive questions');
  const dataVi2014 = book.add('http://origin.papi.org.vn/du-lieu?y=2014', 'Chỉ số PAPI tổng hợp … được cân chỉnh theo thang điểm từ "6" (giá trị tối thiểu) đến "60" (giá trị tối đa)');

  const legalDocs = buildDocs(book);
  const trees: CriteriaTree[] = [
    papi2018Tree(papiTreeFile, book, { faqVi, enFaq }),
    papi2011Tree(criteria, book, rows, { faqVi, dataVi2014 }),
    par876Tree(additions, book, criteria, rows),
    par1149Tree(additions, book, criteria, rows),
    par1150Tree(additions, book),
    par2948Tree(criteria, book, rows),
    sipas1001Tree(additions, book, rows),
    sipas2022Tree(additions, book, rows),
    sipas2640Tree(criteria, additions, book, rows),
  ];

  const docIds = new Set(legalDocs.map((d) => d.id));
  for (const t of trees) for (const d of t.method_docs) if (!docIds.has(d)) throw new Error(`criteria import: tree ${t.id} cites unknown document ${d}`);


  // Every research document is kept (as one of the curated documents, which name the rows they stand for) or skipped.
  for (const d of CURATED.legal.documents) for (const row of d.from) rows.place(row, d);
  for (const { row, reason } of CURATED.legal.skipped) rows.skip(row, reason);
  const unaccounted = (criteria.legal_documents as unknown[]).map((_, i) => `criteria.json#/legal_documents/${i}`).filter((r) => !rows.has(r));
  if (unaccounted.length) throw new Error(`criteria import: research documents neither kept nor skipped: ${unaccounted.join(', ')}`);

  const papiRows = papiTreeFile.dimensions.reduce((n, d) => n + 1 + d.sub_dimensions.reduce((m, s) => m + 1 + s.indicators.length, 0), 0);
  const manifest: RowCount[] = [{ file: 'papi-tree.json', kind: 'json', rows_read: papiRows, rows_placed: countNodes(trees[0]!.nodes), rows_skipped: [] }, ...rows.counts()];

  return { trees, legalDocs, sources: book.list(), periodLinks: CURATED.periodLinks, manifest };
}
