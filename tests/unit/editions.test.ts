/** A published edition is frozen: the latest edition's snapshot must match what the live data draws. */
import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { liveModels } from '../../src/lib/charts/live-models.ts';

// Reading and validating the whole dataset takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const editions = JSON.parse(readFileSync('content/editions.json', 'utf8')) as { id: string }[];

describe('data editions', () => {
  it('every edition has a frozen snapshot', () => {
    for (const e of editions) expect(existsSync(`content/snapshots/${e.id}.json`), `content/snapshots/${e.id}.json`).toBe(true);
  });
  it('the latest snapshot still matches the live charts (publish a new edition when the data changes)', () => {
    const latest = editions.at(-1)!;
    const snapshot = JSON.parse(readFileSync(`content/snapshots/${latest.id}.json`, 'utf8')) as { charts: Record<string, unknown> };
    expect(JSON.parse(JSON.stringify(liveModels()))).toEqual(snapshot.charts);
  });
});
