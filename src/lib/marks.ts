/**
 * The marks of a figure, defined once: every output (Value, tables, chart summaries, CSV/JSON, embeds) asks here.
 * A mark is a kind (machine-readable, for data-marks and the CSV), a short label shown beside the figure and a full
 * sentence for screen readers and notes. Conflict notes are generated from the claims and their sources' publishers.
 */
import type { Claim, Fact, NationalStat, Result } from '../data/schemas.ts';
import type { Dataset } from './dataset.ts';
import { intlLocale, ui, type Locale } from '../i18n/index.ts';
import { fillTemplate } from '../i18n/template.ts';
import { publisherLabel, publisherOrganisation } from '../i18n/publishers.ts';
import { formatNumber, formatRank, formatValue } from './format.ts';
import { getIndex, getSource, headlineRank, headlineValue, measureDef, periodFor, provincesInYear, usable, yearsWithData } from './results.ts';

export { publisherOrganisation };

export const MARK_KINDS = ['conflict', 'computed', 'derived', 'secondary'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];
/** Why a figure is missing: the index did not publish it, our sources do not give it, or it cannot exist. */
export type NoDataKind = 'not-published' | 'not-found' | 'not-applicable';
export type Shown = 'value' | 'rank' | 'both';

export interface Mark {
  kind: MarkKind;
  /** Shown beside the figure, e.g. "tính toán"; empty for a conflict (a flag and its details). */
  label: string;
  /** The full explanation, for screen readers and the on-page note. */
  text: string;
  /** True when the text only repeats what the label and a chart's notes say (a plain computed rank): tables may leave it out. */
  generic?: boolean;
  /** The part of the text a chart's notes do not already say (why a computed rank's range): what a table cell reads out. */
  briefText?: string;
  /** For a conflict: each figure a source gives, with its publishers. */
  claims?: ConflictClaim[];
}

const shownClaims = (r: Result, show: Shown): Claim[] =>
  [show !== 'rank' ? headlineValue(r) : undefined, show !== 'value' ? headlineRank(r) : undefined].filter((c): c is Claim => c !== undefined);

/** The kinds of mark a shown figure carries, in a fixed order; the machine-readable part of figureMarks. */
export function markKinds(r: Result, show: Shown = 'both'): MarkKind[] {
  const claims = shownClaims(r, show);
  const rank = show !== 'value' ? headlineRank(r) : undefined;
  const kinds = new Set<MarkKind>();
  if (r.conflict) kinds.add('conflict');
  if (rank?.rank_kind === 'computed') kinds.add('computed');
  if (claims.some((c) => c.derived)) kinds.add('derived');
  if (claims.some((c) => c.flag === 'secondary')) kinds.add('secondary');
  return MARK_KINDS.filter((k) => kinds.has(k));
}

/** For a rank computed among N of the M provinces of its year: the places it could really be (rank … rank + M − N). */
export function computedRankRange(ds: Dataset, claim: Claim, year: number): { from: number; to: number; of: number; among: number } | undefined {
  if (claim.rank_kind !== 'computed' || claim.rank === undefined || claim.rank_of === undefined) return undefined;
  const all = provincesInYear(ds, year);
  if (claim.rank_of >= all) return undefined;
  return { from: claim.rank, to: claim.rank + all - claim.rank_of, of: all, among: claim.rank_of };
}

/** The label beside a computed rank: "tính toán", with the places it could really be where some provinces are missing. */
export function computedRankLabel(ds: Dataset, claim: Claim, year: number, locale: Locale): string {
  const t = ui(locale).marks;
  const range = computedRankRange(ds, claim, year);
  return range ? fillTemplate(t.computedRangeLabel, { from: range.from, to: range.to }) : t.computed;
}

function unitOf(ds: Dataset, r: Result): 'points' | 'percent' {
  return measureDef(ds, r.index, r.year, r.measure)?.scale.unit ?? 'points';
}

/** True when the sources of a result give different ranks (its conflict is then told by rank). */
const ranksDiffer = (r: Result): boolean => new Set(r.claims.filter((c) => usable(c) && c.rank !== undefined).map((c) => c.rank)).size > 1;

/**
 * Each figure the sources give for a conflicting key (ranks where ranks differ, else values), once, with the
 * publishers that state it and, for a rank this site computed from a publisher's data file, that publisher apart:
 * the computed rank is ours, not the publisher's claim. Publishers are named in the page's language.
 */
