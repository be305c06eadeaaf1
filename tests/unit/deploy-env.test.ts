import { describe, expect, it } from 'vitest';
import { correctionsChannel, isLocalSite } from '../../src/lib/deploy-env.ts';

const PROD = 'https://chiso.example.org';

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
