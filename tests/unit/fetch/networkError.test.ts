import { describe, expect, it } from 'vitest';
import { networkError } from '../../../src/core/fetch/networkError.js';

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

  it('turns a reset, or an AggregateError of refused attempts, into FETCH_NETWORK with the socket code', () => {
    expect(networkError(fetchFailed(sysError('ECONNRESET')), url).params).toEqual({ url: url.href, detail: 'ECONNRESET' });
    const both = new AggregateError([sysError('ECONNREFUSED'), sysError('ECONNREFUSED')], 'connect');
    expect(networkError(fetchFailed(both), url).params['detail']).toBe('ECONNREFUSED');
  });

  it('keeps the message when there is no code', () => {
    expect(networkError(new TypeError('fetch failed'), url).params['detail']).toBe('fetch failed');
  });
});
