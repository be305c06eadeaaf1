/**
 * npm run data:import — reads ../shared/research and writes content/data. Deterministic; its output is committed.
 * Every research row lands somewhere (a result claim, a national statistic or a sourced fact) or is named
 * with the reason it was skipped, in content/data/import-manifest.json. The site never reads ../shared.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim, Fact, Manifest, NationalStat, Result, Source } from '../src/data/schemas.ts';
import { decimals, fixEnglish, int, num, readCsv, shorten, slugify, sourceIdForUrl, stableJson, type Row } from './import/common.ts';
import { buildProvinces, NEW_NINH_BINH, provinceMatcher, REGIONS, scopeOf } from './import/geography.ts';
import { BOUNDARY_SOURCE, importBoundaries } from './import/geo.ts';
import { buildIndices, PAPI_DIMENSIONS, PAR_DOMAINS, PCI_SUBINDICES, type PapiTree } from './import/indices.ts';
import { choosePreferred, differBeyondRounding, type Draft } from './import/claims.ts';
import { importCriteria } from './import/criteria.ts';
import { hostOf, mirrorOf, publisherOf } from './import/publishers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESEARCH = path.resolve(ROOT, process.env['RESEARCH_DIR'] ?? '../shared/research');
const SEED_DIR = path.resolve(RESEARCH, '../seed');
const OUT = path.join(ROOT, 'content/data');

if (!existsSync(RESEARCH)) {
  console.error(`Research folder not found: ${RESEARCH}. Set RESEARCH_DIR to import from elsewhere.`);
  process.exit(1);
}

/* ------------------------------------------------------------------ sources */

const sources = new Map<string, Source>();
const statements: { file: string; row: number; r: Row; source: string }[] = [];

