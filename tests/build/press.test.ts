/**
 * What the press reuses, checked in the built site: chart CSVs parse and equal their JSON rows, chart and
 * article pages carry link-preview tags whose image exists, the data package describes its files correctly,
 * and every URL we have published still answers, in both builds (dist/ and dist-base/, over scripts/serve.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { DIST, DIST_BASE, DistSite, REPO_ROOT, TEST_BASE } from '../lib/dist-site.ts';
import { parseCsvRows as parseCsv } from '../lib/csv.ts';
import { assertNoProblems } from '../lib/problems.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { routePath } from '../../src/lib/routes.ts';

const site = new DistSite(DIST);

const chartDirs = [path.join(DIST, 'bieu-do'), path.join(DIST, 'en/charts')];
const csvFiles = chartDirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.csv')).map((f) => path.join(d, f)) : []));

describe('chart downloads', () => {
  it('exist for every chart', () => {
    site.assertBuilt();
    expect(csvFiles.length).toBeGreaterThan(20);
  });
  it.each(csvFiles.map((f) => [path.relative(DIST, f), f]))('%s parses, starts with a BOM, and equals its JSON rows', (_, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(text);
    expect(head).toContain('rank_of');
    const json = JSON.parse(readFileSync(file.replace(/\.csv$/, '.json'), 'utf8')) as { rows: Record<string, unknown>[] };
    expect(rows.length).toBe(json.rows.length);
    rows.forEach((r, i) => {
      head!.forEach((col, j) => {
        const want = json.rows[i]![col];
        expect(r[j], `${col} of row ${i}`).toBe(want === null || want === undefined ? '' : String(want));
      });
    });
  });
});

function meta(html: string, property: string): string | undefined {
  const re = new RegExp(`<meta[^>]+(?:property|name)="${property}"[^>]+content="([^"]*)"`);
  return re.exec(html)?.[1];
}

const previewPages = site.htmlFiles().filter((f) => /^(bieu-do|en\/charts|bai-viet|en\/articles)\/[^/]+\/index\.html$/.test(f));

describe('link previews', () => {
  it('cover chart and article pages', () => {
    expect(previewPages.filter((f) => f.startsWith('bieu-do/')).length).toBeGreaterThan(5);
    expect(previewPages.some((f) => f.startsWith('bai-viet/'))).toBe(true);
  });
  it.each(previewPages.map((f) => [f]))('%s has og:title, og:description and an og:image that exists', (file) => {
    const html = site.read(file);
    expect(meta(html, 'og:title')).toBeTruthy();
    expect(meta(html, 'og:description')).toBeTruthy();
    const image = meta(html, 'og:image');
    expect(image).toMatch(/^https?:\/\/.+\.png$/);
    const local = new URL(image!).pathname;
    expect(existsSync(path.join(DIST, decodeURIComponent(local))), local).toBe(true);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });
});

const fieldType = z.enum(['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any']);
/** The parts of the Frictionless Data Package and Tabular Data Resource specs that tools rely on. */
const dataPackageSchema = z.object({
  profile: z.literal('tabular-data-package'),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  licenses: z.array(z.object({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() }).refine((l) => l.name || l.path)).min(1),
  resources: z
    .array(
      z.object({
        name: z.string().regex(/^[a-z0-9._-]+$/),
        path: z.string().min(1),
        profile: z.literal('tabular-data-resource'),
        format: z.literal('csv'),
        schema: z.object({ fields: z.array(z.object({ name: z.string().min(1), type: fieldType, description: z.string().optional() })).min(1) }),
      }),
    )
    .min(1),
});

