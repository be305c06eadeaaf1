/**
 * Query expansion for readers who type Vietnamese without accents.
 * Pagefind folds tone and vowel marks but keeps đ ("đánh" is indexed as "đanh"), so "danh gia" misses.
 * đ only ever begins a syllable: try d and đ at each syllable start (and Telex "dd" as đ), then merge by score.
 */

/** NFC (some keyboards send decomposed letters), single spaces, no outer blanks. */
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const SYLLABLE_START = /(^|[\s"'(\-–])(dd|d)(?=[a-zà-ỹ])/giu;

/** Every spelling of the query with d ↔ đ at syllable starts, the typed one first; at most `max`. */
export function queryVariants(raw: string, max = 16): string[] {
  const query = normaliseQuery(raw);
  const spots: { index: number; length: number; upper: boolean }[] = [];
  for (const m of query.matchAll(SYLLABLE_START)) {
    const index = (m.index ?? 0) + m[1]!.length;
    spots.push({ index, length: m[2]!.length, upper: m[2]![0] === 'D' });
  }
  // Keep the number of searches bounded: expand the first few syllables only.
  const used = spots.slice(0, Math.floor(Math.log2(max)));
  const variants = new Set<string>([query]);
  for (let mask = 1; mask < 1 << used.length; mask++) {
    let out = '';
    let last = 0;
    used.forEach((spot, i) => {
      out += query.slice(last, spot.index);
      const chosen = mask & (1 << i);
      // "dd" typed in Telex means đ; a plain "d" may be d or đ.
      out += chosen ? (spot.upper ? 'Đ' : 'đ') : query.slice(spot.index, spot.index + (spot.length === 2 ? 1 : spot.length));
      last = spot.index + spot.length;
    });
    out += query.slice(last);
    variants.add(out);
  }
  return [...variants].slice(0, max);
}

export interface ScoredResult {
  id: string;
  score: number;
}

/** Merges result lists from several variants: one entry per page, with its best score, best first. */
export function mergeByScore<T extends ScoredResult>(lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const r of list) {
      const prev = best.get(r.id);
      if (!prev || r.score > prev.score) best.set(r.id, r);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
