/**
 * Chooses the preferred claim of a result and tells real conflicts from rounding.
 * Rules, in the words stored with every result (preferred_rule):
 * - an officially announced rank beats a rank computed from the data files; among official ranks that
 *   disagree, the one the data files support wins, then the one more sources state;
 * - without an official rank, the most precise value from an official source or data file is preferred;
 * - a value that equals another once rounded to its own published decimals is rounding, not a conflict;
 * - a known misprint is kept, flagged, and never preferred.
 */
import type { Claim, Source } from '../../src/data/schemas.ts';

export type Draft = Omit<Claim, 'preferred'>;
type Kind = Source['kind'];

const KIND_ORDER: Record<Kind, number> = { official: 0, dataset: 1, press: 2, mirror: 3 };

export const PREFERRED_RULE =
  'An officially announced rank is preferred to one computed from the data files; where official ranks disagree, the one the data files support wins, then the one more sources state. Otherwise the most precise value from an official source or data file is preferred. Rounded figures and known misprints are kept but never preferred.';

function roundsTo(precise: number, claimed: number, decimals: number): boolean {
  const unit = 10 ** -decimals;
  return Math.abs(precise - claimed) <= unit * 1.01;
}

/** Two figures really differ: neither is the other rounded to its published decimals, and they are more than 0,011 apart (the rule choosePreferred applies to results, for statistics). */
export function differBeyondRounding(a: { value: number; precision?: number | undefined }, b: { value: number; precision?: number | undefined }): boolean {
  const [rough, precise] = (a.precision ?? 0) <= (b.precision ?? 0) ? [a, b] : [b, a];
  const rounds = (rough.precision ?? 0) < (precise.precision ?? 0) && roundsTo(precise.value, rough.value, rough.precision ?? 0);
  return !rounds && Math.abs(a.value - b.value) > 0.011;
}

export interface Chosen {
  claims: Claim[];
  rule: string;
  /** Claims really disagree; the note readers see is generated from the claims (src/lib/marks.ts). */
  conflict?: true;
}

export function choosePreferred(drafts: Draft[], kindOf: (source: string) => Kind): Chosen {
  const claims = drafts.map((d) => ({ ...d }));
  const usable = claims.filter((c) => c.flag !== 'typo');

  // Values: the most precise non-misprint value is the reference; others that round to it are rounding.
  const valued = usable.filter((c) => c.value !== undefined).sort((a, b) => (b.precision ?? 0) - (a.precision ?? 0) || KIND_ORDER[kindOf(a.source)] - KIND_ORDER[kindOf(b.source)]);
  const ref = valued.find((c) => c.flag !== 'secondary') ?? valued[0];
  const valueConflicts: Draft[] = [];
  if (ref) {
    for (const c of valued) {
      if (c === ref || c.value === ref.value) continue;
      // A rounded reference (a press figure preferred to a secondary panel) and a more precise value it rounds: not a conflict.
      const rounds = (c.precision ?? 0) < (ref.precision ?? 0) ? roundsTo(ref.value!, c.value!, c.precision ?? 0) : (c.precision ?? 0) > (ref.precision ?? 0) && roundsTo(c.value!, ref.value!, ref.precision ?? 0);
      if (rounds) {
        c.flag ??= 'rounding';
        c.note ??= `rounded: the more precise figure is ${ref.value}`;
      } else if (Math.abs(c.value! - ref.value!) > 0.011) valueConflicts.push(c);
      else {
        c.flag ??= 'rounding';
        c.note ??= `differs by rounding from ${ref.value}`;
      }
    }
  }

  // Ranks: official first; the data files' computed rank arbitrates between official ones.
  const ranked = usable.filter((c) => c.rank !== undefined);
  const official = ranked.filter((c) => c.rank_kind === 'official');
  const computed = ranked.filter((c) => c.rank_kind === 'computed');
  const computedRanks = new Set(computed.map((c) => c.rank));
  const support = (rank: number) => ranked.filter((c) => c.rank === rank).length;
  const officialRanks = [...new Set(official.map((c) => c.rank!))];
  let chosenRank: number | undefined;
  if (officialRanks.length) {
    chosenRank = [...officialRanks].sort((a, b) => Number(computedRanks.has(b)) - Number(computedRanks.has(a)) || support(b) - support(a) || a - b)[0];
  } else if (computed.length) chosenRank = computed[0]!.rank;
  const distinctRanks = [...new Set(ranked.map((c) => c.rank!))];
  // Two computations of a rank that differ are not sources disagreeing; an official rank that differs is.
  const rankConflict = officialRanks.length > 0 && distinctRanks.length > 1;

  let preferred: Draft | undefined;
  if (chosenRank !== undefined && official.length) {
    preferred = official
      .filter((c) => c.rank === chosenRank)
      .sort((a, b) => Number(b.value !== undefined) - Number(a.value !== undefined) || KIND_ORDER[kindOf(a.source)] - KIND_ORDER[kindOf(b.source)])[0];
  }
  preferred ??= ref ?? ranked[0] ?? claims[0];

  const rest = claims
    .filter((c) => c !== preferred)
    .sort(
      (a, b) =>
        Number(Boolean(a.flag)) - Number(Boolean(b.flag)) ||
        (b.precision ?? -1) - (a.precision ?? -1) ||
        KIND_ORDER[kindOf(a.source)] - KIND_ORDER[kindOf(b.source)] ||
        a.source.localeCompare(b.source),
    );
  const ordered: Claim[] = [preferred!, ...rest].map((c) => ({ ...c, preferred: c === preferred }) as Claim);

  const conflict = rankConflict || valueConflicts.length > 0;
  return { claims: ordered, rule: PREFERRED_RULE, ...(conflict ? { conflict: true as const } : {}) };
}
