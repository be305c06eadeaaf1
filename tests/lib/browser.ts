/**
 * Headless Debian Chromium through playwright-core (no browser download: the system one is used).
 * Each context is its own Chromium with a fresh profile folder, removed on close.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INSTALL_HINT } from './html-validator.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling home, which this machine's closed network refuses.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}. ${INSTALL_HINT}`);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fixed set of browsers shared by concurrent tests: each test borrows one and gives it back.
 * If Chromium cannot start, every test that asks for one fails with the reason (rather than being skipped,
 * as tests are when a beforeAll hook throws).
 */
export class BrowserPool {
  private readonly idle: Browser[] = [];
  private readonly waiting: ((b: Browser) => void)[] = [];
  private readonly all: Browser[] = [];
  private launchError: unknown;

  static async open(size: number): Promise<BrowserPool> {
    const pool = new BrowserPool();
    const launched = await Promise.allSettled(Array.from({ length: size }, () => launchBrowser()));
    for (const result of launched) {
      if (result.status === 'fulfilled') pool.all.push(result.value);
      else pool.launchError ??= result.reason;
    }
    pool.idle.push(...pool.all);
    return pool;
  }

  async use<T>(work: (context: BrowserContext) => Promise<T>): Promise<T> {
    if (this.launchError) throw this.launchError;
    const browser = this.idle.pop() ?? (await new Promise<Browser>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(browser.context);
    } finally {
      const next = this.waiting.shift();
      if (next) next(browser);
      else this.idle.push(browser);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((b) => b.close()));
  }
}
