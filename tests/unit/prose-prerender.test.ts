/**
 * Articles are rendered from MDX to HTML when content loads (src/lib/prose/): what they may contain, how their
 * components come back at render time, and how a bad article fails with its file, line and column.
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { prerenderMdx } from '../../src/lib/prose/prerender.ts';
import { proseNodes, type ProseComponentName, type ProseComponentUse, type ProseNode } from '../../src/lib/prose/components.ts';
import { mdxArticleLoader } from '../../src/lib/prose/loader.ts';
import { referenceProblem } from '../../src/lib/prose/references.ts';
import { readDataFiles } from '../../src/data/read.ts';
import { assertValidDataset } from '../../src/data/validate.ts';
import { buildDataset } from '../../src/lib/dataset.ts';

vi.setConfig({ testTimeout: 60_000 });

const FILE = 'content/articles/vi/thu.mdx';
const FRONT = '---\ntitle: "Thử"\nlocale: vi\n---\n';
/** Line of the first body line: the frontmatter above takes 4. */
const BODY_LINE = 5;
const render = (body: string) => prerenderMdx(FRONT + body, FILE);
const errorOf = (body: string) => {
  try {
    render(body);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('rendering', () => {
  it('keeps the frontmatter, and renders Markdown', () => {
    const r = render('Đoạn **đậm** và [liên kết](../chi-so/papi/).\n\n- một\n- hai\n');
    expect(r.frontmatter).toEqual({ title: 'Thử', locale: 'vi' });
    expect(r.html).toBe('<p>Đoạn <strong>đậm</strong> và <a href="../chi-so/papi/">liên kết</a>.</p>\n<ul>\n<li>một</li>\n<li>hai</li>\n</ul>');
  });

  it('uses typographic quotes and apostrophes, as Astro’s MDX does', () => {
    expect(render('Hà Nam\'s "PAPI" -- 2021...\n').html).toBe('<p>Hà Nam’s “PAPI” – 2021…</p>');
  });

  it('gives headings the ids Astro gives them, Vietnamese letters kept, repeats numbered', () => {
    const r = render('## Cải cách hành chính\n\n## Cải cách <Term id="cchc">hành chính</Term>\n');
    expect(r.html).toBe('<h2 id="cải-cách-hành-chính">Cải cách hành chính</h2>\n<h2 id="cải-cách-hành-chính-1">Cải cách <!--c:0-->hành chính<!--/c:0--></h2>');
  });

  it('marks links to other sites noopener noreferrer, and leaves its own alone', () => {
    const r = render('[PAPI](https://papi.org.vn/) và [trang](../../chi-so/papi/)\n');
    expect(r.html).toContain('<a href="https://papi.org.vn/" rel="noopener noreferrer">PAPI</a>');
    expect(r.html).toContain('<a href="../../chi-so/papi/">trang</a>');
  });

  it('turns <Vi> and <En> into spans with a language', () => {
    expect(render('In <Vi>Hà Nam</Vi> province.\n').html).toBe('<p>In <span lang="vi">Hà Nam</span> province.</p>');
  });

  it('leaves each component as a numbered marker, with its props and place', () => {
    const r = render('Điểm <Value k="papi/2021/ha-nam/total" show="value" cite />, <Term id="papi">PAPI</Term>.\n');
    expect(r.html).toBe('<p>Điểm <!--c:0--><!--/c:0-->, <!--c:1-->PAPI<!--/c:1-->.</p>');
    expect(r.components).toEqual([
      { name: 'Value', props: { k: 'papi/2021/ha-nam/total', show: 'value', cite: true }, at: `${FILE}:${BODY_LINE}:6` },
      { name: 'Term', props: { id: 'papi' }, at: `${FILE}:${BODY_LINE}:62` },
    ]);
  });
});

describe('the markers come back as components', () => {
  it('splits the HTML around them, children inside', () => {
    const r = render('A <Term id="papi">chỉ số <Vi>PAPI</Vi></Term> và <Cite id="x" />.\n');
    const nodes = proseNodes(r.html, r.components, FILE);
    const shape = (list: ProseNode[]): unknown[] => list.map((n) => (n.kind === 'html' ? n.html : { [n.use.name]: shape(n.children) }));
    expect(shape(nodes)).toEqual(['<p>A ', { Term: ['chỉ số <span lang="vi">PAPI</span>'] }, ' và ', { Cite: [] }, '.</p>']);
  });

  it('the whole real article loses no text and no component', () => {
    const file = 'content/articles/vi/ha-nam-2021.mdx';
    const r = prerenderMdx(readFileSync(file, 'utf8'), file);
    const nodes = proseNodes(r.html, r.components, file);
    const uses: string[] = [];
    const flat = (list: ProseNode[]): string => list.map((n) => (n.kind === 'html' ? n.html : (uses.push(n.use.name), flat(n.children)))).join('');
    expect(flat(nodes)).toBe(r.html.replace(/<!--\/?c:\d+-->/g, ''));
    expect(uses).toEqual(r.components.map((c) => c.name));
    const source = readFileSync(file, 'utf8');
    expect(r.components.length).toBe((source.match(/<(Value|Stat|Fact|Cite|Term|LegalDoc)\b/g) ?? []).length);
  });

  it('refuses a marker without its pair', () => {
    expect(() => proseNodes('<p><!--c:0--></p>', [{ name: 'Cite', props: { id: 'x' }, at: 'f:1:1' }], FILE)).toThrow(/leaves component 0 open/);
    expect(() => proseNodes('<p><!--c:3--><!--/c:3--></p>', [], FILE)).toThrow(/names component 3/);
  });
});

describe('a bad article fails with its file, line, column and reason', () => {
  it.each([
    ['a component articles cannot use', 'Xem <Chart id="x" />.\n', `${FILE}:${BODY_LINE}:5: <Chart> is not a component articles can use`],
    ['an unknown prop', '<Value k="a/1/b/c" kind="x" />\n', `${FILE}:${BODY_LINE}:1: <Value>: unknown prop "kind"`],
    ['a missing prop', 'Nguồn <Cite />.\n', `${FILE}:${BODY_LINE}:7: <Cite>: missing prop "id"`],
    ['a prop value outside its choices', '<Value k="a/1/b/c" show="all" />\n', `${FILE}:${BODY_LINE}:1: <Value> prop "show": "all", expected "value" or "rank" or "both" or "change"`],
    ['an expression as a prop', '<Value k={key} />\n', `${FILE}:${BODY_LINE}:1: <Value> prop "k": write the value in quotes`],
    ['an expression in the text', 'Điểm {43.29}.\n', `${FILE}:${BODY_LINE}:6: {…} expressions are not allowed`],
    ['an import line', '\nimport X from "./x.astro";\n\nChữ.\n', `${FILE}:${BODY_LINE + 1}:1: import and export lines are not allowed`],
  ])('%s', (_, body, message) => {
    expect(errorOf(body)).toContain(message);
  });

  it('broken MDX syntax', () => {
    expect(errorOf('Một <Term id="papi">thẻ không đóng.\n')).toMatch(new RegExp(`^${FILE}:${BODY_LINE}:5: MDX: Expected a closing tag for \`<Term>\``));
  });

  it('broken frontmatter, with its line in the file', () => {
    expect(() => prerenderMdx('---\ntitle: "Thử\nlocale: vi\n---\nChữ.\n', FILE)).toThrow(new RegExp(`^${FILE}:\\d+(:\\d+)?: frontmatter: `));
    expect(() => prerenderMdx('Chữ.\n', FILE)).toThrow(`${FILE}:1:1: no frontmatter`);
  });
});

describe('what a component points at is checked, with its place', () => {
  const ds = buildDataset(assertValidDataset(readDataFiles(process.cwd())));
  const glossary = new Set(['papi']);
  const use = (name: ProseComponentName, key: string): ProseComponentUse => ({ name, props: name === 'Value' || name === 'Stat' || name === 'Fact' ? { k: key } : { id: key }, at: 'f:1:1' });

  it('accepts what exists', () => {
    const r = prerenderMdx(readFileSync('content/articles/vi/ha-nam-2021.mdx', 'utf8'), 'x');
    const vi = new Set((JSON.parse(readFileSync('content/glossary/vi.json', 'utf8')) as { id: string }[]).map((t) => t.id));
    expect(r.components.map((c) => referenceProblem(ds, vi, c)).filter(Boolean)).toEqual([]);
  });

  it.each([
    ['Value', 'papi/2021/ha-nam/nothing', /no such result/],
    ['Stat', 'papi/2021/national/total/nothing', /no such statistic/],
    ['Stat', 'papi/2021', /no such statistic/],
    ['Fact', 'papi/nothing', /no such fact/],
    ['Cite', 'no-such-source', /no such source/],
    ['LegalDoc', 'no-such-document', /no such document/],
    ['Term', 'cchc', /no such term/],
  ] as const)('%s "%s"', (name, key, reason) => {
    expect(referenceProblem(ds, glossary, use(name, key))).toMatch(reason);
  });
});

describe('the loader', () => {
  function fakeContext(root: string) {
    const entries = new Map<string, Record<string, unknown> & { digest?: string; rendered?: unknown }>();
    let renders = 0;
    const context = {
      config: { root: pathToFileURL(root + '/') },
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: { id: string }) => (renders++, entries.set(entry.id, entry), true),
        keys: () => [...entries.keys()],
        delete: (id: string) => entries.delete(id),
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => {
        if (typeof data['title'] !== 'string') throw new Error('title: Required');
        return data;
      },
      generateDigest: (s: string) => String(s.length) + s.slice(-20),
      logger: { error: () => {} },
    } as unknown as LoaderContext;
    return { context, entries, renders: () => renders };
  }

  it('names entries after their file, checks a file again only when it changes, and forgets deleted files', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'prose-loader-'));
    try {
      const dir = path.join(root, 'content/articles');
      mkdirSync(path.join(dir, 'vi'), { recursive: true });
      mkdirSync(path.join(dir, 'en'), { recursive: true });
      writeFileSync(path.join(dir, 'vi/a.mdx'), '---\ntitle: A\nlocale: vi\nslug: chung\n---\nMột <Cite id="x" />.\n');
      writeFileSync(path.join(dir, 'en/a.mdx'), '---\ntitle: A\nlocale: en\nslug: chung\n---\nOne.\n');
      const loader = mdxArticleLoader({ base: './content/articles', folders: ['vi', 'en'] });
      const fake = fakeContext(root);
      await loader.load(fake.context);
      // The same slug in both languages cannot make one article replace the other.
      expect([...fake.entries.keys()].sort()).toEqual(['en/a', 'vi/a']);
      expect(fake.entries.get('vi/a')).toMatchObject({ filePath: 'content/articles/vi/a.mdx', data: { title: 'A', slug: 'chung' } });
      // The HTML is not kept in Astro's content cache, which the build bundles as one string: the page renders it.
      expect(fake.entries.get('vi/a')!.rendered).toBeUndefined();
      await loader.load(fake.context);
      expect(fake.renders()).toBe(2);
      rmSync(path.join(dir, 'en/a.mdx'));
      await loader.load(fake.context);
      expect([...fake.entries.keys()]).toEqual(['vi/a']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails on a file whose locale is not its folder, or whose frontmatter the schema refuses', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'prose-loader-'));
    try {
      const dir = path.join(root, 'content/articles/vi');
      mkdirSync(dir, { recursive: true });
      const loader = mdxArticleLoader({ base: './content/articles', folders: ['vi'] });
      writeFileSync(path.join(dir, 'b.mdx'), '---\ntitle: B\nlocale: en\n---\nB.\n');
      await expect(loader.load(fakeContext(root).context)).rejects.toThrow('content/articles/vi/b.mdx: field locale: "en", but the file is in vi/');
      writeFileSync(path.join(dir, 'b.mdx'), '---\nlocale: vi\n---\nB.\n');
      await expect(loader.load(fakeContext(root).context)).rejects.toThrow('title: Required');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
