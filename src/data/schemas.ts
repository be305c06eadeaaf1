/**
 * The contract for everything in content/data, editions and glossary. src/lib/dataset.ts validates with
 * these schemas (through src/data/validate.ts); unit tests parse fixtures with the same ones.
 *
 * The lead's original exports (sourceSchema, provinceSchema, claimSchema, resultSchema,
 * nationalStatSchema and their types) keep their names and shapes; the data layer only
 * adds optional fields to them and adds schemas for indices, facts, legal documents,
 * criteria trees, regions and the import manifest.
 */
import { z } from 'astro/zod';

/** The indices the site covers: the one list in code, checked against content/data/indices.json (each must be there, no other). */
export const INDEX_IDS = ['papi', 'par-index', 'sipas', 'pci'] as const;
export const indexId = z.enum(INDEX_IDS);
export type IndexId = z.infer<typeof indexId>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "ha-nam"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
/** A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');
const year = z.number().int().min(2005).max(2030);

/** Where an imported item came from: "<research file>#<data row>" (row 1 = first row after the header) or a JSON pointer. */
const origin = z.array(z.string().regex(/^[a-z0-9._/-]+#\S+$/, 'must read "<file>#<row or pointer>"')).min(1);

/**
 * Why a claim is not the headline figure although it is kept:
 * rounding = the source rounded or truncated the figure; typo = a known misprint;
 * approximate = the source says "about", "nearly"; secondary = a secondary compilation.
 */
export const claimFlag = z.enum(['rounding', 'typo', 'approximate', 'secondary']);
export type ClaimFlag = z.infer<typeof claimFlag>;

export const sourceSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Null for a mirror (never linked) and for a source whose address the research did not record. */
  url: z.url().refine((u) => !/\s/.test(u), 'a web address has no spaces').nullable(),
  /** As precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).nullable(),
  date_note: z.string().optional(),
  /** The date of the event the source reports (the launch of the results), where the source's own date is not stated: shown as "công bố ngày …", never as the source's date. */
  event_date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).optional(),
  excerpt: z.string().min(1),
  kind: z.enum(['official', 'press', 'dataset', 'mirror']),
  /** For a mirror: the id of the original publisher's source that the site cites instead. */
  cites_instead: slug.optional(),
  lang: z.enum(['vi', 'en', 'fr']).optional(),
  /** For a copy of an official file (a dataset on GitHub): who holds the copy we read. `publisher` stays the original's; the copy is named second, as "bản sao dữ liệu". */
  data_copy: z.string().min(1).optional(),
  /** For an original publisher known only through a mirror: the mirror's id (kept for provenance, never linked). */
  read_via: slug.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const provinceSchema = z.strictObject({
  code: z.string().regex(/^P\d{2}$|^X\d{2}$/, 'must be a code such as P35'),
  slug,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  region: slug,
  /** As precise as the research allows (YYYY, YYYY-MM or YYYY-MM-DD); null = before the data series. */
  valid_from: partialDate.nullable(),
  /** As precise as the research allows; null = still current as far as the research states. */
  valid_to: partialDate.nullable(),
  /** Slug of the province that took over this one, after valid_to. */
  successor: slug.nullable(),
  note_vi: z.string().optional(),
  note_en: z.string().optional(),
  /** Shown after the name where two provinces share it, e.g. "(từ 1/7/2025)". */
  disambiguation_vi: z.string().optional(),
  disambiguation_en: z.string().optional(),
  /** Source of the merger facts, where the record states any. */
  source: slug.optional(),
  /** The GSO province code ("35"), the id of its shape in content/data/geo/ (a 2025 code for a 2025 province). */
  gso_code: z.string().regex(/^\d{2}$/, 'must be a two-digit GSO code such as "35"').optional(),
});
export type Province = z.infer<typeof provinceSchema>;

export const regionSchema = z.strictObject({
  slug,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  name_en_status: z.enum(['official', 'translation']),
  note_en: z.string().optional(),
  source: slug.optional(),
});
export type Region = z.infer<typeof regionSchema>;

export const claimSchema = z
  .strictObject({
    value: z.number().optional(),
    /** Decimals as published, e.g. 2 for 81,51. */
    precision: z.number().int().min(0).max(6).optional(),
    rank: z.number().int().min(1).optional(),
    rank_of: z.number().int().min(1).optional(),
    rank_kind: z.enum(['official', 'computed']).optional(),
    /** Why a rank is computed, e.g. "computed among 61 provinces with complete data". */
    rank_note: z.string().optional(),
    /** Places gained (+) or lost (−), only where the source states it. */
    rank_change: z.number().int().optional(),
    /** The year the stated rank change compares with. */
    rank_change_from: year.optional(),
    /** Points gained (+) or lost (−) since rank_change_from, only where the source states it ("giảm 17 bậc và 1,94 điểm"). */
    value_change: z.number().optional(),
    /**
     * A value or rank derived by arithmetic from a later result and the change its source states ("suy ra"):
     * `from` is that result's id; `value_change` and `rank_change` are the stated changes from this year to that one
     * (e.g. -1.94 points, -17 places). Shown with its mark and arithmetic; never used for a rank change, a ranking or
     * a statistic.
     */
    derived: z
      .strictObject({ from: z.string().min(1), value_change: z.number().optional(), rank_change: z.number().int().optional() })
      .optional(),
    source: slug,
    preferred: z.boolean(),
    note: z.string().optional(),
    flag: claimFlag.optional(),
    /** The source's own words, as recorded by the research. */
    quote: z.string().optional(),
    /** Research rows this claim was imported from. */
    origin: origin.optional(),
  })
  .refine((c) => c.value !== undefined || c.rank !== undefined, {
    message: 'a claim needs a value or a rank',
  });
export type Claim = z.infer<typeof claimSchema>;

/** Set by the import when claims really disagree; the note readers see is generated from the claims and their publishers (src/lib/marks.ts), never kept as text. */
const conflictSchema = z.literal(true);

export const resultSchema = z.strictObject({
  /** "<index>/<year>/<province slug>/<measure>", e.g. "papi/2021/ha-nam/total". */
  id: z.string(),
  index: indexId,
  year,
  province: slug,
  /** "total", a dimension or domain id ("1", "chi-dao-dieu-hanh"), or a sub-dimension id ("1.1"). */
  measure: z.string().min(1),
  claims: z.array(claimSchema).min(1),
  /** The rule that chose the preferred claim, in plain words. */
  preferred_rule: z.string().min(1),
  /** Rounding and misprints are not conflicts. */
  conflict: conflictSchema.optional(),
});
export type Result = z.infer<typeof resultSchema>;

export const NATIONAL_STATS = ['mean', 'median', 'best', 'worst', 'ranked-count'] as const;

export const nationalStatClaimSchema = z
  .strictObject({
    value: z.number().optional(),
    precision: z.number().int().min(0).max(6).optional(),
    /** For best and worst: the province. */
    province: slug.optional(),
    computed: z.boolean(),
    source: slug,
    preferred: z.boolean(),
    note: z.string().optional(),
    flag: claimFlag.optional(),
    quote: z.string().optional(),
    origin: origin.optional(),
    /** For a figure computed by the import: the research file it was computed from. */
    derived_from: z.string().optional(),
  })
  .refine((c) => c.value !== undefined || c.province !== undefined, {
    message: 'a claim needs a value or a province',
  });
export type NationalStatClaim = z.infer<typeof nationalStatClaimSchema>;

export const nationalStatSchema = z.strictObject({
  /** "<index>/<year>/<scope>/<measure>/<stat>", e.g. "papi/2021/national/total/mean". */
  id: z.string(),
  index: indexId,
  year,
  /** "national" or a region slug. */
  scope: slug,
  measure: z.string().min(1),
  stat: z.enum(NATIONAL_STATS),
  claims: z.array(nationalStatClaimSchema).min(1),
  preferred_rule: z.string().min(1),
  conflict: conflictSchema.optional(),
});
export type NationalStat = z.infer<typeof nationalStatSchema>;

/* ------------------------------------------------------------------ indices */

export const NAME_STATUSES = ['official', 'translation', 'secondary', 'not-found'] as const;
/** official = wording of the publisher; translation = ours; secondary = from a secondary compilation. */
export const nameStatus = z.enum(NAME_STATUSES);
export const nameStatusPair = z.strictObject({ vi: nameStatus, en: nameStatus });

export const scaleSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  unit: z.enum(['points', 'percent']),
  /**
   * stated = a source states these bounds; derived = follows from stated rules (e.g. 8 × 1–10);
   * bound = only a logical bound used for checking, the published maximum was not found.
   */
  basis: z.enum(['stated', 'derived', 'bound']),
  note: z.string().optional(),
  /** The source that states this scale, where it is not the measure's own source. */
  source: z.string().optional(),
});
export type Scale = z.infer<typeof scaleSchema>;