/** The date a source states: only the leading part of the research's field, never a date in its parenthetical note (often the event's). */
function dateOf(field: string): string | null {
  const raw = field.split('(')[0]!;
  const iso = /(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(raw);
  if (iso) return iso[0];
  const vn = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(raw);
  if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  const y = /\b(20\d{2})\b/.exec(raw);
  return y ? y[1]! : null;
}

/** The source a research row cites: for a mirror, the original publisher's record (the mirror is kept, never linked). */
function sourceFor(r: Row): string {
  const url = r['source_url']!.trim();
  const host = hostOf(url);
  const id = sourceIdForUrl(url);
  const mirror = mirrorOf(url);
  const title = r['source_title']!.trim();
  const date = dateOf(r['source_date'] ?? '');
  const dateNote = r['source_date']?.trim() ? shorten(r['source_date']!, 200) : undefined;
  // "2024 (after PAPI 2023 launch 2024-04-02; exact date not in stored copy)": the launch is the event's date.
  const launch = /(\d{4}-\d{2}-\d{2}) launch|launch (\d{4}-\d{2}-\d{2})/.exec(r['source_date'] ?? '');
  const eventDate = launch?.[1] ?? launch?.[2];
  if (mirror) {
    const originalId = `${id}-goc`;
    if (!sources.has(originalId)) {
      sources.set(originalId, {
        id: originalId,
        title: title.replace(/\s*\((?:[^()]*mirror[^()]*|[^()]*hosted on[^()]*|[^()]*reposted[^()]*)\)\s*$/i, '').trim() || title,
        publisher: mirror.label,
        url: null,
        date,
        ...(dateNote ? { date_note: dateNote } : {}),
        excerpt: shorten(r['excerpt'] ?? title),
        kind: 'press',
        read_via: id,
      });
      sources.set(id, {
        id,
        title,
        publisher: host,
        url: null,
        date,
        date_note: `${mirror.note}; never linked: the site cites ${mirror.label}`,
        excerpt: shorten(r['excerpt'] ?? title),
        kind: 'mirror',
        cites_instead: originalId,
      });
    }
    return originalId;
  }
  if (!sources.has(id)) {
    const publisher = publisherOf(url);
    sources.set(id, {
      id,
      title,
      publisher: publisher.label,
      ...(publisher.copy ? { data_copy: publisher.copy } : {}),
      url: publisher.unlinked ? null : url,
      date,
      ...(eventDate && eventDate !== date ? { event_date: eventDate } : {}),
      ...(dateNote || publisher.unlinked ? { date_note: [dateNote, publisher.unlinked].filter(Boolean).join('; ') } : {}),
      excerpt: shorten(r['excerpt'] ?? title),
      kind: publisher.kind,
      lang: /[ăâđêôơư]/i.test(title) ? 'vi' : 'en',
    });
  }
  return id;
}

/* ------------------------------------------------------------- research data */

const papiFull = readCsv(RESEARCH, 'papi-full-tables-2011-2024.csv');
const provinceSlug = provinceMatcher(buildProvinces(papiFull));
// The boundary files carry each province's GSO code, which the maps join on.
const provinces = importBoundaries(RESEARCH, OUT, buildProvinces(papiFull), provinceSlug, NEW_NINH_BINH);
sources.set(BOUNDARY_SOURCE.id, BOUNDARY_SOURCE);
const tree = JSON.parse(readFileSync(path.join(RESEARCH, 'papi-tree.json'), 'utf8')) as PapiTree & { workbook_copy_url: string };
const subdimRows = readCsv(RESEARCH, 'papi-ha-nam-subdimensions.csv');

// Sources for the derived tables, which carry no source columns of their own.
const DERIVED = {
  papiFull: 'nghien-cuu-papi-bang-day-du',
  pciEarly: 'nghien-cuu-pci-2005-2016',
  pciLate: 'nghien-cuu-pci-2017-2021',
  seed: 'tap-chi-thanh-tra-2022-06-23',
};
sources.set(DERIVED.papiFull, {
  id: DERIVED.papiFull,
  title: 'PAPI: điểm tổng và điểm lĩnh vực của mọi tỉnh, 2011–2024 (các tệp dữ liệu PAPI chính thức trên papi.org.vn)',
  publisher: publisherOf('https://papi.org.vn/').label,
  data_copy: [publisherOf('https://github.com/hnks-gh/ml-mcdm').copy, publisherOf('https://github.com/tunah72/papi-dashboard').copy].join('; '),
  url: 'https://papi.org.vn/',
  date: null,
  date_note: 'Dimension scores are sums of the official sub-dimension scores; totals are their unweighted sum. Ranks were computed by the research among provinces with complete data and are not official.',
  excerpt: 'Full PAPI tables for every province, 2011–2024: total and dimension scores; rank_computed ranks the provinces that have complete data.',
  kind: 'dataset',
});
sources.set(DERIVED.pciEarly, {
  id: DERIVED.pciEarly,
  title: 'PCI 2005–2016: điểm và chỉ số thành phần của các tỉnh (tệp Excel của VCCI)',
  publisher: publisherOf('https://github.com/mdtrinh/vietnamdata').label,
  data_copy: publisherOf('https://github.com/mdtrinh/vietnamdata').copy!,
  url: 'https://github.com/mdtrinh/vietnamdata',
  date: null,
  date_note: 'Ranks computed by the research; for Hà Nam they match the official pcivietnam.vn profile for 2006–2016.',
  excerpt: 'PCI (VCCI) scores and sub-indices for every ranked province, 2005–2016, from VCCI\u2019s own spreadsheets.',
  kind: 'dataset',
});
sources.set(DERIVED.pciLate, {
  id: DERIVED.pciLate,
  title: 'PCI 2017–2021: điểm và chỉ số thành phần của 63 tỉnh (bảng nghiên cứu thứ cấp)',
  publisher: publisherOf('https://github.com/letrinhandn/Citizen-Participation-and-Local-Economic-Growth-in-Vietnam').label,
  data_copy: publisherOf('https://github.com/letrinhandn/Citizen-Participation-and-Local-Economic-Growth-in-Vietnam').copy!,
  url: 'https://github.com/letrinhandn/Citizen-Participation-and-Local-Economic-Growth-in-Vietnam',
  date: null,
  date_note: 'A secondary research panel that matched every official PCI figure checked against it. Ranks computed by the research.',
  excerpt: 'PCI scores and the 10 sub-indices for all 63 provinces, 2017–2021, from a secondary research panel.',
  kind: 'dataset',
});

/* ------------------------------------------------------------------ claims */

const drafts = new Map<string, { index: Result['index']; year: number; province: string; measure: string; claims: Draft[] }>();
const manifestRows = new Map<string, { read: number; placed: number; skipped: { row: string; reason: string }[] }>();
const note = (file: string) => {
  let m = manifestRows.get(file);
  if (!m) manifestRows.set(file, (m = { read: 0, placed: 0, skipped: [] }));
  return m;
};

function addClaim(index: Result['index'], year: number, province: string, measure: string, claim: Draft): void {
  const id = `${index}/${year}/${province}/${measure}`;
  let d = drafts.get(id);
  if (!d) drafts.set(id, (d = { index, year, province, measure, claims: [] }));
  // The same source saying the same thing in two research files is one claim with two origins.
  const same = d.claims.find((c) => c.source === claim.source && c.value === claim.value && (c.rank === claim.rank || !c.rank || !claim.rank));
  if (same) {
    same.origin = [...new Set([...(same.origin ?? []), ...(claim.origin ?? [])])];
    if (claim.rank && !same.rank) Object.assign(same, { rank: claim.rank, rank_of: claim.rank_of, rank_kind: claim.rank_kind, rank_note: claim.rank_note });
    return;
  }
  d.claims.push(claim);
}

const INDEX_OF: Record<string, Result['index']> = { PAPI: 'papi', 'PAR INDEX': 'par-index', SIPAS: 'sipas', PCI: 'pci' };

/** Known misprints named by the research's errata: kept as claims, flagged, never preferred. */
const TYPOS: { index: string; year: number; province: string; value: number; note: string }[] = [
  { index: 'papi', year: 2020, province: 'quang-ninh', value: 48.881, note: 'misprint of 48.811 (errata)' },
  { index: 'papi', year: 2021, province: 'thua-thien-hue', value: 48.095, note: 'digit transposition of 48.059 (errata)' },
  { index: 'papi', year: 2019, province: 'ha-noi', value: 42.53, note: 'misprint; the data file gives 41.53 (errata)' },
  { index: 'papi', year: 2019, province: 'quang-ninh', value: 44.66, note: 'misprint; the data file gives 46.66' },
];

/** The domain names of par-sipas-2/ha-nam.csv → the PAR INDEX domain ids. */
const PAR_DOMAIN_SLUGS: Record<string, string> = {
  'cong-tac-chi-dao-dieu-hanh': 'chi-dao-dieu-hanh',
  'xay-dung-to-chuc-thuc-hien-VBQPPL': 'van-ban-qppl',
  'cai-cach-TTHC': 'cai-cach-tthc',
  'cai-cach-to-chuc-bo-may': 'to-chuc-bo-may',
  'doi-ngu-CBCCVC': 'doi-ngu-cbccvc',
  'cai-cach-tai-chinh-cong': 'tai-chinh-cong',
  'hien-dai-hoa-hanh-chinh': 'hien-dai-hoa',
  'tac-dong-phat-trien-KTXH': 'tac-dong-kt-xh',
  'tac-dong-den-nguoi-dan-to-chuc-SIPAS': 'tac-dong-nguoi-dan',
};

/** Which measure a figures row is about, or undefined when it is not a province result. */
function measureOf(index: Result['index'], raw: string): { measure: string; rankOnly?: boolean; secondary?: boolean; computedRank?: boolean } | undefined {
  const m = raw.trim();
  const lower = m.toLowerCase();
  if (lower === 'total' || lower === 'total (as stated on par/sipas page)') return { measure: 'total' };
  if (lower === 'total (secondary dataset)' || /^sipas_index \(secondary dataset\)$/.test(lower)) return { measure: 'total', secondary: true };
  if (lower === 'rank') return { measure: 'total', rankOnly: true };
  if (lower === 'rank (computed from full 63-province panel)') return { measure: 'total', rankOnly: true, computedRank: true };
  if (index === 'papi') {
    if (PAPI_DIMENSIONS[lower]) return { measure: PAPI_DIMENSIONS[lower]! };
    const sub = /^participation: (.+)$/.exec(lower);
    if (sub) {
      const names = ['civic knowledge', 'opportunities for participation in elections', 'quality of village head elections', 'voluntary contributions'];
      const i = names.indexOf(sub[1]!);
      if (i >= 0) return { measure: `1.${i + 1}` };
    }
  }
  if (index === 'par-index') {
    const named = /^domain:(.+) \(points\)$/.exec(m);
    if (named) return PAR_DOMAIN_SLUGS[named[1]!] ? { measure: PAR_DOMAIN_SLUGS[named[1]!]! } : undefined;
    const d = PAR_DOMAINS.find((x) => x.match.test(m));
    if (d) return { measure: d.id };
  }
  if (index === 'pci') {
    const s = PCI_SUBINDICES.find((x) => x.names.includes(m));
    if (s) return { measure: s.id };
  }
  return undefined;
}

function statOf(raw: string): NationalStat['stat'] | undefined {
  const s = raw.toLowerCase();
  if (/^median$/.test(s)) return 'median';
  if (/^(average|national average|regional average|national satisfaction)\b/.test(s)) return 'mean';
  if (/^highest provincial total$/.test(s)) return 'best';
  if (/^lowest provincial score$/.test(s)) return 'worst';
  return undefined;
}

type StatDraft = { index: Result['index']; year: number; scope: string; measure: string; stat: NationalStat['stat']; claims: (NationalStat['claims'][number])[] };
const statDrafts = new Map<string, StatDraft>();
function addStat(d: Omit<StatDraft, 'claims'>, claim: NationalStat['claims'][number]): void {
  const id = `${d.index}/${d.year}/${d.scope}/${d.measure}/${d.stat}`;
  let s = statDrafts.get(id);
  if (!s) statDrafts.set(id, (s = { ...d, claims: [] }));
  const same = s.claims.find((c) => c.source === claim.source && c.value === claim.value);
  if (same) {
    same.origin = [...new Set([...(same.origin ?? []), ...(claim.origin ?? [])])];
    return;
  }
  s.claims.push(claim);
}

/** A stated change: places, optionally points ("giảm 17 bậc và 1,94 điểm"), and the year compared with. */
const RANK_CHANGE = /(tăng|giảm)\s+0?(\d+)\s+bậc(?:\s+và\s+(\d+(?:,\d+)?)\s+điểm)?(?:[^.]{0,40}?so với (?:năm )?(\d{4}))?/i;

function importFigures(file: string, adapt: (r: Row) => Row = (r) => r): void {
  readCsv(RESEARCH, file).map(adapt).forEach((r, i) => {
    const m = note(file);
    m.read++;
    const rowRef = `${file}#${i + 1}`;
    const index = INDEX_OF[r['index']!.trim()];
    const year = int(r['year']);
    const source = sourceFor(r);
    if (!index) {
      m.skipped.push({ row: rowRef, reason: `unknown index "${r['index']}"` });
      return;
    }
    const province = provinceSlug(r['province']!);
    const which = measureOf(index, r['measure']!);
    const value = num(r['value']);
    const rank = int(r['rank']);
    const rankOf = int(r['rank_of']);
    const excerpt = shorten(r['excerpt'] ?? '', 400);
    if (province && which && year !== undefined && (value !== undefined || rank !== undefined)) {
      const src = sources.get(source)!;
      const typo = value !== undefined ? TYPOS.find((t) => t.index === index && t.year === year && t.province === province && Math.abs(t.value - value) < 1e-9) : undefined;
      const computed = which.computedRank || (rank !== undefined && src.kind === 'dataset');
      const change = province === 'ha-nam' || excerpt.includes(r['province']!.trim()) ? RANK_CHANGE.exec(excerpt) : null;
      const claim: Draft = {
        ...(value !== undefined && !which.rankOnly ? { value, precision: decimals(r['value']!) } : {}),
        ...(rank !== undefined ? { rank, ...(rankOf ? { rank_of: rankOf } : {}), rank_kind: computed ? 'computed' : 'official' } : {}),
        ...(computed && rank !== undefined ? { rank_note: rankOf ? `computed by the dataset's compiler among the ${rankOf} provinces with complete data` : 'computed by the dataset\u2019s compiler' } : {}),
        ...(change && which.measure === 'total' && rank !== undefined && !computed
          ? {
              rank_change: (change[1]!.toLowerCase() === 'tăng' ? 1 : -1) * Number(change[2]),
              ...(change[4] ? { rank_change_from: Number(change[4]) } : { rank_change_from: year - 1 }),
              ...(change[3] ? { value_change: (change[1]!.toLowerCase() === 'tăng' ? 1 : -1) * Number(change[3].replace(',', '.')) } : {}),
            }
          : {}),
        source,
        ...(typo ? { flag: 'typo' as const, note: typo.note } : which.secondary || (src.url && publisherOf(src.url).secondary) ? { flag: 'secondary' as const } : {}),
        ...(excerpt ? { quote: excerpt } : {}),
        origin: [rowRef],
      };
      // A rank with no N cannot be read as x/N: keep it, with the N the source leaves out noted.
      if (claim.rank !== undefined && claim.rank_of === undefined) {
        statements.push({ file, row: i + 1, r, source });
        m.placed++;
        return;
      }
      addClaim(index, year, province, which.measure, claim);
      m.placed++;
      return;
    }
    const scope = scopeOf(r['province']!);
    const stat = statOf(r['measure']!);
    if (scope && stat && year !== undefined && value !== undefined) {
      addStat(
        { index, year, scope, measure: 'total', stat },
        { value, precision: decimals(r['value']!), computed: false, source, preferred: false, ...(excerpt ? { quote: excerpt } : {}), origin: [rowRef] } as NationalStat['claims'][number],
      );
      m.placed++;
      return;
    }
    // Everything else (ranges, counts, lists of provinces, method notes) is kept as a sourced statement.
    statements.push({ file, row: i + 1, r, source });
    m.placed++;
  });
}

importFigures('figures.csv');
importFigures('figures-par-sipas.csv');

/** The 2026-12 additions share one layout (published_date, quote, publisher): read as the figures files are. */
const THIRD_PARTY = /third-party compilation/i;
const additions = (r: Row): Row => {
  const measure = r['measure']!.trim();
  const secondary = THIRD_PARTY.test(r['publisher'] ?? '');
  return {
    ...r,
    measure: measure === 'total (rank)' ? 'rank' : measure === 'total' && secondary ? 'total (secondary dataset)' : measure,
    source_date: r['published_date'] ?? '',
    excerpt: r['quote'] ?? '',
    scale: '',
  };
};
importFigures('par-sipas-2/ha-nam.csv', additions);
importFigures('par-sipas-2/provinces-partial.csv', additions);

/*
 * Values derived from a stated change ("giảm 17 bậc và 1,94 điểm so với năm 2020"): Hà Nam's PAR INDEX 2020 and
 * SIPAS 2019 rank. Only where no source states the year itself; cited to the source that states the change.
 */
const STATED_CHANGE = /(tăng|giảm)\s+(\d+)\s+bậc(?:\s+và\s+(\d+(?:,\d+)?)\s+điểm)?\s+so với năm (\d{4})/i;
for (const [id, d] of [...drafts.entries()].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
  if (d.province !== 'ha-nam' || d.measure !== 'total') continue;
  const stating = d.claims.find((c) => c.origin?.some((o) => o.startsWith('par-sipas-2/ha-nam.csv#')) && c.quote && STATED_CHANGE.test(c.quote));
  const m = stating && STATED_CHANGE.exec(stating.quote!);
  if (!stating || !m) continue;
  const sign = m[1]!.toLowerCase() === 'tăng' ? 1 : -1;
  const rankChange = sign * Number(m[2]);
  const valueChange = m[3] ? sign * Number(m[3].replace(',', '.')) : undefined;
  const year = Number(m[4]);
  if (drafts.has(`${d.index}/${year}/ha-nam/total`)) continue;
  const precision = stating.precision ?? 2;
  const value = valueChange !== undefined && stating.value !== undefined ? Number((stating.value - valueChange).toFixed(precision)) : undefined;
  const rank = stating.rank !== undefined ? stating.rank + rankChange : undefined;
  const arithmetic = [
    value !== undefined ? `${stating.value} − (${valueChange}) = ${value}` : '',
    rank !== undefined ? `rank ${stating.rank} + (${rankChange}) = ${rank}` : '',
  ].filter(Boolean);
  addClaim(d.index, year, 'ha-nam', 'total', {
    ...(value !== undefined ? { value, precision } : {}),
    ...(rank !== undefined ? { rank, rank_of: stating.rank_of!, rank_kind: 'official' as const, rank_note: `derived from the ${d.year} rank and the stated change, not announced` } : {}),
    derived: { from: id, ...(valueChange !== undefined ? { value_change: valueChange } : {}), rank_change: rankChange },
    source: stating.source,
    note: `derived from the stated change (${d.year} vs ${year}): ${arithmetic.join('; ')}`,
    quote: stating.quote!,
    origin: stating.origin!.filter((o) => o.startsWith('par-sipas-2/ha-nam.csv#')),
  });
}

/* ----------------------------------------------------------- full PAPI tables */

const PAPI_COLUMNS = Object.entries({
  'Participation at local levels': '1',
  Transparency: '2',
  'Vertical accountability': '3',
  'Control of corruption': '4',
  'Public administrative procedures': '5',
  'Public service delivery': '6',
  'Environmental governance': '7',
  'E-governance': '8',
});

function papiRankNote(year: number, of: number): string {
  if (year === 2024) return `computed among the ${of} provinces in the 2024 data file (Vĩnh Phúc and Tiền Giang are missing), so not an official rank: the place among 63 may differ`;
  return `computed among the ${of} provinces with complete data in the official data files`;
}

{
  const file = 'papi-full-tables-2011-2024.csv';
  papiFull.forEach((r, i) => {
    const m = note(file);
    m.read++;
    const year = Number(r['year']);
    const province = provinceSlug(r['province']!)!;
    const origin = [`${file}#${i + 1}`];
    const total = num(r['total']);
    const rank = int(r['rank_computed']);
    const of = int(r['ranked_of']);
    if (total !== undefined) {
      addClaim('papi', year, province, 'total', {
        value: total,
        precision: decimals(r['total']!),
        ...(rank && of ? { rank, rank_of: of, rank_kind: 'computed', rank_note: papiRankNote(year, of) } : {}),
        source: DERIVED.papiFull,
        origin,
        ...(r['complete'] === 'no' ? { note: 'some dimensions are missing in the data file for this year' } : {}),
      });
    }
    for (const [col, measure] of PAPI_COLUMNS) {
      const v = num(r[col]);
      if (v !== undefined) addClaim('papi', year, province, measure, { value: v, precision: decimals(r[col]!), source: DERIVED.papiFull, origin });
    }
    m.placed++;
  });
}

/* ------------------------------------------- Hà Nam profile: dimension ranks */

{
  const file = 'papi-ha-nam-profile.csv';
  readCsv(RESEARCH, file).forEach((r, i) => {
    const m = note(file);
    m.read++;
    const year = Number(r['year']);
    const dim = r['dimension']!;
    const measure = dim === 'TOTAL' ? 'total' : PAPI_DIMENSIONS[dim.toLowerCase()];
    const origin = [`${file}#${i + 1}`];
    if (!measure) {
      m.skipped.push({ row: origin[0]!, reason: `unknown dimension "${dim}"` });
      return;
    }
    const value = num(r['ha_nam_score'])!;
    const rank = int(r['rank_computed']);
    const of = int(r['ranked_of']);
    addClaim('papi', year, 'ha-nam', measure, {
      value,
      precision: decimals(r['ha_nam_score']!),
      ...(rank && of ? { rank, rank_of: of, rank_kind: 'computed', rank_note: papiRankNote(year, of) } : {}),
      source: DERIVED.papiFull,
      origin,
    });
    const stats: [string, NationalStat['stat']][] = [['national_mean', 'mean'], ['national_max', 'best'], ['national_min', 'worst']];
    for (const [col, stat] of stats) {
      const v = num(r[col]);
      if (v !== undefined) addStat({ index: 'papi', year, scope: 'national', measure, stat }, { value: v, precision: decimals(r[col]!), computed: true, source: DERIVED.papiFull, preferred: false, origin });
    }
    m.placed++;
  });
}

/* ------------------------------------------------- PAPI national statistics */

{
  const file = 'papi-national-stats.csv';
  readCsv(RESEARCH, file).forEach((r, i) => {
    const m = note(file);
    m.read++;
    const year = Number(r['year']);
    const origin = [`${file}#${i + 1}`];
    const base = { index: 'papi' as const, year, scope: 'national', measure: 'total' };
    const c = (value: number, precision: number, extra: { province?: string } = {}) =>
      ({ value, precision, computed: true, source: DERIVED.papiFull, preferred: false, origin, ...extra }) as NationalStat['claims'][number];
    addStat({ ...base, stat: 'ranked-count' }, c(Number(r['n_ranked']), 0));
    addStat({ ...base, stat: 'mean' }, c(num(r['mean'])!, decimals(r['mean']!)));
    addStat({ ...base, stat: 'median' }, c(num(r['median'])!, decimals(r['median']!)));
    addStat({ ...base, stat: 'best' }, c(num(r['max'])!, decimals(r['max']!), { province: provinceSlug(r['max_province']!)! }));
    addStat({ ...base, stat: 'worst' }, c(num(r['min'])!, decimals(r['min']!), { province: provinceSlug(r['min_province']!)! }));
    m.placed++;
  });
}

/* ------------------------------------------------ Hà Nam PAPI sub-dimensions */

const oldSubdims = new Map<string, string>();
{
  const file = 'papi-ha-nam-subdimensions.csv';
  subdimRows.forEach((r, i) => {
    const m = note(file);
    m.read++;
    const code = /^SC(\d)(\d)$/.exec(r['subdimension_code']!);
    const year = Number(r['year']);
    if (!code) {
      m.skipped.push({ row: `${file}#${i + 1}`, reason: `unreadable code "${r['subdimension_code']}"` });
      return;
    }
    const measure = `${code[1]}.${code[2]}`;
    if (year < 2018) oldSubdims.set(measure, fixEnglish(r['subdimension']!));
    addClaim('papi', year, 'ha-nam', measure, { value: num(r['score'])!, precision: decimals(r['score']!), source: DERIVED.papiFull, origin: [`${file}#${i + 1}`] });
    m.placed++;
  });
}

/* --------------------------------------------------------------- PCI tables */

for (const [file, source] of [['pci-full-tables-2005-2016.csv', DERIVED.pciEarly], ['pci-full-tables-2017-2021.csv', DERIVED.pciLate]] as const) {
  // 2017–2021 come from a secondary research panel (research README): every figure of it carries the secondary mark,
  // and a VCCI or press figure for the same key is preferred to it.
  const url = sources.get(source)?.url;
  const panel = url && publisherOf(url).secondary ? { flag: 'secondary' as const } : {};
  readCsv(RESEARCH, file).forEach((r, i) => {
    const m = note(file);
    m.read++;
    const year = Number(r['year']);
    const province = provinceSlug(r['province']!.replace('Thừa Thiên-Huế', 'Thừa Thiên Huế'));
    const origin = [`${file}#${i + 1}`];
    if (!province) {
      m.skipped.push({ row: origin[0]!, reason: `unknown province "${r['province']}"` });
      return;
    }
    const rank = int(r['rank_computed']);
    const of = int(r['ranked_of']);
    addClaim('pci', year, province, 'total', {
      value: num(r['pci_score'])!,
      precision: decimals(r['pci_score']!),
      ...(rank && of ? { rank, rank_of: of, rank_kind: 'computed', rank_note: `computed among the ${of} provinces in the table` } : {}),
      source,
      ...panel,
      origin,
    });
    for (const s of PCI_SUBINDICES) {
      const col = s.names.find((n) => r[n] !== undefined && r[n] !== '');
      const v = col ? num(r[col]) : undefined;
      if (v !== undefined) addClaim('pci', year, province, s.id, { value: v, precision: decimals(r[col!]!), source, ...panel, origin });
    }
    m.placed++;
  });
}

/* ------------------------------------------------------------- seed article */

{
  const file = 'seed';
  const seedFiles = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')) : [];
  const text = seedFiles.map((f) => readFileSync(path.join(SEED_DIR, f), 'utf8')).join('\n');
  const m = note(file);
  const seedQuote = (re: RegExp) => shorten(re.exec(text)?.[0] ?? '', 300);
  sources.set(DERIVED.seed, {
    id: DERIVED.seed,
    title: 'Hà Nam: Tiếp tục đẩy mạnh cải cách hành chính, tăng cường kỷ luật, kỷ cương',
    publisher: 'Tạp chí Thanh tra',
    url: null,
    date: '2022-06-23',
    date_note: 'Published Thursday 23/06/2022 15:50; the article\u2019s web address was not kept with the copy the research used.',
    excerpt: seedQuote(/Theo UBND tỉnh Hà Nam, năm 2021[^.]*\./),
    kind: 'press',
    lang: 'vi',
  });
  const claims: [Result['index'], string, RegExp, Draft][] = [
    ['par-index', 'total', /Chỉ số PAR INDEX tỉnh Hà Nam đạt 81,51 điểm[^.]*\./, { value: 81.51, precision: 2, rank: 60, rank_of: 63, rank_kind: 'official', rank_change: -17, rank_change_from: 2020, source: DERIVED.seed }],
    ['sipas', 'total', /Chỉ số SIPAS của tỉnh Hà Nam đạt 88,38 điểm[^.]*\./, { value: 88.38, precision: 2, rank: 19, rank_of: 63, rank_kind: 'official', rank_change: -1, rank_change_from: 2020, source: DERIVED.seed }],
    ['papi', 'total', /Chỉ số PAPI được 43,28 điểm[^.]*\./, { value: 43.28, precision: 2, rank: 20, rank_of: 60, rank_kind: 'official', source: DERIVED.seed }],
  ];
  claims.forEach(([index, measure, re, claim], i) => {
    m.read++;
    const quote = seedQuote(re);
    // The figures are typed here only as checks: each must appear in the seed text itself.
    if (!quote) throw new Error(`seed: the statement for ${index} ${measure} was not found in ${SEED_DIR}`);
    addClaim(index, 2021, 'ha-nam', measure, { ...claim, quote, origin: [`seed#statement-${i + 1}`] });
    m.placed++;
  });
}

/* ------------------------------------------------------- preferred + conflicts */

const results: Result[] = [...drafts.entries()]
  .sort(([a], [b]) => a.localeCompare(b, 'en'))
  .map(([id, d]) => {
    const chosen = choosePreferred(d.claims, (sid) => sources.get(sid)!.kind);
    return { id, index: d.index, year: d.year, province: d.province, measure: d.measure, claims: chosen.claims as Claim[], preferred_rule: chosen.rule, ...(chosen.conflict ? { conflict: chosen.conflict } : {}) };
  });

const nationalStats: NationalStat[] = [...statDrafts.entries()]
  .sort(([a], [b]) => a.localeCompare(b, 'en'))
  .map(([id, s]) => {
    // Prefer an official statement over our computation; flag figures the errata name as typos.
    const ordered = [...s.claims].sort((a, b) => Number(a.computed) - Number(b.computed));
    const typo = (c: NationalStat['claims'][number]) => s.index === 'papi' && s.year === 2024 && s.stat === 'mean' && c.value === 41.43;
    const claims = ordered.map((c) => ({ ...c, ...(typo(c) ? { flag: 'typo' as const, note: 'likely a misprint of the computed mean (errata)' } : {}) }));
    const best = claims.find((c) => !c.flag) ?? claims[0]!;
    // Two figures conflict unless one is the other rounded (35,75 and 35,7496 agree): the rule results follow.
    const shown = claims.filter((c): c is typeof c & { value: number } => !c.flag && c.value !== undefined);
    const disagree = shown.some((a) => shown.some((b) => differBeyondRounding(a, b)));
    return {
      id,
      index: s.index,
      year: s.year,
      scope: s.scope,
      measure: s.measure,
      stat: s.stat,
      claims: claims.map((c) => ({ ...c, preferred: c === best })),
      preferred_rule: 'An official or press statement is preferred over a figure computed from the data files; known misprints are never preferred.',
      // Only the flag: what readers see is generated from the claims and their publishers (src/lib/marks.ts).
      ...(disagree ? { conflict: true as const } : {}),
    };
  });

/* ------------------------------------------------------------------- facts */

const facts: Fact[] = [];
for (const { file, row, r, source } of statements) {
  const index = INDEX_OF[r['index']!.trim()] ?? null;
  const y = int(r['year']);
  const value = num(r['value']);
  const rank = int(r['rank']);
  const text = [r['province'], r['measure'], r['value'], r['rank'] ? `rank ${r['rank']}${r['rank_of'] ? `/${r['rank_of']}` : ''}` : ''].filter(Boolean).join(' · ');
  facts.push({
    id: `${index ?? 'chung'}/ghi-nhan/${slugify(file.replace('.csv', ''))}-${row}`,
    index,
    year: y !== undefined && y >= 2005 && y <= 2030 ? y : null,
    topic: /method|structure|rule/i.test(r['measure']!) ? 'method' : 'result',
    label_vi: `Ghi nhận từ nguồn: ${r['measure']}`,
    label_en: `Recorded from a source: ${r['measure']}`,
    unit: value !== undefined ? 'count' : 'text',
    claims: [
      {
        ...(value !== undefined ? { value, precision: decimals(r['value']!) } : { text_en: text }),
        ...(value === undefined && rank !== undefined ? {} : {}),
        source,
        preferred: true,
        ...(r['excerpt'] ? { quote: shorten(r['excerpt'], 400) } : {}),
        origin: [`${file}#${row}`],
      },
    ],
    preferred_rule: 'A single sourced statement.',
    note: `Kept as the research recorded it (province field: "${r['province']}"; scale: "${r['scale']}").`,
  });
}

/* ------------------------------------ citizen channels and context (facts) */

{
  // One sourced fact a row (topics 1_channels, 2_par_max, 3_averages, 5_hanam), in the research's own words.
  const file = 'citizen-channels-and-context.csv';
  const TOPIC: Record<string, Fact['topic']> = { '1_channels': 'channels', '2_par_max': 'structure', '3_averages': 'result', '5_hanam': 'result' };
  readCsv(RESEARCH, file).forEach((r, i) => {
    const m = note(file);
    m.read++;
    const origin = [`${file}#${i + 1}`];
    const topic = TOPIC[r['topic']!];
    if (!topic) {
      m.skipped.push({ row: origin[0]!, reason: `unknown topic "${r['topic']}"` });
      return;
    }
    const raw = r['value']!.trim();
    // "86.37%", "87,32", "81,51 điểm", "60.50": numbers; "2.038" is a Vietnamese thousand, so kept as written.
    const n = /^(\d+(?:[.,]\d+)?)\s*(%|điểm)?$/.exec(raw);
    const number = n && !/^\d{1,3}\.\d{3}$/.test(n[1]!) ? n[1]!.replace(',', '.') : undefined;
    const unit: Fact['unit'] = number === undefined ? 'text' : n![2] === '%' ? 'percent' : r['topic'] === '1_channels' && !/\./.test(number) ? 'count' : 'points';
    const about = [r['entity'], r['measure']].map((x) => x!.trim()).filter(Boolean).join(': ');
    const rank = r['rank']?.trim() ? `${r['rank']!.trim()}/${r['rank_of']!.trim()}` : '';
    const indexName = /PAR( INDEX| \d{4})/.test(about) || r['topic'] === '2_par_max' ? 'par-index' : /SIPAS/.test(about) ? 'sipas' : /PAPI/.test(about) ? 'papi' : null;
    const published = r['published_date']!.trim();
    const source = /hethongphapluat\.com/.test(r['source_url']!)
      ? documentByName(r['source_title']!.trim(), /copy of (.+?) document/.exec(r['publisher']!)?.[1] ?? r['source_title']!.trim(), dateOf(published), r['quote']!)
      : sourceFor({ source_url: r['source_url']!, source_title: r['source_title']!, source_date: /event date/.test(published) ? '' : published, excerpt: r['quote']! });
    const year = int(r['year']);
    facts.push({
      id: `${indexName ?? 'chung'}/boi-canh/${r['topic']!.replace(/_/g, '-')}-${i + 1}`,
      index: indexName,
      year: year !== undefined && year >= 2005 && year <= 2030 ? year : null,
      topic,
      label_vi: `Ghi nhận từ nguồn: ${about}`,
      label_en: `Recorded from a source: ${about}`,
      unit,
      claims: [
        {
          ...(number !== undefined ? { value: Number(number), precision: decimals(number) } : /[à-ỹđ]/i.test(raw || rank) || !raw ? { text_vi: raw || rank } : { text_en: raw }),
          ...(rank ? { note: `rank ${rank} as the source states it` } : {}),
          source,
          preferred: true,
          quote: shorten(r['quote']!, 400),
          origin,
        },
      ],
      preferred_rule: 'A single sourced statement.',
    });
    m.placed++;
  });
}

/* --------------------------------------------- survey and structure facts */

/** An official document read on a host we do not link: cited by its number, issuer and date. */
function documentByName(title: string, issuer: string, date: string | null, excerpt: string): string {
  const id = `nguon-${slugify(title).slice(0, 60)}`;
  sources.set(id, { id, title, publisher: issuer, url: null, date, date_note: 'Read in a copy on a host this site does not link; cited by its number and date.', excerpt: shorten(excerpt), kind: 'official', lang: 'vi' });
  return id;
}

/** A source named only in words (no address): kept with its words, never linked. */
function textSource(text: string, excerpt: string): string {
  const id = `nguon-${slugify(text).slice(0, 60)}`;
  if (!sources.has(id)) sources.set(id, { id, title: text, publisher: text, url: null, date: /\((\d{4})\)/.exec(text)?.[1] ?? null, date_note: 'Named by the research without a web address.', excerpt: shorten(excerpt), kind: 'press' });
  return id;
}
function urlOrTextSource(ref: string | string[], title: string, excerpt: string, date?: string): string {
  const list = Array.isArray(ref) ? ref : [ref];
  const found = list.find((u) => /^https?:\/\//.test(u));
  if (found) {
    // "https://host/path (article of 16/05/2025 …)": the address ends at the first space; the rest describes it.
    const [url, ...words] = found.split(/\s+/);
    const about = words.join(' ').replace(/^\(|\)$/g, '');
    return sourceFor({ source_url: url!, source_title: about ? `${title} (${about})` : title, source_date: date ?? about, excerpt });
  }
  return textSource(list[0]!, excerpt);
}

{
  const file = 'criteria.json';
  const criteria = JSON.parse(readFileSync(path.join(RESEARCH, file), 'utf8')) as {
    PAPI: { survey: { source_url: string[]; excerpt: string }; annual_editions: { survey_year: number; sample?: number | string; provinces?: number; launched?: string; source_url: string | string[] }[] };
    SIPAS: { survey: Record<string, string> };
  };
  const m = note(file);
  const fact = (f: Omit<Fact, 'preferred_rule'> & { preferred_rule?: string }) => facts.push({ preferred_rule: 'A single sourced statement.', ...f });
  m.read++;
  fact({
    id: 'papi/survey/respondents-per-year',
    index: 'papi',
    year: null,
    topic: 'survey',
    label_vi: 'Số người được phỏng vấn mỗi năm (ước chừng)',
    label_en: 'People interviewed each year (approximate)',
    unit: 'count',
    noun_vi: 'người dân',
    noun_en: 'citizens',
    claims: [{ value: 14000, precision: 0, qualifier: 'about', source: urlOrTextSource(criteria.PAPI.survey.source_url[2] ?? criteria.PAPI.survey.source_url[0]!, 'PAPI: Frequently asked questions (papi.org.vn)', criteria.PAPI.survey.excerpt), preferred: true, quote: shorten(criteria.PAPI.survey.excerpt), origin: [`${file}#/PAPI/survey`] }],
  });
  m.placed++;
  criteria.PAPI.annual_editions.forEach((e, i) => {
    m.read++;
    const origin = [`${file}#/PAPI/annual_editions/${i}`];
    const sample = typeof e.sample === 'number' ? e.sample : typeof e.sample === 'string' && /^>\s*[\d,]+$/.test(e.sample) ? Number(e.sample.replace(/[>,\s]/g, '')) : undefined;
    if (sample === undefined || e.survey_year < 2005) {
      m.skipped.push({ row: origin[0]!, reason: sample === undefined ? `no sample size for ${e.survey_year} ("${e.sample ?? 'not given'}")` : `${e.survey_year} is before the years this site covers` });
      return;
    }
    const quote = `survey year ${e.survey_year}: sample ${e.sample}${e.provinces ? `, ${e.provinces} provinces` : ''}${e.launched ? `, launched ${e.launched}` : ''}`;
    fact({
      id: `papi/survey/${e.survey_year}/respondents`,
      index: 'papi',
      year: e.survey_year,
      topic: 'survey',
      label_vi: `Số người được phỏng vấn cho PAPI ${e.survey_year}`,
      label_en: `People interviewed for PAPI ${e.survey_year}`,
      unit: 'count',
      noun_vi: 'người dân',
      noun_en: 'citizens',
      claims: [{ value: sample, precision: 0, ...(typeof e.sample === 'string' ? { qualifier: 'more-than' as const } : {}), source: urlOrTextSource(e.source_url, `PAPI ${e.survey_year}: survey size`, quote), preferred: true, quote, origin }],
    });
    m.placed++;
  });
  const sipas: [string, number, string, string][] = [
    ['sample_2019', 2019, '35,268', 'Vietnamnet (2020), SIPAS 2019'],
    ['sample_2024', 2024, '36,525', 'Press report on SIPAS 2024'],
  ];
  for (const [key, year, number, who] of sipas) {
    m.read++;
    const text = criteria.SIPAS.survey[key] ?? '';
    if (!text.includes(number)) {
      m.skipped.push({ row: `${file}#/SIPAS/survey/${key}`, reason: `expected ${number} in "${text}"` });
      continue;
    }
    fact({
      id: `sipas/survey/${year}/respondents`,
      index: 'sipas',
      year,
      topic: 'survey',
      label_vi: `Số người trả lời khảo sát SIPAS ${year}`,
      label_en: `Respondents to the SIPAS ${year} survey`,
      unit: 'count',
      noun_vi: 'người',
      noun_en: 'people',
      claims: [{ value: Number(number.replace(/,/g, '')), precision: 0, source: textSource(who, text), preferred: true, quote: shorten(text), origin: [`${file}#/SIPAS/survey/${key}`] }],
    });
    m.placed++;
  }
}

{
  // The seed names the count of PAR INDEX criteria and how many Hà Nam missed; each figure is checked against the text.
  const file = 'seed';
  const m = note(file);
  const seedText = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(SEED_DIR, f), 'utf8')).join('\n');
  const sentence = /có tới 22\/43 tiêu chí không đạt điểm tối đa và 03\/43 tiêu chí không có điểm[^.]*\./.exec(seedText)?.[0];
  if (!sentence) throw new Error('seed: the sentence on the 43 PAR INDEX criteria was not found');
  const quote = shorten(sentence, 300);
  const items: [string, number, string, string][] = [
    ['par-index/2021/criteria-count', 43, 'Số tiêu chí của Chỉ số CCHC cấp tỉnh năm 2021', 'PAR INDEX criteria for provinces, 2021'],
    ['par-index/2021/ha-nam/criteria-below-max', 22, 'Số tiêu chí Hà Nam không đạt điểm tối đa (2021)', 'Criteria where Hà Nam did not reach the maximum (2021)'],
    ['par-index/2021/ha-nam/criteria-zero', 3, 'Số tiêu chí Hà Nam không có điểm (2021)', 'Criteria where Hà Nam scored zero (2021)'],
  ];
  items.forEach(([id, value, vi, en], i) => {
    m.read++;
    facts.push({ id, index: 'par-index', year: 2021, topic: 'result', label_vi: vi, label_en: en, unit: 'count', noun_vi: 'tiêu chí', noun_en: 'criteria', claims: [{ value, precision: 0, source: DERIVED.seed, preferred: true, quote, origin: [`seed#criteria-${i + 1}`] }], preferred_rule: 'A single sourced statement.' });
    m.placed++;
  });
  {
    // The 2025 merger, as the research's pitfalls note records it with its source.
    const pit = note('anchors-pitfalls.md');
    pit.read++;
    const quote = 'Nhập tỉnh Hà Nam, tỉnh Ninh Bình và tỉnh Nam Định thành tỉnh mới có tên gọi là tỉnh Ninh Bình';
    const text = readFileSync(path.join(RESEARCH, 'anchors-pitfalls.md'), 'utf8');
    if (!text.includes(quote)) throw new Error('anchors-pitfalls.md: the merger statement (D4) was not found');
    facts.push({
      id: 'chung/2025/sap-nhap-ninh-binh',
      index: null,
      year: 2025,
      topic: 'merger',
      label_vi: 'Hà Nam, Nam Định và Ninh Bình hợp nhất thành tỉnh Ninh Bình mới',
      label_en: 'Hà Nam, Nam Định and Ninh Bình merge into the new Ninh Bình province',
      unit: 'provinces',
      claims: [{ provinces: ['ha-nam', 'ninh-binh', 'nam-dinh'], date: '2025-07-01', source: sourceFor({ source_url: 'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html', source_title: '34 tỉnh thành dự kiến hoạt động ngay từ ngày 1/7/2025', source_date: '2025-06', excerpt: quote }), preferred: true, quote, origin: ['anchors-pitfalls.md#D4'], note: 'The stored source is the June 2025 plan; the research advises checking the final National Assembly resolution.' }],
      preferred_rule: 'A single sourced statement.',
    });
    pit.placed++;
  }
  {
    // Two-level local government after the 2025 merger, from the research's merger note (its quote checked there).
    // Its start date is the merger's (fact chung/2025/sap-nhap-ninh-binh); the research's tag-page source for it is not used.
    const file = 'notes-merger-2025.md';
    const m = note(file);
    const text = readFileSync(path.join(RESEARCH, file), 'utf8');
    const rows: { id: string; url: string; title: string; date: string; quote: string; fact: Omit<Fact, 'id' | 'claims' | 'preferred_rule' | 'index' | 'year' | 'topic'>; claim: Partial<Fact['claims'][number]> }[] = [
      {
        id: 'chung/2025/chinh-quyen-hai-cap',
        url: 'https://thoibaotaichinhvietnam.vn/quoc-hoi-thong-qua-nghi-quyet-sua-hien-phap-danh-dau-cot-moc-lich-su-cua-dat-nuoc-178375.html',
        title: 'Quốc hội thông qua Nghị quyết sửa Hiến pháp, đánh dấu cột mốc lịch sử của đất nước',
        date: '2025-06',
        quote: 'Chính thức bỏ mô hình cấp huyện',
        fact: { label_vi: 'Chính quyền địa phương hai cấp, bỏ cấp huyện', label_en: 'Two-level local government, district level abolished', unit: 'text' },
        claim: { text_vi: 'tỉnh (hoặc thành phố trực thuộc Trung ương) và xã, phường; cấp huyện không còn', text_en: 'the province (or centrally run city) and the commune or ward; the district level no longer exists' },
      },
    ];
    for (const r of rows) {
      m.read++;
      if (!text.includes(r.url) || !text.includes(r.quote)) throw new Error(`${file}: the row for ${r.id} (${r.url}) or its quote was not found`);
      facts.push({
        id: r.id,
        index: null,
        year: 2025,
        topic: 'merger',
        ...r.fact,
        claims: [{ ...r.claim, source: sourceFor({ source_url: r.url, source_title: r.title, source_date: r.date, excerpt: r.quote }), preferred: true, quote: r.quote, origin: [`${file}#${r.id}`] }],
        preferred_rule: 'A single sourced statement.',
      } as Fact);
      m.placed++;
    }
  }
  {
    // PAR INDEX 2021: the provinces whose score fell, as VietnamPlus names them (research row 5_hanam, checked there).
    const file = 'citizen-channels-and-context.csv';
    const quote = 'Dong Nai, Tien Giang and Ha Nam are only three provinces that saw declines.';
    const rows = readCsv(RESEARCH, file);
    const row = rows.findIndex((r) => r['quote']!.includes(quote));
    // The count as the research records it ("one of 3 provinces with declines"), never typed here.
    const count = row < 0 ? undefined : /of (\d+) provinces/.exec(rows[row]!['value']!)?.[1];
    if (row < 0 || count === undefined) throw new Error(`${file}: the PAR INDEX 2021 declines statement (and its count) was not found`);
    const claim = { source: 'en-vietnamplus-vn-c0d55f', preferred: true, quote, origin: [`${file}#${row + 1}`] };
    const about = { index: 'par-index' as const, year: 2021, topic: 'result' as const, preferred_rule: 'A single sourced statement.' };
    facts.push({ id: 'par-index/2021/tinh-giam-diem/so-tinh', ...about, label_vi: 'Số tỉnh, thành phố bị giảm điểm PAR INDEX năm 2021 so với năm 2020', label_en: 'Provinces whose PAR INDEX score fell in 2021 from 2020', unit: 'count', noun_vi: 'tỉnh, thành phố', noun_en: 'provinces', claims: [{ value: Number(count), precision: 0, ...claim }] });
    facts.push({ id: 'par-index/2021/tinh-giam-diem/danh-sach', ...about, label_vi: 'Các tỉnh bị giảm điểm PAR INDEX năm 2021', label_en: 'The provinces whose PAR INDEX score fell in 2021', unit: 'provinces', claims: [{ provinces: ['dong-nai', 'tien-giang', 'ha-nam'], ...claim }] });
  }
  const notes = note('notes-figures.md');
  notes.read++;
  facts.push({
    id: 'papi/groups',
    index: 'papi',
    year: null,
    topic: 'method',
    label_vi: 'Bốn nhóm xếp loại của PAPI',
    label_en: 'PAPI\u2019s four groups',
    unit: 'text',
    claims: [{ text_vi: 'cao nhất, trung bình cao, trung bình thấp, thấp nhất', text_en: 'highest, high average, low average, lowest', source: 'baohanam-com-vn-3791c9', preferred: true, origin: ['notes-figures.md#papi-groups'], note: 'Group names as Báo Hà Nam reports them; the English names are our translation.' }],
    preferred_rule: 'A single sourced statement.',
  });
  notes.placed++;
}

