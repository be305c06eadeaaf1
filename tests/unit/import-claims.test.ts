/** How the import chooses a result's preferred claim (scripts/import/claims.ts), on small inline claims. */
import { describe, expect, it } from 'vitest';
import { choosePreferred, differBeyondRounding, PREFERRED_RULE, type Draft } from '../../scripts/import/claims.ts';

const KINDS: Record<string, 'official' | 'dataset' | 'press' | 'mirror'> = { gov: 'official', data: 'dataset', news: 'press', news2: 'press' };
const kindOf = (s: string) => KINDS[s]!;
const preferred = (drafts: Draft[]) => choosePreferred(drafts, kindOf).claims.find((c) => c.preferred)!;

describe('choosePreferred', () => {
  it('prefers the most precise value, and marks the rounded one as rounding, not a conflict', () => {
    const chosen = choosePreferred([{ value: 43.3, precision: 1, source: 'news' }, { value: 43.2855, precision: 4, source: 'data' }], kindOf);
    expect(chosen.claims[0]).toMatchObject({ value: 43.2855, preferred: true });
    expect(chosen.claims[1]).toMatchObject({ value: 43.3, preferred: false, flag: 'rounding' });
    expect(chosen.conflict).toBeUndefined();
    expect(chosen.rule).toBe(PREFERRED_RULE);
  });

  it('a secondary panel gives way to a rounded press figure, and the two are rounding, not a conflict (PCI 2017: 66,7 and 66,69)', () => {
    const chosen = choosePreferred([{ value: 66.69, precision: 2, source: 'data', flag: 'secondary' }, { value: 66.7, precision: 1, source: 'news' }], kindOf);
    expect(chosen.claims.find((c) => c.preferred)).toMatchObject({ value: 66.7, source: 'news' });
    expect(chosen.conflict).toBeUndefined();
    // A value that does not round to the press figure is still a conflict.
    expect(choosePreferred([{ value: 66.59, precision: 2, source: 'data', flag: 'secondary' }, { value: 66.7, precision: 1, source: 'news' }], kindOf).conflict).toBe(true);
  });

  it('never prefers a known misprint, however precise', () => {
    expect(preferred([{ value: 48.881, precision: 3, source: 'gov', flag: 'typo' }, { value: 48.81, precision: 2, source: 'news' }])).toMatchObject({ value: 48.81 });
  });

  it('prefers an official rank to a computed one', () => {
    const p = preferred([
      { value: 81.51, precision: 2, rank: 59, rank_of: 63, rank_kind: 'computed', source: 'data' },
      { value: 81.51, precision: 2, rank: 60, rank_of: 63, rank_kind: 'official', source: 'gov' },
    ]);
    expect(p).toMatchObject({ rank: 60, rank_kind: 'official', source: 'gov' });
  });

  it('between official ranks that disagree, takes the one the data files support, and records the conflict', () => {
    const chosen = choosePreferred(
      [
        { rank: 20, rank_of: 63, rank_kind: 'official', source: 'news' },
        { rank: 22, rank_of: 63, rank_kind: 'official', source: 'news2' },
        { rank: 22, rank_of: 63, rank_kind: 'computed', source: 'data' },
      ],
      kindOf,
    );
    expect(chosen.claims.find((c) => c.preferred)).toMatchObject({ rank: 22, source: 'news2' });
    expect(chosen.conflict).toBe(true);
  });

  it('calls two scores a conflict only beyond rounding', () => {
    expect(choosePreferred([{ value: 41.53, precision: 2, source: 'data' }, { value: 42.53, precision: 2, source: 'news' }], kindOf).conflict).toBe(true);
    expect(choosePreferred([{ value: 41.5312, precision: 4, source: 'data' }, { value: 41.53, precision: 2, source: 'news' }], kindOf).conflict).toBeUndefined();
  });
});

describe('statistics: rounding is not a conflict', () => {
  it('a figure and the same figure rounded agree; two published figures apart disagree', () => {
    expect(differBeyondRounding({ value: 35.75, precision: 2 }, { value: 35.7496, precision: 4 })).toBe(false);
    // The research rounded 40,8365… down and 42,7765 up: both are within half a unit of the precise figure.
    expect(differBeyondRounding({ value: 40.836, precision: 3 }, { value: 40.8365, precision: 4 })).toBe(false);
    expect(differBeyondRounding({ value: 42.777, precision: 3 }, { value: 42.7765, precision: 4 })).toBe(false);
    expect(differBeyondRounding({ value: 43.78, precision: 2 }, { value: 44.0777, precision: 4 })).toBe(true);
    expect(differBeyondRounding({ value: 86.82, precision: 2 }, { value: 87.72, precision: 2 })).toBe(true);
  });
});
