/**
 * Draws a map with Chart.js and chartjs-chart-geo. Colours, Hà Nam's outline, tooltips and legend come from the same
 * model as the picture; the legend is HTML under the map, since the picture that carried it is hidden.
 * Named imports only, so that the bundle keeps just the parts of Chart.js a map uses.
 */
import { Chart, Tooltip } from 'chart.js';
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale, topojson } from 'chartjs-chart-geo';
import type { MapDraw } from '../lib/charts/map.ts';

export type MapIslandModel = MapDraw & { kind: 'map'; id: string; label: string; phoneMaxWidth: number };

type Topology = Parameters<typeof topojson.feature>[0];
type TopoObject = Parameters<typeof topojson.feature>[1];

export function drawMap(frame: HTMLElement, model: MapIslandModel, topology: unknown): void {
  Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale, Tooltip);
  const topo = topology as Topology;
  const collection = topojson.feature(topo, (topo.objects as Record<string, TopoObject>)['provinces']!) as unknown as { features: { id?: string | number }[] };
  const byCode = new Map(collection.features.map((f) => [String(f.id), f]));
  const units = model.units.filter((u) => byCode.has(u.code));
  const phone = window.matchMedia(`(max-width: ${model.phoneMaxWidth}px)`).matches;
  const holder = document.createElement('div');
  holder.style.position = 'relative';
  holder.style.height = `${Math.round(frame.clientWidth * (phone ? 1.1 : 0.75))}px`;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-labelledby', `chart-${model.id}-title`);
  canvas.setAttribute('aria-describedby', `chart-${model.id}-summary`);
  holder.append(canvas);
  const legend = document.createElement('ul');
  legend.className = 'map-legend';
  for (const item of model.legend) {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `map-swatch${item.hatched ? ' hatched' : ''}${item.outlined ? ' outlined' : ''}`;
    swatch.style.backgroundColor = item.fill;
    li.append(swatch, document.createTextNode(item.label));
    legend.append(li);
  }
  frame.append(holder, legend);
  new Chart(canvas, {
    type: 'choropleth',
    data: {
      labels: units.map((u) => u.name),
      datasets: [
        {
          label: model.label,
          outline: collection.features as never,
          showOutline: false,
          data: units.map((u) => ({ feature: byCode.get(u.code) as never, value: 0 })),
          backgroundColor: units.map((u) => u.fill),
          borderColor: units.map((u) => (u.outlined ? '#e66100' : '#ffffff')),
          borderWidth: units.map((u) => (u.outlined ? 3 : 0.5)),
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => `${units[c.dataIndex]!.name}: ${units[c.dataIndex]!.text}` } } },
      scales: { projection: { axis: 'x', projection: 'mercator' }, color: { axis: 'x', display: false } },
    },
  });
}