export function conflictClaims(ds: Dataset, r: Result, locale: Locale): ConflictClaim[] {
  const claims = r.claims.filter(usable);
  const byRank = ranksDiffer(r);
  const figures = new Map<string, ConflictClaim>();
  for (const c of byRank ? claims.filter((x) => x.rank !== undefined) : claims.filter((x) => x.value !== undefined && x.flag !== 'rounding')) {
    const figure = byRank ? formatRank(c.rank!, c.rank_of ?? 0) : formatValue(c.value!, c.precision, unitOf(ds, r), locale);
    const entry = figures.get(figure) ?? { figure, publishers: [], computedFrom: [] };
    // Two documents of one publisher back one figure: the publisher is named once.
    const publisher = publisherLabel(publisherOrganisation(getSource(ds, c.source).publisher), locale);
    const side = byRank && c.rank_kind === 'computed' ? entry.computedFrom : entry.publishers;
    if (!side.includes(publisher)) side.push(publisher);
    figures.set(figure, entry);
  }
  return [...figures.values()];
}

/** One figure of a conflict: who states it, and whose data this site computed it from. */
export interface ConflictClaim {
  figure: string;
  publishers: string[];
  computedFrom: string[];
}

/** "theo Báo Hà Nam và do trang này tính từ số liệu của CECODES, …": who gives a figure, as a reader says it. */
export function claimSources(g: ConflictClaim, locale: Locale): string {
  const t = ui(locale).marks;
  const list = (xs: string[]) => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(xs);
  const by = [g.publishers.length ? fillTemplate(t.statedBy, { publishers: list(g.publishers) }) : '', g.computedFrom.length ? fillTemplate(t.computedFrom, { publishers: list(g.computedFrom) }) : ''];
  return list(by.filter(Boolean));
}

type PlainClaim = { value?: number | undefined; precision?: number | undefined; source: string; flag?: string | undefined; preferred: boolean };

/** The conflict mark of a statistic or fact: each value its sources give, with their publishers (the same shape as a result's). */
function plainConflict(ds: Dataset, claims: PlainClaim[], unit: 'points' | 'percent' | undefined, locale: Locale): Mark | undefined {
  const t = ui(locale).marks;
  const figures = new Map<string, ConflictClaim>();
  for (const c of claims.filter((x) => usable(x) && x.value !== undefined && x.flag !== 'rounding')) {
    const figure = unit ? formatValue(c.value!, c.precision, unit, locale) : formatNumber(c.value!, c.precision ?? 0, locale);
    const entry = figures.get(figure) ?? { figure, publishers: [], computedFrom: [] };
    const publisher = publisherLabel(publisherOrganisation(getSource(ds, c.source).publisher), locale);
    if (!entry.publishers.includes(publisher)) entry.publishers.push(publisher);
    figures.set(figure, entry);
  }
  if (figures.size < 2) return undefined;
  const list = [...figures.values()];
  return { kind: 'conflict', label: '', text: `${t.conflictIntro} ${list.map((g) => `${g.figure} ${claimSources(g, locale)}`).join('; ')}.`, claims: list };
}

const secondaryMark = (locale: Locale): Mark => ({ kind: 'secondary', label: ui(locale).marks.secondary, text: ui(locale).marks.secondaryText });

/** The kinds of mark of a statistic's shown figure: the machine-readable part of statMarks. */
export function statMarkKinds(s: NationalStat): MarkKind[] {
  const shown = s.claims.find((c) => c.preferred) ?? s.claims[0]!;
  return MARK_KINDS.filter((k) => (k === 'conflict' && s.conflict) || (k === 'secondary' && shown.flag === 'secondary'));
}

/** The marks of a national or regional statistic: a conflict where its sources give different values, secondary where the shown value is. A computed mean is not a computed rank and carries no mark. */
export function statMarks(ds: Dataset, s: NationalStat, locale: Locale): Mark[] {
  const unit = s.stat === 'ranked-count' ? undefined : (measureDef(ds, s.index, s.year, s.measure)?.scale.unit ?? 'points');
  const conflict = s.conflict ? plainConflict(ds, s.claims, unit, locale) : undefined;
  const shown = s.claims.find((c) => c.preferred) ?? s.claims[0]!;
  return [...(conflict ? [conflict] : []), ...(shown.flag === 'secondary' ? [secondaryMark(locale)] : [])];
}

/** The marks of a sourced fact (counts, dates, texts): the same two kinds as a statistic's. */
export function factMarks(ds: Dataset, f: Fact, locale: Locale): Mark[] {
  const unit = f.unit === 'percent' || f.unit === 'points' ? f.unit : undefined;
  const conflict = f.conflict ? plainConflict(ds, f.claims, unit, locale) : undefined;
  const shown = f.claims.find((c) => c.preferred) ?? f.claims[0]!;
  return [...(conflict ? [conflict] : []), ...(shown.flag === 'secondary' ? [secondaryMark(locale)] : [])];
}

/** What sources disagree on: where the ranks differ, a note beside a score says so ("… về thứ hạng:"). */
export function conflictIntro(r: Result, locale: Locale): string {
  const t = ui(locale).marks;
  return ranksDiffer(r) ? t.conflictIntroRank : t.conflictIntro;
}

