/**
 * Synthetic content for scale runs, written into a TEMPORARY COPY of the project, never into the real content/.
 *
 *   node bench/generate-synthetic.ts --articles 1000 [--en] [--provinces 20] [--out bench/tmp/1000] [--seed 1] [--ref HEAD]
 *   (through npm: `npx node bench/generate-synthetic.ts …`, so the pinned Node 24 runs it)
 *
 * 1. Copies the working tree (without .git, node_modules, dist*, .astro, bench, test-results) to the target folder,
 *    or with --ref a committed version (git archive).
 * 2. Gives the copy its own node_modules folder made of symlinks to each entry of the real one, except Astro's and
 *    Vite's caches (node_modules/.astro holds the content data store): builds in the copy then never touch the
 *    caches of builds in the real tree, which other people run at the same time.
 * 3. Writes N articles as MDX in the frontmatter format of content/articles/vi/*.mdx (title, description ≤ 200
 *    characters, locale, slug, translation_key, published, sources), Vietnamese prose with headings, so Pagefind
 *    indexes realistic text. With --en each article also gets an English twin (same translation_key).
 * 4. Optionally clones provinces (and their results) from content/data, whatever its files look like: a JSON
 *    array whose records have code + slug + name_vi is a province list; a JSON array whose records have
 *    province === "ha-nam" holds results. Skipped, and said so, when the copy has no such files.
 *
 * Build the copy with: `cd <out> && SITE_URL=… npm run build` (bench/run.ts does it for you).
 * Exported for reuse: createSyntheticSite(), copyProject(), writeArticles().
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_TMP = path.join(REPO_ROOT, 'bench', 'tmp');

/** Top-level entries of the repository that a copy leaves out. */
const SKIP_TOP = new Set(['.git', 'node_modules', '.astro', 'bench', 'test-results']);
/** Entries of node_modules that stay private to the copy (caches written during a build). */
const PRIVATE_NODE_MODULES = new Set(['.astro', '.vite', '.cache']);

export interface CopyOptions {
  /** Repository to copy; defaults to this one. */
  from?: string;
  /** Remove the target first (default true). */
  clean?: boolean;
  /** Copy this git commit (branch, tag) instead of the working tree. */
  ref?: string;
  /**
   * A node_modules/.cache folder to copy (not link) into the copy, e.g. the chart-image cache of an earlier build,
   * so that builds of different sizes start from the same warm cache.
   */
  seedCache?: string;
}

