import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { correctionsChannel, isLocalSite, siteOwner } from '../../src/lib/deploy-env.ts';

const PROD = 'https://chiso.example.org';
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('correctionsChannel: the one way readers report an error', () => {
  it('fails a production build with neither setting, naming both', () => {
    expect(() => correctionsChannel({ SITE_URL: PROD })).toThrow(/CORRECTIONS_EMAIL or CORRECTIONS_URL/);
  });
  it('fails any build with both settings, naming both', () => {
    expect(() => correctionsChannel({ SITE_URL: PROD, CORRECTIONS_EMAIL: 'a@b.vn', CORRECTIONS_URL: 'https://x.vn/f' })).toThrow(
      /CORRECTIONS_EMAIL and CORRECTIONS_URL/,
    );
    expect(() => correctionsChannel({ CORRECTIONS_EMAIL: 'a@b.vn', CORRECTIONS_URL: 'https://x.vn/f' })).toThrow();
  });
  it('accepts exactly one in production', () => {
    expect(correctionsChannel({ SITE_URL: PROD, CORRECTIONS_EMAIL: ' sua-loi@chiso.vn ' })).toEqual({
      kind: 'email', address: 'sua-loi@chiso.vn', href: 'mailto:sua-loi@chiso.vn',
    });
    expect(correctionsChannel({ SITE_URL: PROD, CORRECTIONS_URL: 'https://github.com/o/r/issues/new' })).toEqual({
      kind: 'url', href: 'https://github.com/o/r/issues/new',
    });
  });
  it('rejects a malformed address or a non-https form', () => {
    expect(() => correctionsChannel({ SITE_URL: PROD, CORRECTIONS_EMAIL: 'not an address' })).toThrow(/e-mail address/);
    expect(() => correctionsChannel({ SITE_URL: PROD, CORRECTIONS_URL: 'http://x.vn/form' })).toThrow(/https/);
  });
  it('lets a local build (unset, localhost, 127.0.0.1) go without one', () => {
    for (const SITE_URL of [undefined, 'http://localhost:4321', 'http://127.0.0.1:4321']) {
      expect(isLocalSite(SITE_URL)).toBe(true);
      expect(correctionsChannel({ SITE_URL })).toBeNull();
    }
    expect(isLocalSite(PROD)).toBe(false);
  });
});

describe('siteOwner: who runs the site, named by the deployer', () => {
  it('is null on a local build when SITE_OWNER is unset or blank, so the About page says only "an independent team"', () => {
    expect(siteOwner({})).toBeNull();
    expect(siteOwner({ SITE_OWNER: '   ' })).toBeNull();
  });
  it('fails a production build without SITE_OWNER, naming the setting', () => {
    expect(() => siteOwner({ SITE_URL: PROD })).toThrow(/needs SITE_OWNER/);
    expect(siteOwner({ SITE_URL: PROD, SITE_OWNER: 'Nhóm Chỉ số Hà Nam' })).toBe('Nhóm Chỉ số Hà Nam');
  });
  it('returns the name as written, with spaces tidied', () => {
    expect(siteOwner({ SITE_OWNER: '  Nhóm  Chỉ số Hà Nam ' })).toBe('Nhóm Chỉ số Hà Nam');
  });
  it('rejects markup and over-long values', () => {
    expect(() => siteOwner({ SITE_OWNER: '<b>x</b>' })).toThrow(/SITE_OWNER/);
    expect(() => siteOwner({ SITE_OWNER: 'x'.repeat(121) })).toThrow(/SITE_OWNER/);
  });
});

describe('the Astro config applies the rule before a production build starts', () => {
  const loadConfig = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['-e', "import('./astro.config.mjs').then(() => console.log('config loaded'))"], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      timeout: 60_000,
    });
  it('fails, naming both settings, for SITE_URL=https://… without a corrections address', () => {
    const run = loadConfig({ SITE_URL: PROD });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/CORRECTIONS_EMAIL or CORRECTIONS_URL/);
  }, 60_000);
  it('fails, naming SITE_OWNER, for SITE_URL=https://… with a corrections address but no owner', () => {
    const run = loadConfig({ SITE_URL: PROD, CORRECTIONS_URL: 'https://github.com/o/r/issues/new' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/needs SITE_OWNER/);
  }, 60_000);
  it('loads with exactly one corrections address and an owner', () => {
    const run = loadConfig({ SITE_URL: PROD, CORRECTIONS_URL: 'https://github.com/o/r/issues/new', SITE_OWNER: 'Nhóm Chỉ số Hà Nam' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('config loaded');
  }, 60_000);
});
