/**
 * Replaces a chart's build-time image with an interactive Chart.js chart when the reader asks for it: the
 * "interactive chart" button (touch, keyboard) or a mouse over the picture. The image and the table already
 * carry every number, so a reader on a phone never downloads Chart.js (70 KB) unless they want tooltips.
 */
import type { DrawModel } from '../lib/charts/chartjs-config.ts';
import { offerUpgrades } from './chart-offer.ts';

async function upgrade(figure: HTMLElement): Promise<void> {
  const json = figure.querySelector('script[data-chart-model]')?.textContent;
  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
  if (!json || !frame) return;
  const model = JSON.parse(json) as DrawModel;
  const [{ Chart, BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip }, { chartJsConfig, chartHeight, drawPanels, PHONE_MAX_WIDTH }] =
    await Promise.all([import('chart.js'), import('../lib/charts/chartjs-config.ts')]);
  Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
  // Load both weights with Vietnamese letters, or the first draw would use a fallback font for them.
  await Promise.all([
    document.fonts.load('400 12px "Be Vietnam Pro"', 'Tiếng Việt: đ ơ ư ạ ố ữ 0123456789'),
    document.fonts.load('600 12px "Be Vietnam Pro"', 'Tiếng Việt: đ ơ ư ạ ố ữ 0123456789'),
  ]).catch(() => undefined);
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The same breakpoint as the page's <picture>: on a narrow screen the phone layout (larger text, labels above
  // bars, the ranking as a strip), redrawn when the window crosses it (a phone turned, a window resized).
  const narrow = window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  let charts: InstanceType<typeof Chart>[] = [];
  const draw = () => {
    const layout = narrow.matches ? 'phone' : 'wide';
    if (frame.dataset['chartLayout'] === layout) return;
    charts.forEach((c) => c.destroy());
    frame.querySelectorAll('[data-chart-holder]').forEach((h) => h.remove());
    // A method change gives one canvas per panel, each on its own axis.
    charts = drawPanels(model).map((panel) => {
      const holder = document.createElement('div');
      holder.dataset['chartHolder'] = '';
      holder.style.position = 'relative';
      holder.style.height = `${chartHeight(panel, layout)}px`;
      const canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-labelledby', `chart-${model.id}-title`);
      canvas.setAttribute('aria-describedby', `chart-${model.id}-summary`);
      holder.append(canvas);
      frame.append(holder);
      return new Chart(canvas, chartJsConfig(panel, { animate: !reduced, responsive: true, layout }));
    });
    frame.dataset['chartLayout'] = layout;
  };
  draw();
  narrow.addEventListener('change', draw);
  figure.dataset['chartReady'] = 'true';
}

/** Every chart on the page except maps, which have their own island (map-island.ts). */
export function enhanceCharts(): void {
  offerUpgrades('[data-chart-figure]:not([data-map-boundaries])', upgrade);
}