describe('open data', () => {
  it('datapackage.json validates and describes each file exactly', () => {
    const pkg = dataPackageSchema.parse(JSON.parse(readFileSync(path.join(DIST, 'du-lieu/datapackage.json'), 'utf8')));
    for (const r of pkg.resources) {
      const file = path.join(DIST, 'du-lieu', r.path);
      expect(existsSync(file), r.path).toBe(true);
      const [head, ...rows] = parseCsv(readFileSync(file, 'utf8'));
      expect(head).toEqual(r.schema.fields.map((f) => f.name));
      for (const [i, f] of r.schema.fields.entries()) {
        const bad = rows.slice(0, 2000).find((row) => {
          const v = row[i] ?? '';
          if (v === '') return false;
          if (f.type === 'integer') return !/^-?\d+$/.test(v);
          if (f.type === 'number') return Number.isNaN(Number(v));
          if (f.type === 'boolean') return v !== 'true' && v !== 'false';
          return false;
        });
        expect(bad, `${r.path}: column ${f.name} (${f.type})`).toBeUndefined();
      }
    }
  });
});

/**
 * The data-rights statement on the About and data pages, in both languages: what is ours under CC BY 4.0 (with the
 * licence linked), and that the publishers' figures are not, PAPI's reports being "All rights reserved".
 */
function rightsProblems(html: string): string[] {
  const problems: string[] = [];
  if (!/href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/[^"]*"/.test(html)) problems.push('no link to CC BY 4.0');
  if (!html.includes('All rights reserved')) problems.push('does not say the PAPI reports are "All rights reserved"');
  if (!/không nằm trong giấy phép CC BY|not under our CC BY licence|not covered by our CC BY/u.test(html)) problems.push('does not say the figures are outside our CC BY licence');
  return problems;
}

describe('data-rights statement', () => {
  it('the check bites: a page with the licence only is reported', () => {
    expect(rightsProblems('<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>')).toHaveLength(2);
  });
  it.each(LOCALES.flatMap((l) => [routePath(l, { page: 'about' }), routePath(l, { page: 'data' })]))('%s says what is ours under CC BY and what is the publishers\'', (p) => {
    site.assertBuilt();
    expect(rightsProblems(site.read(`${p.slice(1)}index.html`))).toEqual([]);
  });
});

/** Every URL the site has published (tests/fixtures/published-urls.txt): pages, embeds, downloads, data files, feeds. */
const published = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/published-urls.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe.each([[DIST, '/'], [DIST_BASE, TEST_BASE]])('published URLs in %s', (root, base) => {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    if (existsSync(path.join(root, 'index.html'))) server = await startServer({ root, port: 0, base });
  });
  afterAll(() => server?.close());

  /** What is wrong with a published URL: nothing when it answers 200, or redirects (under the base) to a page that does. */
  async function problem(url: string): Promise<string | undefined> {
    const [urlPath, fragment] = url.split('#') as [string, string | undefined];
    const first = await fetch(server!.origin + base + urlPath.slice(1), { method: fragment ? 'GET' : 'HEAD', redirect: 'manual' });
    let final = first;
    if (first.status === 301 || first.status === 308) {
      const location = first.headers.get('location') ?? '';
      if (!location.startsWith(base)) return `redirects to ${location}, outside the base ${base}`;
      final = await fetch(server!.origin + location, { method: fragment ? 'GET' : 'HEAD', redirect: 'manual' });
    }
    if (final.status !== 200) return `answers HTTP ${first.status}${final === first ? '' : ` then ${final.status}`}`;
    if (fragment && !(await final.text()).includes(`id="${fragment}"`)) return `has no element with id "${fragment}"`;
    return undefined;
  }

  it('each answers 200 or redirects to a page that does', async () => {
    new DistSite(root).assertBuilt();
    expect(published.length).toBeGreaterThan(1500);
    const problems: string[] = [];
    // A few requests at a time: enough to be quick, few enough for a shared machine.
    for (let i = 0; i < published.length; i += 16) {
      const batch = published.slice(i, i + 16);
      const found = await Promise.all(batch.map(problem));
      found.forEach((p, j) => p && problems.push(`${batch[j]} ${p}`));
    }
    assertNoProblems(`published URLs in ${path.basename(root)}/`, problems);
  });
});
