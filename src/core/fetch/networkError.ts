import { RevueError, type ErrorCode } from '../../shared/errors.js';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);

/**
 * The socket and TLS codes a reader can act on, each with its own message; any other failure is
 * FETCH_NETWORK. The raw code stays in `detail` for logs, never in the message.
 */
const CODES: Record<string, ErrorCode> = {
  ECONNREFUSED: 'FETCH_REFUSED',
  ECONNRESET: 'FETCH_RESET',
  EPIPE: 'FETCH_RESET',
  UND_ERR_SOCKET: 'FETCH_RESET',
  EHOSTUNREACH: 'FETCH_UNREACHABLE',
  ENETUNREACH: 'FETCH_UNREACHABLE',
  ENETDOWN: 'FETCH_UNREACHABLE',
  EHOSTDOWN: 'FETCH_UNREACHABLE',
};

/** Node's certificate and handshake failures: CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, DEPTH_ZERO_SELF_SIGNED_CERT… */
function isTlsCode(code: string): boolean {
  return /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code);
}

/** Turns a failure thrown by fetch() into a FETCH_* code a reader understands, keeping the original as cause. */
export function networkError(error: unknown, url: URL): RevueError {
  if (error instanceof RevueError) return error;
  const code = errorCode(error);
  if (code !== null && DNS_CODES.has(code)) {
    return new RevueError('FETCH_DNS', { host: url.hostname }, { cause: error });
  }
  const detail = code ?? errorMessage(error);
  const params = { url: url.href, detail };
  if (code !== null && CODES[code]) return new RevueError(CODES[code], params, { cause: error });
  if (code !== null && isTlsCode(code)) return new RevueError('FETCH_TLS', params, { cause: error });
  // The Fetch standard blocks ports of other protocols (25, 6000…); undici says only "bad port".
  if (/\bbad port\b/i.test(detail)) return new RevueError('FETCH_BAD_PORT', params, { cause: error });
  return new RevueError('FETCH_NETWORK', params, { cause: error });
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
