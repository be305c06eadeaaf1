/**
 * The search page: runs ?q= on load, expands d/đ for accent-free typing, filters by result type,
 * and announces the result count. The query only ever reaches the page as text, never as HTML.
 */
import { mergeByScore, normaliseQuery, queryVariants } from '../lib/search-query.ts';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string>; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}
interface Strings {
  searching: string; found: string; foundOne: string; none: string; failed: string; within: string;
  types: Record<string, string>;
}

const MAX_RESULTS = 20;

/** Pagefind excerpts are our own page text with <mark> around hits: keep only text and marks. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstChild?.childNodes.forEach((n) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(n.textContent ?? ''));
    else if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  });
  return out;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const strings = JSON.parse(root.querySelector('script[data-search-strings]')!.textContent ?? '{}') as Strings;
  const bundle = root.dataset['pagefindBase']!;
  const siteBase = root.dataset['siteBase']!;
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      // Pagefind's own UI ignores Astro's base path: give it the site's base explicitly.
      await pf.options({ baseUrl: siteBase, excerptLength: 24 });
      await pf.init();
      return pf;
    }));

  const typeLabel = (key: string) => strings.types[key] ?? '';

  async function search(raw: string, type: string): Promise<void> {
    const query = normaliseQuery(raw);
    const mine = ++run;
    list.replaceChildren();
    empty.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = strings.failed;
      return;
    }
    const filters = type ? { type: typeLabel(type) } : undefined;
    const lists = await Promise.all(queryVariants(query).map(async (q) => (await pf.search(q, filters ? { filters } : {}))?.results ?? []));
    if (mine !== run) return;
    const merged = mergeByScore(lists);
    const shown = await Promise.all(merged.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (mine !== run) return;
    for (const data of shown) list.append(resultItem(data));
    const n = merged.length;
    status.textContent = fill(n === 0 ? strings.none : n === 1 ? strings.foundOne : strings.found, { n: String(n), q: query });
    empty.hidden = n !== 0;
  }

  function resultItem(data: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    const type = document.createElement('span');
    type.className = 'result-type';
    type.textContent = data.meta['type'] ?? '';
    const link = document.createElement('a');
    link.className = 'result-title';
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(type, link, excerpt);
    // Deep links to the sections (headings with ids) that matched.
    const subs = data.sub_results.filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.setAttribute('aria-label', strings.within);
      for (const s of subs) {
        const sli = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        a.textContent = s.title;
        const p = document.createElement('p');
        p.append(...excerptNodes(s.excerpt));
        sli.append(a, p);
        ul.append(sli);
      }
      li.append(ul);
    }
    return li;
  }

  const params = new URLSearchParams(window.location.search);
  const initial = normaliseQuery(params.get('q') ?? '');
  const initialType = params.get('type') ?? '';
  input.value = initial;
  const radio = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(initialType)}"]`);
  if (radio) radio.checked = true;

  const current = () => ({ q: input.value, type: form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '' });
  const update = () => {
    const { q, type } = current();
    const url = new URL(window.location.href);
    url.searchParams.set('q', normaliseQuery(q));
    if (type) url.searchParams.set('type', type);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    void search(q, type);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name === 'type') update();
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  if (initial) void search(initial, radio?.value ?? '');
}
