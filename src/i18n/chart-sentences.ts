/** The shape of chart sentence templates; one implementation per locale. */
import type { Comparison, ChartKind } from '../lib/charts/spec.ts';

type Rank = { rank: number; of: number; computed: boolean };

export interface ChartSentences {
  national: string;
  year: string;
  province: string;
  measure: string;
  source: string;
  andMore: (n: number) => string;
  noData: string;
  computed: string;
  rankAxis: string;
  pointsAxis: string;
  percentAxis: string;
  comparison: Record<Comparison, string>;
  periodLabel: (from: number, to: number, max: number | undefined) => string;
  missingNote: (label: string, keys: string[]) => string;
  computedNote: string;
  breakNote: (years: number[], index: string) => string;
  comparisonNote: string;
  title: (a: { kind: ChartKind; index: string; measure: string | undefined; province: string | undefined; years: number[]; byProvince: boolean }) => string;
  subtitle: (a: { kind: ChartKind; unit: string; maxima: number[]; breaks: number[] }) => string;
  summaryNoFeatured: (a: { index: string; measure: string | undefined; years: number[]; provinces: number }) => string;
  summaryNoData: (a: { province: string; index: string; measure: string | undefined; years: number[] }) => string;
  summaryLatest: (a: {
    year: number;
    province: string;
    index: string;
    measure: string | undefined;
    value: string | undefined;
    max: { max: number; unit: 'points' | 'percent' } | undefined;
    rank: Rank | undefined;
    previous: { year: number; change: number | null; rank: Rank | undefined; sameMethod: boolean } | undefined;
    gaps: number;
  }) => string;
  summaryDimensions: (a: {
    year: number;
    province: string;
    index: string;
    high: { name: string; value: string };
    low: { name: string; value: string };
    above: number | undefined;
    count: number;
  }) => string;
  summaryRanked: (a: {
    year: number;
    province: string;
    index: string;
    measure: string | undefined;
    value: string | undefined;
    rank: Rank | undefined;
    best: { name: string; value: string } | undefined;
    worst: { name: string; value: string } | undefined;
  }) => string;
}