export const MEASURE_KINDS = ['total', 'dimension', 'sub-dimension', 'domain', 'domain-part', 'element', 'sub-index'] as const;
const measureIdSchema = z.string().regex(/^(?:total|\d(?:\.\d)?|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/, 'must be "total", "1", "1.1" or a slug');

export const measureSchema = z.strictObject({
  id: measureIdSchema,
  kind: z.enum(MEASURE_KINDS),
  parent: z.string().optional(),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  name_status: nameStatusPair,
  scale: scaleSchema,
  source: slug,
  note: z.string().optional(),
});
export type MeasureDef = z.infer<typeof measureSchema>;

export const periodSchema = z.strictObject({
  id: slug,
  from: year,
  /** Last year of the period; null = still current. */
  to: year.nullable(),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
  /** Legal documents (ids in legal-documents.json) that define the method. */
  method_docs: z.array(slug),
  method_note: z.string().optional(),
  /** Criteria trees (ids) that describe this period. */
  criteria_trees: z.array(slug),
  /** False where totals must not be joined with the previous period into one series. */
  comparable_with_previous: z.boolean(),
  measures: z.array(measureSchema).min(1),
  source: slug,
  note: z.string().optional(),
});
export type Period = z.infer<typeof periodSchema>;

export const indexSchema = z.strictObject({
  id: indexId,
  short_name: z.string().min(1),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  name_status: nameStatusPair,
  publisher_vi: z.string().min(1),
  publisher_en: z.string().min(1),
  first_year: year,
  first_year_note: z.string().optional(),
  website: z.url().nullable(),
  /** Sources for the names, publisher and first year. */
  sources: z.array(slug).min(1),
  periods: z.array(periodSchema).min(1),
  note_en: z.string().optional(),
});
export type IndexDef = z.infer<typeof indexSchema>;

/* -------------------------------------------------------------------- facts */

export const factClaimSchema = z
  .strictObject({
    value: z.number().optional(),
    precision: z.number().int().min(0).max(6).optional(),
    /** "more-than" for "hơn 89.000", "about" for "khoảng". */
    qualifier: z.enum(['exact', 'more-than', 'about', 'nearly', 'at-least']).optional(),
    date: isoDate.optional(),
    text_vi: z.string().optional(),
    text_en: z.string().optional(),
    /** Province slugs, in the order the source gives them. */
    provinces: z.array(slug).optional(),
    computed: z.boolean().optional(),
    source: slug,
    preferred: z.boolean(),
    flag: claimFlag.optional(),
    quote: z.string().optional(),
    note: z.string().optional(),
    origin: origin.optional(),
  })
  .refine(
    (c) =>
      c.value !== undefined ||
      c.date !== undefined ||
      c.text_vi !== undefined ||
      c.text_en !== undefined ||
      c.provinces !== undefined,
    { message: 'a fact claim needs a value, a date, a text or provinces' },
  );
export type FactClaim = z.infer<typeof factClaimSchema>;

export const FACT_UNITS = ['count', 'points', 'percent', 'date', 'text', 'provinces'] as const;

export const factSchema = z.strictObject({
  /** Slash-separated key, e.g. "papi/survey/2023/respondents". */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*(?:\/[a-z0-9][a-z0-9.-]*)+$/, 'must be a key such as "papi/survey/2023/respondents"'),
  /** Null for facts about no single index (e.g. the 2025 province merger). */
  index: indexId.nullable(),
  year: year.nullable(),
  topic: z.enum(['survey', 'ranking', 'structure', 'method', 'result', 'publication', 'merger', 'channels']),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
  unit: z.enum(FACT_UNITS),
  /** What a count counts, e.g. "người trả lời" / "respondents". */
  noun_vi: z.string().optional(),
  noun_en: z.string().optional(),
  claims: z.array(factClaimSchema).min(1),
  preferred_rule: z.string().min(1),
  conflict: conflictSchema.optional(),
  note: z.string().optional(),
});
export type Fact = z.infer<typeof factSchema>;

