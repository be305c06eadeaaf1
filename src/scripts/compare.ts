/**
 * The compare view in the browser: reads ?p= and ?nam=, builds the chart model with buildChartModel over the
 * compare payload, draws it with the shared Chart.js config, writes the summary and the table as text (never as
 * HTML), and offers the PNG and CSV of exactly that comparison.
 */
import { buildChartModel, type ChartModel } from '../lib/charts/model.ts';
import type { ChartSpec } from '../lib/charts/spec.ts';
import { compareDataSource, parseSelection, COMPARE_PARAM, YEAR_PARAM, type ComparePayload } from '../lib/charts/compare-data.ts';
import { toCsv } from '../lib/charts/csv.ts';
import type { Locale } from '../i18n/index.ts';
import { fillTemplate as fill } from '../i18n/template.ts';

interface Strings {
  showTable: string; tableOf: string; downloadPng: string; downloadCsv: string; updated: string; nothing: string; noData: string; computed: string; conflict: string;
}

/** A table cell with its data key, its marks in data-marks and, as text, a computed rank's or a conflict's label. */
function markedCell(c: ChartModel['table']['rows'][number]['cells'][number], strings: { computed: string; conflict: string }): HTMLTableCellElement {
  const labels = [c.marks.includes('computed') ? strings.computed : '', c.marks.includes('conflict') ? strings.conflict : ''].filter(Boolean);
  const td = el('td', { className: 'num', textContent: (c.rank ? `${c.text} · ${c.rank}` : c.text) + (labels.length ? ` (${labels.join(', ')})` : '') });
  td.dataset['key'] = c.key ?? '';
  td.dataset['marks'] = c.marks.join(' ');
  return td;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function download(name: string, blob: Blob): void {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function startCompare(): void {
  const root = document.querySelector<HTMLElement>('[data-compare-root]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const live = root.querySelector<HTMLElement>('[data-compare-live]')!;
  const staticFigure = root.querySelector<HTMLElement>('[data-compare-static]')!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const strings = JSON.parse(root.querySelector('script[data-compare-strings]')!.textContent ?? '{}') as Strings;
  const locale = (root.dataset['locale'] === 'en' ? 'en' : 'vi') as Locale;
  let payload: Promise<ComparePayload> | undefined;
  let chart: { destroy(): void } | undefined;
  const load = () => (payload ??= fetch(root.dataset['payload']!).then((r) => r.json() as Promise<ComparePayload>));

  async function render(selection: string[], year: number): Promise<void> {
    const data = await load();
    if (!selection.length) {
      status.textContent = strings.nothing;
      return;
    }
    const y = data.years.includes(year) ? year : data.years.at(-1)!;
    // Built by hand, not parsed: the schema library stays out of the browser bundle.
    const spec: ChartSpec = {
      id: `so-sanh-${y}`,
      kind: 'bars',
      index: data.index as ChartSpec['index'],
      measures: [data.measure],
      provinces: selection,
      years: { year: y },
      compare: ['median'],
      ...(selection.includes('ha-nam') ? { featured: 'ha-nam' } : {}),
    };
    const model = buildChartModel(compareDataSource(data), spec, locale);
    await draw(model);
    status.textContent = fill(strings.updated, { title: model.title });
  }

  async function draw(model: ChartModel): Promise<void> {
    const [{ Chart, BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip }, { chartJsConfig, chartHeight, drawModel }] = await Promise.all([
      import('chart.js'),
      import('../lib/charts/chartjs-config.ts'),
    ]);
    Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip);
    chart?.destroy();
    const titleId = 'compare-live-title';
    const summaryId = 'compare-live-summary';
    const canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-labelledby', titleId);
    canvas.setAttribute('aria-describedby', summaryId);
    const holder = el('div', {}, canvas);
    holder.style.position = 'relative';
    holder.style.height = `${chartHeight(drawModel(model))}px`;
    const head = el('tr', {}, el('th', { scope: 'col', textContent: model.table.rowHeader }), ...model.table.columns.map((c) => el('th', { scope: 'col', className: 'num', textContent: c })));
    const rows = model.table.rows.map((r) =>
      el('tr', {}, el('th', { scope: 'row', textContent: r.header }), ...r.cells.map((c) => markedCell(c, strings))),
    );
    const scroll = el('div', { className: 'table-scroll', tabIndex: 0 }, el('table', {}, el('caption', { textContent: model.table.caption }), el('thead', {}, head), el('tbody', {}, ...rows)));
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', `${strings.tableOf} ${model.title}`);
    const png = el('button', { type: 'button', className: 'secondary', textContent: strings.downloadPng });
    const csv = el('button', { type: 'button', className: 'secondary', textContent: strings.downloadCsv });
    const figure = el(
      'figure',
      { className: 'chart' },
      el('figcaption', {}, el('h2', { id: titleId, className: 'chart-title', textContent: model.title }), el('p', { className: 'chart-subtitle', textContent: model.subtitle })),
      holder,
      el('p', { id: summaryId, className: 'chart-summary', textContent: model.summary }),
      el('details', {}, el('summary', { textContent: strings.showTable }), scroll),
      el('ul', { className: 'chart-notes' }, ...model.notes.map((n) => el('li', { textContent: n }))),
      el('p', { className: 'chart-source', textContent: `${model.sourceLine}.` }),
      el('p', { className: 'compare-actions' }, png, csv),
    );
    live.replaceChildren(figure);
    live.hidden = false;
    staticFigure.hidden = true;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    await document.fonts.load('400 12px "Be Vietnam Pro"', 'Tiếng Việt đ ơ ư').catch(() => undefined);
    chart = new Chart(canvas, chartJsConfig(drawModel(model), { animate: !reduced, responsive: true }));
    png.addEventListener('click', () => {
      // Chart.js leaves the canvas transparent: export it on white, like the build-time images.
      const out = document.createElement('canvas');
      out.width = canvas.width;
      out.height = canvas.height;
      const ctx = out.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(canvas, 0, 0);
      out.toBlob((blob) => blob && download(`${model.id}.png`, blob), 'image/png');
    });
    csv.addEventListener('click', () => download(`${model.id}.csv`, new Blob([toCsv(model.records)], { type: 'text/csv;charset=utf-8' })));
  }

  function current(): { selection: string[]; year: number } {
    const data = new FormData(form);
    return { selection: data.getAll(COMPARE_PARAM).map(String), year: Number(data.get(YEAR_PARAM)) };
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const { selection, year } = current();
    const url = new URL(window.location.href);
    url.searchParams.delete(COMPARE_PARAM);
    if (selection.length) url.searchParams.set(COMPARE_PARAM, selection.join(','));
    url.searchParams.set(YEAR_PARAM, String(year));
    history.replaceState(null, '', url);
    void render(selection, year);
  });

  const params = new URLSearchParams(window.location.search);
  if (params.has(COMPARE_PARAM) || params.has(YEAR_PARAM)) {
    void load().then((data) => {
      const known = new Set(data.provinces.map((p) => p.slug));
      const selection = params.has(COMPARE_PARAM) ? parseSelection(params, known) : data.defaults;
      const year = Number(params.get(YEAR_PARAM)) || data.years.at(-1)!;
      // Reflect the URL in the form, so the choice can be changed from there.
      form.querySelectorAll<HTMLInputElement>(`input[name="${COMPARE_PARAM}"]`).forEach((box) => (box.checked = selection.includes(box.value)));
      const select = form.querySelector<HTMLSelectElement>(`select[name="${YEAR_PARAM}"]`);
      if (select && data.years.includes(year)) select.value = String(year);
      return render(selection, year);
    });
  }
}
