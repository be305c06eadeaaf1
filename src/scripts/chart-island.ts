/**
 * Replaces each chart's build-time image with an interactive Chart.js chart when it scrolls into view.
 * Chart.js and the shared config load only then, so pages without charts never fetch them.
 */
import type { DrawModel } from '../lib/charts/chartjs-config.ts';

async function upgrade(figure: HTMLElement): Promise<void> {
  const json = figure.querySelector('script[data-chart-model]')?.textContent;
  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
  if (!json || !frame) return;
  const model = JSON.parse(json) as DrawModel;
  const [{ Chart, BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip }, { chartJsConfig, chartHeight }] =
    await Promise.all([import('chart.js'), import('../lib/charts/chartjs-config.ts')]);
  Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
  // Load both weights with Vietnamese letters, or the first draw would use a fallback font for them.
  await Promise.all([
    document.fonts.load('400 12px "Be Vietnam Pro"', 'Tiếng Việt: đ ơ ư ạ ố ữ 0123456789'),
    document.fonts.load('600 12px "Be Vietnam Pro"', 'Tiếng Việt: đ ơ ư ạ ố ữ 0123456789'),
  ]).catch(() => undefined);
  const holder = document.createElement('div');
  holder.style.position = 'relative';
  holder.style.height = `${chartHeight(model)}px`;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-labelledby', `chart-${model.id}-title`);
  canvas.setAttribute('aria-describedby', `chart-${model.id}-summary`);
  holder.append(canvas);
  frame.append(holder);
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  new Chart(canvas, chartJsConfig(model, { animate: !reduced, responsive: true }));
  figure.dataset['chartReady'] = 'true';
}

export function enhanceCharts(): void {
  const figures = document.querySelectorAll<HTMLElement>('[data-chart-figure]:not([data-chart-ready])');
  if (!figures.length) return;
  if (!('IntersectionObserver' in window)) {
    figures.forEach((f) => void upgrade(f));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void upgrade(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  figures.forEach((f) => observer.observe(f));
}