/**
 * The generated conflict note: "Các nguồn nói khác nhau về thứ hạng: 22/60 theo Báo Hà Nam và do trang này tính từ
 * số liệu của CECODES, …; 20/60 theo …".
 */
export function conflictNote(ds: Dataset, r: Result, locale: Locale): string {
  return `${conflictIntro(r, locale)} ${conflictClaims(ds, r, locale).map((g) => `${g.figure} ${claimSources(g, locale)}`).join('; ')}.`;
}

/** The arithmetic of a derived claim: the later figure and the change its source states. */
function derivedText(ds: Dataset, c: Claim, r: Result, locale: Locale): string {
  const t = ui(locale).marks;
  const d = c.derived!;
  const later = ds.results.get(d.from);
  const steps: string[] = [];
  const laterValue = later && headlineValue(later);
  const laterRank = later && headlineRank(later);
  const n = (x: number, p?: number) => formatNumber(x, p ?? 2, locale);
  if (d.value_change !== undefined && c.value !== undefined && laterValue?.value !== undefined) {
    steps.push(`${t.scoreWord} ${n(laterValue.value, c.precision)} ${d.value_change < 0 ? '+' : '−'} ${n(Math.abs(d.value_change), c.precision)} = ${n(c.value, c.precision)}`);
  }
  if (d.rank_change !== undefined && c.rank !== undefined && laterRank?.rank !== undefined) {
    steps.push(`${t.rankWord} ${laterRank.rank} ${d.rank_change < 0 ? '−' : '+'} ${Math.abs(d.rank_change)} = ${c.rank}`);
  }
  return fillTemplate(t.derivedText, { year: later?.year ?? r.year + 1, publisher: publisherLabel(getSource(ds, c.source).publisher, locale), arithmetic: steps.join('; ') || '—' });
}

/** The marks of a shown figure, with their wording in the page's locale. */
export function figureMarks(ds: Dataset, r: Result, show: Shown, locale: Locale): Mark[] {
  const t = ui(locale).marks;
  const claims = shownClaims(r, show);
  return markKinds(r, show).map((kind): Mark => {
    switch (kind) {
      case 'conflict':
        return { kind, label: '', text: conflictNote(ds, r, locale), claims: conflictClaims(ds, r, locale) };
      case 'computed': {
        const rank = headlineRank(r)!;
        const range = computedRankRange(ds, rank, r.year);
        return {
          kind,
          label: computedRankLabel(ds, rank, r.year, locale),
          // The label says the places it could really be; the text says why.
          text: range ? `${t.computedText} ${fillTemplate(t.computedRange, { among: range.among, of: range.of })}` : t.computedText,
          ...(range ? { briefText: fillTemplate(t.computedRange, { among: range.among, of: range.of }) } : { generic: true }),
        };
      }
      case 'derived':
        return { kind, label: t.derived, text: derivedText(ds, claims.find((c) => c.derived)!, r, locale) };
      case 'secondary':
        return { kind, label: t.secondary, text: t.secondaryText };
    }
  });
}

/**
 * The marks of a figure by its data key (a result, or a statistic a chart's comparison draws), limited to `kinds`:
 * what a table cell or a picture's note says. A comparison computed from secondary figures has no statistic of its
 * own in the data, and is secondary too.
 */
export function keyMarks(ds: Dataset, key: string, kinds: MarkKind[], show: Shown, locale: Locale): Mark[] {
  const r = ds.results.get(key);
  const s = ds.nationalStats.get(key);
  const marks = r ? figureMarks(ds, r, show, locale) : s ? statMarks(ds, s, locale) : [];
  return kinds.map((k) => marks.find((m) => m.kind === k) ?? (k === 'secondary' ? secondaryMark(locale) : undefined)).filter((m) => m !== undefined);
}

/** Why there is no figure for a key: outside the index's years, outside its method (or the province's life), or not found. */
export function noDataKind(ds: Dataset, index: string, year: number, province: string, measure: string): NoDataKind {
  const def = getIndex(ds, index);
  const published = yearsWithData(ds, index);
  if (year < def.first_year || year > (published.at(-1) ?? year)) return 'not-published';
  const p = ds.provinces.get(province);
  const y = (d: string | null | undefined) => (d ? Number(d.slice(0, 4)) : undefined);
  if (p && ((y(p.valid_from) ?? -Infinity) > year || (y(p.valid_to) ?? Infinity) < year)) return 'not-applicable';
  if (!periodFor(ds, index, year) || !measureDef(ds, index, year, measure)) return 'not-applicable';
  return 'not-found';
}

export function noDataText(kind: NoDataKind, locale: Locale): string {
  return ui(locale).marks.noData[kind];
}

/** "hạng 19 trên 63" / "ranked 19 of 63": how a rank x/N is read out. */
export function rankSpoken(rank: number, of: number, locale: Locale): string {
  return fillTemplate(ui(locale).marks.rankSpoken, { rank, of });
}