/* ------------------------------------------------------------------ output */

// PAR INDEX domain maxima under QĐ 1149 that a source states (the rest stay unknown): topic 2_par_max, 2021.
const PAR_MAX_MEASURES: Record<string, string> = { 'max: tác động đến phát triển KT-XH': 'tac-dong-kt-xh', 'max: SIPAS component': 'tac-dong-nguoi-dan' };
const parMaxima = readCsv(RESEARCH, 'citizen-channels-and-context.csv')
  .filter((r) => r['topic'] === '2_par_max' && r['year'] === '2021' && PAR_MAX_MEASURES[r['measure'] ?? ''])
  .map((r) => ({
    measure: PAR_MAX_MEASURES[r['measure']!]!,
    max: num(r['value'])!,
    source: sourceFor({ ...r, source_date: r['published_date'] ?? '', excerpt: r['quote'] ?? '' }),
    quote: r['quote']!,
  }));

const indices = buildIndices(
  tree,
  {
    papiFaqVi: DERIVED.papiFull,
    papiTree: DERIVED.papiFull,
    papiData2014: DERIVED.papiFull,
    papiFull: DERIVED.papiFull,
    pci: DERIVED.pciEarly,
    parHaNam: DERIVED.seed,
    sipasHaNam: DERIVED.seed,
    research: DERIVED.seed,
  },
  [...oldSubdims.entries()].sort().map(([id, name_en]) => ({ id, name_en })),
  parMaxima,
);