/** Copies the project (sources, content, config; no build output) to `dest` and links its dependencies. */
export function copyProject(dest: string, options: CopyOptions = {}): void {
  const from = path.resolve(options.from ?? REPO_ROOT);
  const target = path.resolve(dest);
  const rel = path.relative(from, target);
  const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
  // Inside the repository only bench/tmp/… is safe: anything else would overwrite real files.
  if (inside && !rel.split(path.sep).join('/').startsWith('bench/tmp/')) throw new Error(`copyProject: the copy must live under bench/tmp/ or outside the repository, not at ${target}`);
  if (options.clean ?? true) rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  if (options.ref) {
    // A committed version instead of the working tree (git archive only reads the repository).
    const archive = execFileSync('git', ['archive', '--format=tar', options.ref], { cwd: from, maxBuffer: 1024 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', target], { input: archive });
    rmSync(path.join(target, 'bench'), { recursive: true, force: true });
  } else {
    for (const entry of readdirSync(from)) {
      if (SKIP_TOP.has(entry) || /^dist(-|$)/.test(entry)) continue;
      cpSync(path.join(from, entry), path.join(target, entry), { recursive: true, verbatimSymlinks: true });
    }
  }
  const modules = path.join(from, 'node_modules');
  if (!existsSync(modules)) throw new Error(`${modules} is missing: run npm ci first`);
  const linked = path.join(target, 'node_modules');
  mkdirSync(linked, { recursive: true });
  for (const entry of readdirSync(modules)) {
    if (PRIVATE_NODE_MODULES.has(entry)) continue;
    symlinkSync(path.join(modules, entry), path.join(linked, entry));
  }
  if (options.seedCache && existsSync(options.seedCache)) cpSync(options.seedCache, path.join(linked, '.cache'), { recursive: true });
}

// --- Text --------------------------------------------------------------------------------------------------

/** A small deterministic PRNG (mulberry32), so the same seed gives the same site. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES_VI = [
  'cải cách hành chính', 'chính quyền địa phương', 'người dân', 'doanh nghiệp', 'thủ tục hành chính', 'dịch vụ công trực tuyến',
  'mức độ hài lòng', 'trách nhiệm giải trình', 'công khai minh bạch', 'kiểm soát tham nhũng', 'quản trị môi trường',
  'quản trị điện tử', 'cung ứng dịch vụ công', 'tham gia của người dân', 'bộ phận một cửa', 'cán bộ công chức',
  'ủy ban nhân dân tỉnh', 'sở nội vụ', 'cấp xã', 'cấp huyện', 'văn phòng', 'hồ sơ', 'kết quả', 'đánh giá', 'chỉ số',
  'điểm số', 'xếp hạng', 'khảo sát', 'năm', 'tỉnh', 'thành phố', 'khu vực', 'đồng bằng sông Hồng', 'Hà Nam', 'Phủ Lý',
  'Duy Tiên', 'Kim Bảng', 'Thanh Liêm', 'Bình Lục', 'Lý Nhân', 'Ninh Bình', 'Nam Định', 'Hà Nội', 'Thái Bình',
  'trường học', 'trạm y tế', 'đường sá', 'điện', 'nước sạch', 'an ninh trật tự', 'đất đai', 'giấy chứng nhận',
  'chứng thực', 'hộ tịch', 'khai sinh', 'thuế', 'bảo hiểm xã hội', 'ngân sách', 'đầu tư công', 'quy hoạch',
  'phản ánh kiến nghị', 'đường dây nóng', 'cổng thông tin điện tử', 'chữ ký số', 'định danh điện tử', 'thanh toán trực tuyến',
  'tinh gọn bộ máy', 'sáp nhập', 'đơn vị hành chính', 'nghị quyết', 'quyết định', 'kế hoạch', 'báo cáo', 'tiêu chí',
  'tiêu chí thành phần', 'trục nội dung', 'lĩnh vực', 'phương pháp', 'mẫu khảo sát', 'phiếu hỏi', 'số liệu', 'nguồn',
];
const WORDS_VI = [
  'cho', 'của', 'và', 'với', 'trong', 'khi', 'đã', 'đang', 'sẽ', 'được', 'bị', 'có', 'không', 'nhiều', 'ít', 'hơn', 'nhất',
  'tăng', 'giảm', 'giữ', 'cải thiện', 'thấp', 'cao', 'trung bình', 'so với', 'theo', 'từ', 'đến', 'qua', 'về', 'các', 'những',
  'mỗi', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'lần', 'điểm', 'bậc', 'hạng', 'phần trăm',
  'rõ ràng', 'nhanh', 'chậm', 'đúng hẹn', 'trễ hẹn', 'thuận tiện', 'khó khăn', 'vướng mắc', 'giải quyết', 'tiếp nhận',
  'trả lời', 'hướng dẫn', 'niêm yết', 'lấy ý kiến', 'đối thoại', 'giám sát', 'thanh tra', 'kiểm tra', 'xử lý', 'chấn chỉnh',
  'người', 'hộ gia đình', 'thôn', 'xóm', 'phường', 'thị trấn', 'huyện', 'thị xã', 'vì vậy', 'tuy nhiên', 'ngoài ra', 'nhìn chung',
];
const WORDS_EN = [
  'the', 'province', 'citizens', 'survey', 'score', 'rank', 'improved', 'fell', 'rose', 'administrative', 'reform', 'public',
  'services', 'online', 'procedures', 'transparency', 'accountability', 'corruption', 'control', 'environment', 'e-governance',
  'satisfaction', 'commune', 'district', 'office', 'dossier', 'on time', 'late', 'results', 'index', 'dimension', 'year', 'of',
  'and', 'in', 'with', 'compared', 'to', 'national', 'average', 'median', 'best', 'worst', 'points', 'places', 'Hà Nam',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: () => number, phrases: readonly string[], words: readonly string[]): string {
  const n = 8 + Math.floor(random() * 14);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    parts.push(r < 0.35 ? pick(random, phrases) : r < 0.9 ? pick(random, words) : String(Math.round(random() * 1000) / 10).replace('.', ','));
  }
  const text = parts.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

function paragraph(random: () => number, phrases: readonly string[], words: readonly string[]): string {
  return Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random, phrases, words)).join(' ');
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

const yaml = (value: string) => JSON.stringify(value);

export interface ArticleOptions {
  /** How many articles (per locale). */
  count: number;
  /** Also write an English twin of each. */
  english?: boolean;
  seed?: number;
  /** Sections (## headings) per article; default 5. */
  sections?: number;
}

/** One article in the frontmatter format of content/articles/<locale>/*.mdx. */
function articleMdx(a: { title: string; description: string; locale: 'vi' | 'en'; slug: string; key: string; published: string; intro: string; body: string }): string {
  return [
    '---',
    `title: ${yaml(a.title)}`,
    `description: ${yaml(a.description)}`,
    `locale: ${a.locale}`,
    `slug: ${a.slug}`,
    `translation_key: ${a.key}`,
    `published: ${a.published}`,
    'sources: []',
    '---',
    '',
    a.intro,
    '',
    a.body,
  ].join('\n');
}

/** Writes the articles into `<project>/content/articles/{vi,en}/`. Returns the number of files written. */
export function writeArticles(project: string, options: ArticleOptions): number {
  const random = rng(options.seed ?? 1);
  const sections = options.sections ?? 5;
  const dirs = { vi: path.join(project, 'content/articles/vi'), en: path.join(project, 'content/articles/en') };
  mkdirSync(dirs.vi, { recursive: true });
  if (options.english) mkdirSync(dirs.en, { recursive: true });
  const start = Date.UTC(2015, 0, 1);
  let written = 0;
  for (let i = 1; i <= options.count; i++) {
    const id = String(i).padStart(5, '0');
    const topic = pick(random, PHRASES_VI);
    const published = new Date(start + Math.floor(random() * 11 * 365) * 86_400_000).toISOString().slice(0, 10);
    const key = `synthetic-${id}`;
    const viBody = Array.from({ length: sections }, (_, s) => `## ${clip(sentence(random, PHRASES_VI, WORDS_VI).replace(/\.$/, ''), 70)} (${s + 1})\n\n${paragraph(random, PHRASES_VI, WORDS_VI)}\n\n${paragraph(random, PHRASES_VI, WORDS_VI)}\n`).join('\n');
    const vi = articleMdx({
      title: `Bài tổng hợp ${id}: ${topic} ở Hà Nam`,
      description: clip(`Bài viết tổng hợp số ${id} về ${topic}. ${sentence(random, PHRASES_VI, WORDS_VI)}`, 200),
      locale: 'vi',
      slug: `bai-tong-hop-${id}`,
      key,
      published,
      intro: paragraph(random, PHRASES_VI, WORDS_VI),
      body: viBody,
    });
    writeFileSync(path.join(dirs.vi, `bai-tong-hop-${id}.mdx`), vi);
    written++;
    if (options.english) {
      const enBody = Array.from({ length: sections }, (_, s) => `## ${clip(sentence(random, WORDS_EN, WORDS_EN).replace(/\.$/, ''), 70)} (${s + 1})\n\n${paragraph(random, WORDS_EN, WORDS_EN)}\n`).join('\n');
      const en = articleMdx({
        title: `Round-up ${id}: governance in Hà Nam`,
        description: clip(`Synthetic round-up number ${id}. ${sentence(random, WORDS_EN, WORDS_EN)}`, 200),
        locale: 'en',
        slug: `round-up-${id}`,
        key,
        published,
        intro: paragraph(random, WORDS_EN, WORDS_EN),
        body: enBody,
      });
      writeFileSync(path.join(dirs.en, `round-up-${id}.mdx`), en);
      written++;
    }
  }
  return written;
}

// --- Provinces ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => f.endsWith('.json') && statSync(f).isFile());
}

