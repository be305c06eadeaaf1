/**
 * The contract for everything in content/data. src/content.config.ts builds the
 * collections from these schemas; unit tests parse fixtures with the same ones.
 */
import { z } from 'astro/zod';

export const INDEX_IDS = ['papi', 'par-index', 'sipas', 'pci'] as const;
export const indexId = z.enum(INDEX_IDS);
export type IndexId = z.infer<typeof indexId>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "ha-nam"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const year = z.number().int().min(2005).max(2030);

export const sourceSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** null only for a mirror, which is never linked. */
  url: z.url().nullable(),
  /** As precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).nullable(),
  date_note: z.string().optional(),
  excerpt: z.string().min(1),
  kind: z.enum(['official', 'press', 'dataset', 'mirror']),
  /** For a mirror: the id of the original publisher's source that the site cites instead. */
  cites_instead: slug.optional(),
  lang: z.enum(['vi', 'en', 'fr']).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const provinceSchema = z.strictObject({
  code: z.string().regex(/^P\d{2}$|^X\d{2}$/, 'must be a code such as P35'),
  slug,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  region: slug,
  valid_from: isoDate.nullable(),
  valid_to: isoDate.nullable(),
  /** Slug of the province that took over this one, after valid_to. */
  successor: slug.nullable(),
  note_vi: z.string().optional(),
  note_en: z.string().optional(),
});
export type Province = z.infer<typeof provinceSchema>;

export const claimSchema = z
  .strictObject({
    value: z.number().finite().optional(),
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
    source: slug,
    preferred: z.boolean(),
    note: z.string().optional(),
  })
  .refine((c) => c.value !== undefined || c.rank !== undefined, {
    message: 'a claim needs a value or a rank',
  });
export type Claim = z.infer<typeof claimSchema>;

export const resultSchema = z.strictObject({
  /** "<index>/<year>/<province slug>/<measure>", e.g. "papi/2021/ha-nam/total". */
  id: z.string(),
  index: indexId,
  year,
  province: slug,
  /** "total", a dimension or domain id ("1", "d-tthc"), or a sub-dimension id ("1.1"). */
  measure: z.string().min(1),
  claims: z.array(claimSchema).min(1),
  /** The rule that chose the preferred claim, in plain words. */
  preferred_rule: z.string().min(1),
  /** Set when claims really disagree: shown to readers with every source. */
  conflict: z
    .strictObject({ note_vi: z.string().min(1), note_en: z.string().min(1) })
    .optional(),
});
export type Result = z.infer<typeof resultSchema>;

export const nationalStatSchema = z.strictObject({
  /** "<index>/<year>/<scope>/<measure>/<stat>", e.g. "papi/2021/national/total/mean". */
  id: z.string(),
  index: indexId,
  year,
  /** "national" or a region slug. */
  scope: slug,
  measure: z.string().min(1),
  stat: z.enum(['mean', 'median', 'best', 'worst', 'ranked-count']),
  claims: z
    .array(
      z.strictObject({
        value: z.number().finite().optional(),
        precision: z.number().int().min(0).max(6).optional(),
        /** For best and worst: the province. */
        province: slug.optional(),
        computed: z.boolean(),
        source: slug,
        preferred: z.boolean(),
        note: z.string().optional(),
      }),
    )
    .min(1),
  preferred_rule: z.string().min(1),
  conflict: z.strictObject({ note_vi: z.string().min(1), note_en: z.string().min(1) }).optional(),
});
export type NationalStat = z.infer<typeof nationalStatSchema>;
