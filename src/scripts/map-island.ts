/**
 * The interactive map: Chart.js with chartjs-chart-geo, loaded only when the reader asks, like the other charts,
 * and only on pages that show a map (chart-island.ts never imports it). The boundary file is fetched only then.
 */
import { offerUpgrades } from './chart-offer.ts';
import type { MapIslandModel } from './map-draw.ts';

async function upgradeMap(figure: HTMLElement): Promise<void> {
  const json = figure.querySelector('script[data-map-model]')?.textContent;
  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
  const url = figure.dataset['mapBoundaries'];
  if (!json || !frame || !url) return;
  const model = JSON.parse(json) as MapIslandModel;
  const [{ drawMap }, topology] = await Promise.all([
    import('./map-draw.ts'),
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<unknown>;
    }),
  ]);
  drawMap(frame, model, topology);
  figure.dataset['chartReady'] = 'true';
}

export function enhanceMaps(): void {
  offerUpgrades('[data-chart-figure][data-map-boundaries]', upgradeMap);
}
