/**
 * The search page: runs ?q= on load, expands d/đ for accent-free typing, filters by result type,
 * and announces the result count. The query only ever reaches the page as text, never as HTML.
 */
import { mergeByScore, normaliseQuery, queryVariants } from '../lib/search-query.ts';
import { fillTemplate as fill } from '../i18n/template.ts';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string>; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}
interface Strings {
  searching: string; found: string; foundOne: string; none: string; failed: string; within: string; more: string; shown: string;
  types: Record<string, string>;
}

/**
 * Results shown at first and per "show more": each result fetches its own fragment (0.5–6 KB, the page's text), and
 * fragments are most of what a search downloads beyond Pagefind itself (bench/results/search.md). Five fill a
 * phone screen and keep a search small on a slow connection; Pagefind's own interface also starts with five.
 */
const PAGE_SIZE = 5;

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

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const moreWrap = root.querySelector<HTMLElement>('[data-search-more-wrap]')!;
  const moreButton = moreWrap.querySelector('button')!;
  const strings = JSON.parse(root.querySelector('script[data-search-strings]')!.textContent ?? '{}') as Strings;
  const bundle = root.dataset['pagefindBase']!;
  const siteBase = root.dataset['siteBase']!;
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  /** The current search's merged results and how many of them are on the page. */
  let merged: PagefindResult[] = [];
  let shownCount = 0;
  let currentQuery = '';

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      // Pagefind's own UI ignores Astro's base path: give it the site's base explicitly.
      // noWorker: the main thread searches this small index quickly, and the worker script would add 12 KB.
      // pageLength 0.2 (Pagefind's default 0.75): pages here run from 80-word chart permalinks, whose title names
      // the province, to the 3,000-word Hà Nam page with its story; at 0.5 the short pages bury the page a reader
      // is looking for ("ha nam" put three chart pages above /ha-nam/; tests/browser/search-queries.test.ts).
      await pf.options({ baseUrl: siteBase, excerptLength: 24, noWorker: true, ranking: { pageLength: 0.2 } });
      await pf.init();
      return pf;
    }));

  const typeLabel = (key: string) => strings.types[key] ?? '';

  async function search(raw: string, type: string): Promise<void> {
    const query = normaliseQuery(raw);
    const mine = ++run;
    list.replaceChildren();
    empty.hidden = true;
    moreWrap.hidden = true;
    merged = [];
    shownCount = 0;
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
    merged = mergeByScore(lists);
    currentQuery = query;
    await showMore(mine);
    if (mine !== run) return;
    empty.hidden = merged.length !== 0;
  }

  /** Appends the next page of results and returns the first new item. */
  async function showMore(mine: number): Promise<HTMLLIElement | undefined> {
    const next = await Promise.all(merged.slice(shownCount, shownCount + PAGE_SIZE).map((r) => r.data()));
    if (mine !== run) return undefined;
    const items = next.map(resultItem);
    list.append(...items);
    shownCount += items.length;
    const n = merged.length;
    const found = fill(n === 0 ? strings.none : n === 1 ? strings.foundOne : strings.found, { n: String(n), q: currentQuery });
    status.textContent = shownCount < n ? `${found} ${fill(strings.shown, { shown: String(shownCount), n: String(n) })}` : found;
    moreWrap.hidden = shownCount >= n;
    return items[0];
  }

  moreButton.addEventListener('click', async () => {
    // One page at a time: a second press while fragments load would list the same results twice.
    if (moreButton.disabled) return;
    moreButton.disabled = true;
    const first = await showMore(run).finally(() => (moreButton.disabled = false));
    // Keyboard and screen-reader users land on the first new result, not back at the top.
    const link = first?.querySelector<HTMLAnchorElement>('a.result-title');
    link?.focus();
  });

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