/* ---------------------------------------------------------- legal documents */

export const legalDocSchema = z.strictObject({
  id: slug,
  kind: z.enum(['quyet-dinh', 'nghi-quyet', 'cong-van', 'ke-hoach']),
  /** As written, e.g. "876/QĐ-BNV". */
  number: z.string().min(1),
  date: isoDate.nullable(),
  date_note: z.string().optional(),
  issuer_vi: z.string().min(1),
  issuer_en: z.string().min(1),
  title_vi: z.string().min(1),
  /** Always our translation: no official English titles were found. */
  title_en: z.string().min(1),
  indices: z.array(indexId),
  role_vi: z.string().optional(),
  role_en: z.string().optional(),
  /** A page reproducing the document itself, where the research gives one. */
  url: z.url().nullable(),
  source: slug,
  /** False where only a secondary source mentions the document. */
  verified: z.boolean(),
  note: z.string().optional(),
});
export type LegalDoc = z.infer<typeof legalDocSchema>;

/* ----------------------------------------------------------- criteria trees */

export const NODE_LEVELS = [
  'dimension',
  'sub-dimension',
  'indicator',
  'domain',
  'domain-part',
  'criterion',
  'sub-criterion',
  'aspect',
  'element',
  'content',
  'service',
] as const;

export interface CriteriaNode {
  id: string;
  level: (typeof NODE_LEVELS)[number];
  name_vi: string | null;
  name_en: string | null;
  name_status: { vi: (typeof NAME_STATUSES)[number]; en: (typeof NAME_STATUSES)[number] };
  /** The English label exactly as printed, where we corrected its spelling. */
  name_en_original?: string | undefined;
  name_vi_variants?: { name: string; years: number[] }[] | undefined;
  /** The official text as printed, where the import corrected its spelling ("hối lội" → "hối lộ"); shown with a note. */
  as_printed?: { name_vi?: string | undefined; scale_text?: string | undefined } | undefined;
  max_points?: number | null | undefined;
  max_points_found?: boolean | undefined;
  /** The scale as printed, e.g. "0.25-2.5 điểm". */
  scale_text?: string | undefined;
  counts?: { criteria?: number | undefined; sub_criteria?: number | undefined } | undefined;
  years?: number[] | undefined;
  found: boolean;
  not_found_note?: string | undefined;
  /** True where the placement of this node is the research's inference, not a quoted statement. */
  inference?: boolean | undefined;
  source: string;
  other_sources?: string[] | undefined;
  excerpt?: string | undefined;
  note?: string | undefined;
  children?: CriteriaNode[] | undefined;
}

