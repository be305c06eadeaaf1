/** A chart is data: a small declarative spec. One function (buildChartModel) turns it into everything else. */
import { z } from 'astro/zod';
import { indexId } from '../../data/schemas.ts';

export const CHART_KINDS = ['line', 'rank-line', 'bars', 'ranked-bars', 'map'] as const;
export const COMPARISONS = ['national-mean', 'median', 'best', 'worst'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
export type Comparison = (typeof COMPARISONS)[number];

export const chartSpecSchema = z
  .strictObject({
    /** Stable: used in /bieu-do/<id>/, /nhung/<id>/ and file names. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'),
    kind: z.enum(CHART_KINDS),
    index: indexId,
    /** "total", dimension or domain ids. For `bars` with one province, several measures become the bars. */
    measures: z.array(z.string().min(1)).min(1),
    /** Province slugs, or "all" (ranked-bars). */
    provinces: z.union([z.array(z.string().min(1)).min(1), z.literal('all')]),
    /** A range of years, or a single year for bars and ranked-bars. */
    years: z.union([z.strictObject({ from: z.number().int(), to: z.number().int() }), z.strictObject({ year: z.number().int() })]),
    compare: z.array(z.enum(COMPARISONS)).default([]),
    /** The province whose values are labelled on the chart. */
    featured: z.string().optional(),
    /** The chart's place in its gallery group (/bieu-do/), 1 first; required in content/data/charts.json, unique within an index. */
    order: z.number().int().positive().optional(),
    /** Optional hand-written titles; otherwise the title is generated from the spec. */
    title_vi: z.string().optional(),
    title_en: z.string().optional(),
  })
  .superRefine((spec, ctx) => {
    const range = 'from' in spec.years;
    if ((spec.kind === 'line' || spec.kind === 'rank-line') && !range) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: `a ${spec.kind} chart needs years {from, to}` });
    }
    if ((spec.kind === 'bars' || spec.kind === 'ranked-bars' || spec.kind === 'map') && range) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: `a ${spec.kind} chart shows one year: use {year}` });
    }
    if ('from' in spec.years && spec.years.from > spec.years.to) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: 'from is after to' });
    }
    if ((spec.kind === 'ranked-bars' || spec.kind === 'map') && spec.measures.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['measures'], message: `a ${spec.kind} chart shows one measure` });
    }
    if (spec.kind !== 'ranked-bars' && spec.kind !== 'map' && spec.provinces === 'all') {
      ctx.addIssue({ code: 'custom', path: ['provinces'], message: 'only ranked-bars and map may show all provinces' });
    }
    if (spec.kind === 'map' && spec.provinces !== 'all') {
      ctx.addIssue({ code: 'custom', path: ['provinces'], message: 'a map shows all provinces: use "all"' });
    }
    if (spec.featured && spec.provinces !== 'all' && !spec.provinces.includes(spec.featured)) {
      ctx.addIssue({ code: 'custom', path: ['featured'], message: 'the featured province must be one of the provinces' });
    }
  });

export type ChartSpec = z.infer<typeof chartSpecSchema>;