function readArray(file: string): Json[] | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(value) && value.every((v) => v && typeof v === 'object') ? (value as Json[]) : null;
  } catch {
    return null;
  }
}

/**
 * Clones `count` provinces (and Hà Nam's results for each) inside content/data of the copy.
 * Returns what it did, or why it did nothing.
 */
export function writeProvinces(project: string, count: number): string {
  if (count <= 0) return 'no provinces requested';
  const files = jsonFiles(path.join(project, 'content/data'));
  const provinceFile = files.find((f) => readArray(f)?.some((r) => typeof r['code'] === 'string' && typeof r['slug'] === 'string' && typeof r['name_vi'] === 'string'));
  if (!provinceFile) return 'skipped: content/data has no JSON list of provinces (records with code, slug and name_vi) in this tree';
  const provinces = readArray(provinceFile)!;
  const model = provinces.find((p) => p['slug'] === 'ha-nam') ?? provinces[0]!;
  const usedCodes = new Set(provinces.map((p) => String(p['code'] ?? '')));
  const free = [...Array.from({ length: 100 }, (_, i) => `X${String(i).padStart(2, '0')}`), ...Array.from({ length: 100 }, (_, i) => `P${String(i).padStart(2, '0')}`)].filter((c) => !usedCodes.has(c));
  const n = Math.min(count, free.length);
  const slugs: string[] = [];
  for (let i = 0; i < n; i++) {
    const slug = `tinh-gia-lap-${i + 1}`;
    slugs.push(slug);
    provinces.push({ ...model, code: free[i], slug, name_vi: `Tỉnh giả lập ${i + 1}`, name_en: `Synthetic province ${i + 1}`, valid_from: null, valid_to: null, successor: null });
  }
  writeFileSync(provinceFile, `${JSON.stringify(provinces, null, 2)}\n`);
  let results = 0;
  for (const file of files) {
    const list = readArray(file);
    const own = list?.filter((r) => r['province'] === 'ha-nam');
    if (!list || !own?.length) continue;
    for (const slug of slugs) {
      for (const r of own) {
        const clone: Json = { ...r, province: slug };
        if (typeof r['id'] === 'string') clone['id'] = r['id'].replace(/(^|\/)ha-nam(\/|$)/, `$1${slug}$2`);
        list.push(clone);
        results++;
      }
    }
    writeFileSync(file, `${JSON.stringify(list, null, 2)}\n`);
  }
  return `${n} provinces added to ${path.relative(project, provinceFile)}${n < count ? ` (capped at ${n}: no more free codes)` : ''}, ${results} results cloned from Hà Nam's`;
}