// Criteria trees and legal documents: their own module; on a shared source id, the record made here wins.
const crit = importCriteria(RESEARCH);
for (const c of crit.manifest) {
  const m = note(c.file);
  m.read += c.rows_read;
  m.placed += c.rows_placed;
  m.skipped.push(...c.rows_skipped);
}
for (const s of crit.sources) if (!sources.has(s.id)) sources.set(s.id, s);
for (const ix of indices) {
  for (const period of ix.periods) {
    const links = crit.periodLinks[period.id];
    if (links) Object.assign(period, { method_docs: links.method_docs, criteria_trees: links.criteria_trees });
  }
}

const sortedSources = [...sources.values()].sort((a, b) => a.id.localeCompare(b.id, 'en'));
rmSync(path.join(OUT, 'results'), { recursive: true, force: true });
mkdirSync(path.join(OUT, 'results'), { recursive: true });
const write = (rel: string, data: unknown) => writeFileSync(path.join(OUT, rel), stableJson(data));
write('sources.json', sortedSources);
write('provinces.json', provinces);
write('regions.json', REGIONS);
write('indices.json', indices);
write('national-stats.json', nationalStats);
write('facts.json', facts);
write('legal-documents.json', crit.legalDocs);
rmSync(path.join(OUT, 'criteria'), { recursive: true, force: true });
mkdirSync(path.join(OUT, 'criteria'), { recursive: true });
for (const tree of crit.trees) write(`criteria/${tree.id}.json`, tree);
for (const index of ['papi', 'par-index', 'sipas', 'pci'] as const) write(`results/${index}.json`, results.filter((r) => r.index === index));

