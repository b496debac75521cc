import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp.js';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe('the Content-Security-Policy of the UI', () => {
  it('runs our own scripts only: no inline script, no eval, no remote script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('loads no plugin, frame, base or form target, and cannot be framed', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.has('frame-src')).toBe(false);
    expect(directives.has('child-src')).toBe(false);
  });

  it('talks to its own origin only; remote images only over https (shown on request)', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('style-src')?.some((source) => /^https?:/.test(source))).toBe(false);
  });
});
