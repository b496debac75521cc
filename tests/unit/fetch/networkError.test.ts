import { describe, expect, it } from 'vitest';
import { networkError } from '../../../src/core/fetch/networkError.js';
import { formatErrorMessage } from '../../../src/shared/errors.js';

// The shapes undici really throws: TypeError('fetch failed') whose cause is the socket or resolver error.
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}
function sysError(code: string): Error {
  return Object.assign(new Error(`getaddrinfo ${code} journal.example`), { code });
}

describe('networkError', () => {
  const url = new URL('https://journal.example/a');

  it('turns resolver failures (ENOTFOUND, EAI_AGAIN) into FETCH_DNS naming the host', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN']) {
      expect(networkError(fetchFailed(sysError(code)), url).toJSON()).toMatchObject({
        code: 'FETCH_DNS',
        params: { host: 'journal.example' },
      });
    }
  });

  it('turns a reset, or an AggregateError of refused attempts, into their own codes, the socket code kept for logs', () => {
    expect(networkError(fetchFailed(sysError('ECONNRESET')), url).toJSON()).toMatchObject({ code: 'FETCH_RESET', params: { url: url.href, detail: 'ECONNRESET' } });
    const both = new AggregateError([sysError('ECONNREFUSED'), sysError('ECONNREFUSED')], 'connect');
    expect(networkError(fetchFailed(both), url).toJSON()).toMatchObject({ code: 'FETCH_REFUSED', params: { detail: 'ECONNREFUSED' } });
    expect(networkError(fetchFailed(sysError('ENETUNREACH')), url).code).toBe('FETCH_UNREACHABLE');
  });

  it('tells a certificate failure and a blocked port apart from other network failures', () => {
    expect(networkError(fetchFailed(sysError('CERT_HAS_EXPIRED')), url).code).toBe('FETCH_TLS');
    expect(networkError(fetchFailed(sysError('DEPTH_ZERO_SELF_SIGNED_CERT')), url).code).toBe('FETCH_TLS');
    expect(networkError(fetchFailed(new Error('bad port')), url).code).toBe('FETCH_BAD_PORT');
  });

  it('keeps the message of an unknown failure for logs, and out of what the reader sees', () => {
    const error = networkError(new TypeError('fetch failed'), url);
    expect(error.toJSON()).toMatchObject({ code: 'FETCH_NETWORK', params: { detail: 'fetch failed' } });
    expect(formatErrorMessage(error.code, error.params, 'fr')).toBe('Connexion impossible avec le site\u00A0: https://journal.example/a');
  });

  it('says every network failure in French without a word of English or a technical code', () => {
    const failures = [sysError('ECONNRESET'), sysError('ECONNREFUSED'), sysError('EHOSTUNREACH'), sysError('CERT_HAS_EXPIRED'), new Error('bad port'), new Error('other side closed')];
    for (const cause of failures) {
      const { code, params } = networkError(fetchFailed(cause), url);
      const french = formatErrorMessage(code, params, 'fr').replace(url.href, '');
      expect(french, code).not.toMatch(/fetch|failed|bad port|closed|E[A-Z]{4,}|CERT/);
      const english = formatErrorMessage(code, params, 'en').replace(url.href, '');
      expect(english, code).not.toMatch(/[éèàç«»]|E[A-Z]{4,}/);
    }
  });
});
