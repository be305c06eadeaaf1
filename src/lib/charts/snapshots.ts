/**
 * Frozen editions: when a data edition is published, every registered chart's model is written to
 * content/snapshots/<edition>.json (npm run edition:freeze). Versioned embeds render from that file,
 * so an old article keeps showing the data it was written with.
 */
import { z } from 'astro/zod';
import type { ChartModel } from './model.ts';

export const snapshotSchema = z.strictObject({
  edition: z.string(),
  frozen: z.string(),
  /** "<locale>/<chart id>" → the chart model as it was. */
  charts: z.record(z.string(), z.unknown()),
});

const files = import.meta.glob<{ default: unknown }>('/content/snapshots/*.json', { eager: true });

export interface FrozenChart {
  edition: string;
  model: ChartModel;
}

export function frozenCharts(): FrozenChart[] {
  return Object.entries(files).flatMap(([file, mod]) => {
    const parsed = snapshotSchema.safeParse(mod.default);
    if (!parsed.success) throw new Error(`${file.slice(1)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return Object.values(parsed.data.charts).map((model) => ({ edition: parsed.data.edition, model: model as ChartModel }));
  });
}