const nameStatusValue = z.enum(NAME_STATUSES);
export const criteriaNodeSchema: z.ZodType<CriteriaNode> = z.lazy(() =>
  z.strictObject({
    id: z.string().min(1),
    level: z.enum(NODE_LEVELS),
    name_vi: z.string().min(1).nullable(),
    name_en: z.string().min(1).nullable(),
    name_status: z.strictObject({ vi: nameStatusValue, en: nameStatusValue }),
    name_en_original: z.string().optional(),
    name_vi_variants: z.array(z.strictObject({ name: z.string(), years: z.array(z.number().int()) })).optional(),
    as_printed: z.strictObject({ name_vi: z.string().optional(), scale_text: z.string().optional() }).optional(),
    max_points: z.number().nullable().optional(),
    max_points_found: z.boolean().optional(),
    scale_text: z.string().optional(),
    counts: z
      .strictObject({ criteria: z.number().int().optional(), sub_criteria: z.number().int().optional() })
      .optional(),
    years: z.array(z.number().int()).optional(),
    found: z.boolean(),
    not_found_note: z.string().optional(),
    inference: z.boolean().optional(),
    source: slug,
    other_sources: z.array(slug).optional(),
    excerpt: z.string().optional(),
    note: z.string().optional(),
    children: z.array(criteriaNodeSchema).optional(),
  }),
);

