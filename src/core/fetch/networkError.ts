import { RevueError } from '../../shared/errors.js';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);

/** Turns a failure thrown by fetch() into FETCH_DNS or FETCH_NETWORK, keeping the original as cause. */
export function networkError(error: unknown, url: URL): RevueError {
  if (error instanceof RevueError) return error;
  const code = errorCode(error);
  if (code !== null && DNS_CODES.has(code)) {
    return new RevueError('FETCH_DNS', { host: url.hostname }, { cause: error });
  }
  return new RevueError('FETCH_NETWORK', { url: url.href, detail: code ?? errorMessage(error) }, { cause: error });
}

/** undici wraps the socket error: `TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })`, sometimes twice. */
function errorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code: unknown = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.length > 0) return code;
    // An AggregateError (happy-eyeballs tried IPv4 and IPv6) carries the socket errors in `errors`.
    const errors: unknown = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