const written = (file: string) => {
  const count: Record<string, number> = {};
  const tally = (what: string, origins: string[] | undefined) => {
    const n = (origins ?? []).filter((o) => o.startsWith(`${file}#`)).length;
    if (n) count[what] = (count[what] ?? 0) + n;
  };
  results.forEach((r) => r.claims.forEach((c) => tally(`results/${r.index}.json`, c.origin)));
  nationalStats.forEach((s) => s.claims.forEach((c) => tally('national-stats.json', c.origin)));
  facts.forEach((f) => f.claims.forEach((c) => tally('facts.json', c.origin)));
  return count;
};
const manifest: Manifest = {
  note: 'Rows read from each research file and where they went. rows_read = rows_placed + rows_skipped; "written" counts the origin references to each file in content/data.',
  files: [...manifestRows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, m]) => {
      const w = written(file);
      return {
        file,
        kind: file === 'seed' ? 'seed' : file.endsWith('.md') ? 'notes' : file.endsWith('.json') ? 'json' : 'csv',
        rows_read: m.read,
        rows_placed: m.placed,
        rows_skipped: m.skipped,
        written: w,
        written_total: Object.values(w).reduce((a, b) => a + b, 0),
      };
    }),
};
write('import-manifest.json', manifest);

for (const f of manifest.files) {
  console.log(`${f.file.padEnd(34)} read ${String(f.rows_read).padStart(4)}  placed ${String(f.rows_placed).padStart(4)}  skipped ${f.rows_skipped.length}`);
  for (const s of f.rows_skipped) console.log(`    skipped ${s.row}: ${s.reason}`);
}
console.log(`wrote ${sortedSources.length} sources, ${provinces.length} provinces, ${results.length} results, ${nationalStats.length} national statistics, ${facts.length} facts`);
const unplaced = manifest.files.filter((f) => f.rows_read !== f.rows_placed + f.rows_skipped.length);
if (unplaced.length) {
  console.error(`Rows neither placed nor skipped in: ${unplaced.map((f) => f.file).join(', ')}`);
  process.exit(1);
}