export const treeCountSchema = z.strictObject({
  what: z.enum([
    'dimensions',
    'sub-dimensions',
    'indicators',
    'domains',
    'criteria',
    'sub-criteria',
    'aspects',
    'elements',
    'services',
    'total-points',
    'survey-points',
  ]),
  value: z.number().nullable(),
  found: z.boolean(),
  qualifier: z.enum(['exact', 'more-than', 'about']).optional(),
  source: slug,
  note: z.string().optional(),
});

export const criteriaTreeSchema = z.strictObject({
  id: slug,
  index: indexId,
  level: z.enum(['provincial', 'ministerial']),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
  years: z.strictObject({ from: year, to: year.nullable() }),
  years_note: z.string().optional(),
  method_docs: z.array(slug),
  counts: z.array(treeCountSchema),
  /** False where not even the top level of the tree was found. */
  found: z.boolean(),
  not_found_note: z.string().optional(),
  source: slug,
  note_en: z.string().optional(),
  nodes: z.array(criteriaNodeSchema),
});
export type CriteriaTree = z.infer<typeof criteriaTreeSchema>;

/* ------------------------------------------------------------------ manifest */

export const manifestSchema = z.strictObject({
  note: z.string(),
  files: z.array(
    z.strictObject({
      file: z.string(),
      kind: z.enum(['csv', 'json', 'notes', 'seed']),
      /** CSV: data rows (header excluded). JSON/notes/seed: statements or nodes read. */
      rows_read: z.number().int().min(0),
      rows_placed: z.number().int().min(0),
      rows_skipped: z.array(z.strictObject({ row: z.string(), reason: z.string().min(1) })),
      /** Count of origin references to this file written to content/data, by output. */
      written: z.record(z.string(), z.number().int().min(0)),
      written_total: z.number().int().min(0),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

/* ------------------------------------------------- editions and glossary */

/** A named release of the dataset (content/editions.json, newest last). A published edition never changes. */
export const editionSchema = z.strictObject({
  id: slug,
  date: z.iso.date(),
  title_vi: z.string().min(1),
  title_en: z.string().min(1),
  changes_vi: z.array(z.string().min(1)).min(1),
  changes_en: z.array(z.string().min(1)).min(1),
});
export type Edition = z.infer<typeof editionSchema>;

/** A glossary term (content/glossary/<locale>.json); its id is the same stable anchor in both locales. */
export const glossaryTermSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  /** The full form of an abbreviation. */
  expansion: z.string().optional(),
  definition: z.string().min(1),
  sources: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  see_also: z.array(z.string()).default([]),
  /** The index whose word this is (PAPI's "chỉ số nội dung", the PAR INDEX's "lĩnh vực"); a passage about another index must not use it. */
  index: z.enum(['papi', 'par-index']).optional(),
  /** The word forms that name the term in running text, for the terms check (tests/build/words.test.ts). */
  forms: z.array(z.string().min(1)).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
