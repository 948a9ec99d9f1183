import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '#lib/site/content-security-policy.ts';

describe('the Content-Security-Policy', () => {
  it('takes everything from the site, runs scripts from files only, allows WebAssembly for search, and no plugins, base or foreign forms', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('allows no inline script or style, no eval, and nothing a meta element ignores', () => {
    for (const loophole of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      'data:',
      'blob:',
      '*',
      'frame-ancestors',
      'report-uri',
      'sandbox',
    ]) {
      expect(contentSecurityPolicy).not.toContain(loophole);
    }
  });
});