/* ------------------------------------------------ KEYS.md, for prose writers */
{
  const hn = results.filter((r) => r.province === 'ha-nam');
  const lines = [
    '# Data keys for prose (generated by npm run data:import; do not edit)',
    '',
    'Figures in MDX come only through components:',
    '- `<Value k="<index>/<year>/<province>/<measure>" show="value|rank|both" />` — results (below: every Hà Nam key; other provinces follow the same pattern).',
    '- `<Stat k="<index>/<year>/<scope>/<measure>/<stat>" />` — national statistics (scope "national" or a region slug).',
    '- `<Fact k="…" />` — facts; `<LegalDoc id="…" />`; `<Cite id="<source id>" />`.',
    '',
    '## Measures',
    ...indices.flatMap((ix) => ix.periods.map((p) => `- ${ix.id} ${p.id}: ${p.measures.map((m) => `\`${m.id}\` ${m.name_vi}`).join('; ')}`)),
    '',
    '## Hà Nam result keys',
    ...hn.map((r) => `- \`${r.id}\`${r.conflict ? ' (conflict)' : ''}`),
    '',
    '## National statistics keys (PAPI totals and other indices)',
    ...nationalStats.filter((s) => s.measure === 'total').map((s) => `- \`${s.id}\``),
    '',
    '## Facts',
    ...facts.map((f) => `- \`${f.id}\`: ${f.label_en}`),
    '',
    '## Sources',
    ...sortedSources.map((s) => `- \`${s.id}\`: ${s.publisher} — ${s.title}${s.date ? ` (${s.date})` : ''}`),
    '',
  ];
  writeFileSync(path.join(OUT, 'KEYS.md'), lines.join('\n'));
}