// --- All together ------------------------------------------------------------------------------------------

export interface SyntheticSiteOptions {
  articles: number;
  english?: boolean;
  provinces?: number;
  seed?: number;
  /** Defaults to bench/tmp/<articles>. */
  out?: string;
  /** Start from this git commit instead of the working tree. */
  ref?: string;
  /** See CopyOptions.seedCache. */
  seedCache?: string;
}

export interface SyntheticSite {
  dir: string;
  articleFiles: number;
  provinces: string;
}

export function createSyntheticSite(options: SyntheticSiteOptions): SyntheticSite {
  const dir = path.resolve(options.out ?? path.join(BENCH_TMP, String(options.articles)));
  copyProject(dir, { ref: options.ref, seedCache: options.seedCache });
  const articleFiles = writeArticles(dir, { count: options.articles, english: options.english, seed: options.seed });
  const provinces = writeProvinces(dir, options.provinces ?? 0);
  return { dir, articleFiles, provinces };
}

function parseCli(argv: string[]): SyntheticSiteOptions {
  const options: SyntheticSiteOptions = { articles: 100 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--articles' || flag === '-n') options.articles = Number(value());
    else if (flag === '--provinces') options.provinces = Number(value());
    else if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--out') options.out = value();
    else if (flag === '--en') options.english = true;
    else if (flag === '--ref') options.ref = value();
    else if (flag === '--help' || flag === '-h') {
      console.log('node bench/generate-synthetic.ts --articles N [--en] [--provinces N] [--seed N] [--out DIR] [--ref GIT-REF]');
      process.exit(0);
    } else throw new Error(`Unknown option ${flag}`);
  }
  if (!Number.isInteger(options.articles) || options.articles < 0) throw new Error('--articles must be a whole number');
  return options;
}

if (import.meta.main) {
  const site = createSyntheticSite(parseCli(process.argv.slice(2)));
  console.log(`${site.dir}: ${site.articleFiles} article files; provinces: ${site.provinces}`);
  console.log(`Build it with: cd ${path.relative(process.cwd(), site.dir) || '.'} && npm run build`);
}
