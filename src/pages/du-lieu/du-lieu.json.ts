import { loadDataset } from '../../lib/dataset.ts';
import { headlineRank, headlineValue } from '../../lib/results.ts';
import { conflictNote, markKinds } from '../../lib/marks.ts';

/** The figures the site shows, as one JSON file (every claim is in khang-dinh.csv). */
export async function GET() {
  const ds = loadDataset();
  const results = [...ds.results.values()].map((r) => {
    const v = headlineValue(r);
    const k = headlineRank(r);
    return { key: r.id, value: v?.value ?? null, value_source: v?.source ?? null, rank: k?.rank ?? null, rank_of: k?.rank_of ?? null, rank_kind: k?.rank_kind ?? null, rank_source: k?.source ?? null, marks: markKinds(r), conflict: r.conflict ? { note_vi: conflictNote(ds, r, 'vi'), note_en: conflictNote(ds, r, 'en') } : null };
  });
  const body = { provinces: ds.provinceList, regions: [...ds.regions.values()], indices: [...ds.indices.values()], sources: [...ds.sources.values()], results, national_stats: [...ds.nationalStats.values()] };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
