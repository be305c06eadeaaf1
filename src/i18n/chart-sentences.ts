/** The shape of chart sentence templates; one implementation per locale. */
import type { Comparison, ChartKind } from '../lib/charts/spec.ts';

/** `computed` is the computed rank's label from src/lib/marks.ts (with its possible range), or false. */
type Rank = { rank: number; of: number; computed: string | false };
type Bound = { min: number; max: number };

export interface ChartSentences {
  national: string;
  year: string;
  province: string;
  measure: string;
  source: string;
  andMore: (n: number) => string;
  /** The years of the figures an undated source (a data file) gives, after its name. */
  dataYears: (from: number, to: number) => string;
  noData: string;
  computed: string;
  rankAxis: string;
  pointsAxis: string;
  percentAxis: string;
  comparison: Record<Comparison, string>;
  periodLabel: (from: number, to: number, max: number | undefined) => string;
  missingNote: (label: string, keys: string[]) => string;
  computedNote: string;
  breakNote: (years: number[], index: string, panels: boolean) => string;
  comparisonNote: string;
  /** A picture's note on a mark every figure of the chart carries names them so. */
  allFigures: string;
  /** …and where many but not all do: how many, and where the reader finds which. */
  someFigures: (n: number, of: number) => string;
  eachInTable: string;
  title: (a: { kind: ChartKind; index: string; measure: string | undefined; province: string | undefined; years: number[]; byProvince: boolean }) => string;
  /** A measure's name with its maximum, where measures on one chart have different scales. */
  withMax: (name: string, max: string) => string;
  subtitle: (a: { kind: ChartKind; unit: string; maxima: number[]; breaks: number[]; mixed?: { scales: Bound[]; unknown: number; count: number } }) => string;
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
  /** Measures on different scales: highest and lowest only within each scale; unknown maxima are not ranked. */
  summaryScales: (a: {
    year: number;
    province: string;
    index: string;
    groups: { scale: Bound; high: { name: string; value: string }; low: { name: string; value: string }; count: number }[];
    unknown: number;
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
