/** English templates for chart titles, subtitles, notes and summary sentences. */
import type { ChartSentences } from './chart-sentences.ts';
import { formatBound } from '../lib/charts/number-format.ts';

const ordinal = (n: number) => {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};
const rankText = (r: { rank: number; of: number; computed: string | false }) => `${ordinal(r.rank)} of ${r.of}${r.computed ? ` (${r.computed})` : ''}`;
const n = (v: number) => formatBound(v, 'en');
const bound = (b: { min: number; max: number }) => `${n(b.min)}–${n(b.max)}`;
const range = (ys: number[]) => (ys.length > 1 ? `${ys[0]}–${ys.at(-1)}` : `${ys[0]}`);

/** Each index's own word for its parts (the glossary): PAPI's dimensions, the PAR INDEX's domains. */
const parts = (index: string) => (index === 'PAPI' ? 'dimension' : 'domain');

export const chartSentencesEn: ChartSentences = {
  national: 'National',
  year: 'Year',
  province: 'Province',
  measure: 'Component',
  source: 'Source',
  andMore: (n) => ` and ${n} other ${n === 1 ? 'source' : 'sources'}`,
  dataYears: (from, to) => (from === to ? `data for ${from}` : `data for ${from}–${to}`),
  noData: 'no data yet',
  computed: 'computed',
  rankAxis: 'Rank (1 is best)',
  pointsAxis: 'Points',
  percentAxis: 'Per cent',
  comparison: {
    'national-mean': 'National mean',
    median: 'National median',
    best: 'Best province',
    worst: 'Worst province',
  },
  periodLabel: (from, to, max) => `${from}–${to}${max ? `, out of ${n(max)}` : ''}`,
  missingNote: (label, keys) => `${label}: no data yet for ${keys.join(', ')}.`,
  computedNote: 'Ranks marked "computed" were worked out by this site from the data file; they are not officially published ranks.',
  breakNote: (years, index, panels) => `${index} changed its method in ${years.join(', ')}: scores before and after cannot be compared directly, so they are drawn as ${panels ? 'two separate panels, each with its own axis' : 'two separate lines'}.`,
  allFigures: 'Every figure in the chart',
  someFigures: (n, of) => `${n} of the ${of} figures`,
  eachInTable: 'the data table marks each one',
  comparisonNote: 'Mean, median, best and worst: the figure a source publishes where there is one, otherwise computed from the scores of the provinces with data that year.',
  title: ({ kind, index, measure, province, years, byProvince }) => {
    const what = measure ? `${measure} (${index})` : `${index} score`;
    if (kind === 'rank-line') return `${province ?? 'Provinces'}: ${measure ? `${measure} ` : ''}${index} rank, ${range(years)}`;
    if (kind === 'ranked-bars') return `${what} of every province, ${years[0]}`;
    if (kind === 'map') return `Map: ${what} by province, ${years[0]}`;
    if (kind === 'bars' && byProvince) return `${what} of selected provinces, ${years[0]}`;
    if (kind === 'bars') return `${province ?? 'Provinces'}: ${measure ? what : `${index} ${parts(index)}s`}, ${years[0]}`;
    return `${province ?? 'Provinces'}: ${what}, ${range(years)}`;
  },
  withMax: (name, max) => `${name} (max. ${max})`,
  subtitle: ({ kind, unit, maxima, breaks, mixed }) => {
    if (kind === 'rank-line') return 'Rank among the provinces ranked each year; 1 is best.';
    if (unit === 'percent') return 'Scale 0–100%.';
    if (mixed?.unknown) {
      const some = mixed.unknown < mixed.count ? '; known maxima are given next to the names' : '';
      return `Each item has its own maximum. The maximum of ${mixed.unknown} of ${mixed.count} items was not found, so scores are drawn as dots, not against a common maximum${some}.`;
    }
    if (mixed) return `The items have different scales (${mixed.scales.map(bound).join('; ')} points), given next to each name: compare only items on the same scale.`;
    if (maxima.length > 1 && breaks.length) return `Maximum score ${n(maxima[0]!)}, then ${maxima.slice(1).map(n).join(', ')} from ${breaks.join(', ')}, when the method changed: each period is drawn in its own panel.`;
    return `Maximum score ${maxima.map(n).join(', ')}.`;
  },
  summaryNoFeatured: ({ index, measure, years, provinces }) => `${measure ?? `${index} score`} for ${provinces} provinces, ${range(years)}.`,
  summaryNoData: ({ province, index, years }) => `${province}: no ${index} data yet for ${range(years)}.`,
  summaryLatest: ({ year, province, index, measure, value, max, rank, previous, gaps }) => {
    const subject = measure ? `${measure} (${index})` : index;
    let sentence = `In ${year}, ${province}`;
    if (value) sentence += max?.unit === 'percent' ? ` scored ${value} on ${subject}` : ` scored ${value}${max ? `/${n(max.max)}` : ''} on ${subject}`;
    if (rank) sentence += `${value ? ' and' : ''} ranked ${rankText(rank)}`;
    if (previous) {
      if (previous.change !== null && previous.change !== 0) {
        sentence += `, ${previous.change > 0 ? 'up' : 'down'} ${Math.abs(previous.change)} place${Math.abs(previous.change) === 1 ? '' : 's'} from ${previous.year}`;
      } else if (previous.change === 0) {
        sentence += `, the same rank as in ${previous.year}`;
      } else if (previous.rank && rank) {
        sentence += ` (${previous.year}: ${rankText(previous.rank)}${previous.sameMethod ? '' : ', under the old method'})`;
      }
    }
    return `${sentence}.${gaps > 0 ? ` ${gaps} year${gaps === 1 ? ' has' : 's have'} no data yet.` : ''}`;
  },
  summaryDimensions: ({ year, province, index, high, low, above, count }) =>
    `In ${year}, ${province}'s best ${index} ${parts(index)} was ${high.name} (${high.value}) and its weakest was ${low.name} (${low.value}).` +
    (above !== undefined ? ` It was above the national mean in ${above} of ${count} ${parts(index)}s.` : ''),
  summaryScales: ({ year, province, index, groups, unknown, count }) => {
    const parts = groups.map((g) =>
      g.count > 1 ? `among the ${g.count} items scored ${bound(g.scale)}, the highest was ${g.high.name} (${g.high.value}) and the lowest ${g.low.name} (${g.low.value})` : `${g.high.name} scored ${g.high.value}`,
    );
    const head = parts.length ? `In ${year}, ${province}'s ${index}: ${parts.join('; ')}.` : `In ${year}, ${province}'s ${index} has ${count} items.`;
    return head + (unknown ? ` The maximum of ${unknown} of ${count} items was not found, so they are not compared with each other; see each score in the table.` : '');
  },
  summaryRanked: ({ year, province, index, measure, value, rank, best, worst }) => {
    let out = `In ${year}, ${province}`;
    out += value ? ` scored ${value} on ${measure ? `${measure} (${index})` : index}` : ` has no ${index} data yet`;
    if (rank) out += ` and ranked ${rankText(rank)}`;
    out += '.';
    if (best && worst) out += ` The highest was ${best.name} (${best.value}) and the lowest ${worst.name} (${worst.value}).`;
    return out;
  },
};
