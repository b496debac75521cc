import { RevueError } from '../../shared/errors.js';
import { assertSniffedHtml, judgeContentType, mediaType, type AcceptKind } from './acceptContentType.js';
import { networkError } from './networkError.js';
import { readBody } from './readBody.js';
import { RedirectCookies } from './redirectCookies.js';
import { retryAfterSeconds } from './retryAfter.js';

export interface FetchPageOptions {
  /** Budget for the whole exchange, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: AcceptKind;
  signal?: AbortSignal;
  /**
   * Validators from the last answer: sent as If-None-Match / If-Modified-Since, and a 304 then
   * comes back as a page with status 304 and no bytes instead of an error.
   */
  conditional?: { etag: string | null; lastModified: string | null };
}

export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** The Content-Type header as sent (with its charset, for the decoder); null when absent. */
  contentType: string | null;
  /** The body, undecoded: charset decoding belongs to extract/decodeHtml. */
  bytes: Uint8Array;
  /** The validators to send next time (ETag, Last-Modified), null when the server gave none. */
  etag: string | null;
  lastModified: string | null;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

// Several press sites serve a bot page, or nothing, to unknown user agents.
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const ACCEPT_LANGUAGE = 'fr,ar;q=0.9,en;q=0.8';
const ACCEPT: Record<AcceptKind, string> = {
  html: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  feed: 'application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5',
  any: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8',
};

/** Validates a user-given address: URL_INVALID when unparsable, URL_SCHEME_REFUSED unless http(s). */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new RevueError('URL_INVALID', { url: input });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RevueError('URL_SCHEME_REFUSED', { url: input });
  }
  return url;
}

/**
 * Downloads one http(s) page within a time and size budget, following at most maxRedirects
 * redirects (each re-checked for its scheme), and returns its bytes undecoded.
 * Every failure is a RevueError (FETCH_*, URL_*, NOT_HTML); an abort through `signal` rethrows its reason.
 */
export async function fetchPage(input: string, opts: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const start = parseHttpUrl(input);
  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort(new RevueError('FETCH_TIMEOUT', { seconds: Number((timeoutMs / 1000).toFixed(1)), url: start.href }));
  }, timeoutMs);
  const signal = opts.signal === undefined ? timeout.signal : AbortSignal.any([opts.signal, timeout.signal]);
  const hop = { url: start };
  try {
    return await followRedirects(hop, signal, opts, input);
  } catch (error) {
    if (error instanceof RevueError) throw error;
    if (timeout.signal.aborted) throw timeout.signal.reason;
    if (opts.signal?.aborted === true) throw opts.signal.reason;
    throw networkError(error, hop.url);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  hop: { url: URL },
  signal: AbortSignal,
  opts: FetchPageOptions,
  input: string,
): Promise<FetchedPage> {
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const accept = opts.accept ?? 'html';
  const cookies = new RedirectCookies();
  // A hop is the same only if we would send the same request: a site that sets a cookie and
  // redirects to itself is not looping.
  const seen = new Set<string>();
  for (let redirects = 0; ; redirects++) {
    const cookie = cookies.header(hop.url);
    const key = `${hop.url.href}\n${cookie ?? ''}`;
    if (seen.has(key)) throw new RevueError('FETCH_TOO_MANY_REDIRECTS', { max: maxRedirects, url: input });
    seen.add(key);
    refuseReservedName(hop.url);

    const headers: Record<string, string> = {
      'User-Agent': USER_AGENT,
      'Accept-Language': ACCEPT_LANGUAGE,
      Accept: ACCEPT[accept],
    };
    if (cookie !== null) headers['Cookie'] = cookie;
    if (opts.conditional?.etag) headers['If-None-Match'] = opts.conditional.etag;
    if (opts.conditional?.lastModified) headers['If-Modified-Since'] = opts.conditional.lastModified;
    const response = await fetchOnce(hop.url, { redirect: 'manual', signal, headers });
    cookies.store(hop.url, response.headers);

    const location = response.headers.get('location');
    if (REDIRECT_STATUSES.has(response.status) && location !== null) {
      await discard(response);
      if (redirects >= maxRedirects) {
        throw new RevueError('FETCH_TOO_MANY_REDIRECTS', { max: maxRedirects, url: input });
      }
      hop.url = parseHttpUrl(resolveLocation(location, hop.url));
      continue;
    }
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (response.status === 304 && opts.conditional !== undefined) {
      await discard(response);
      return { url: hop.url.href, status: 304, contentType: null, bytes: new Uint8Array(0), etag, lastModified };
    }
    if (!response.ok) {
      await discard(response);
      const retryAfter = retryAfterSeconds(response.headers.get('retry-after'), Date.now());
      const params = { status: response.status, url: hop.url.href };
      // The wait a 429 or 503 asks for travels with the error: the scheduler honours it.
      throw new RevueError('FETCH_HTTP_STATUS', retryAfter === null ? params : { ...params, retryAfterSeconds: retryAfter });
    }

    const contentType = response.headers.get('content-type');
    const type = mediaType(contentType);
    const verdict = judgeContentType(type, accept);
    if (verdict === 'refuse') {
      await discard(response);
      throw new RevueError('NOT_HTML', { type: type ?? '?', input });
    }
    const bytes = await readBody(response, opts.maxBytes ?? DEFAULT_MAX_BYTES, hop.url.href);
    if (verdict === 'sniff') assertSniffedHtml(bytes, type, input);
    return { url: hop.url.href, status: response.status, contentType, bytes, etag, lastModified };
  }
}

/**
 * fetch, tried a second time when a kept-alive connection turns out closed by the server (it
 * timed out its idle socket as we reused it): a GET is safe to send again, and nothing was read.
 */
async function fetchOnce(url: URL, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted || !isStaleConnection(error)) throw error;
    return fetch(url, init);
  }
}

function isStaleConnection(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET' || cause?.code === 'EPIPE';
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new RevueError('URL_INVALID', { url: location });
  }
}

/**
 * RFC 6761: resolvers should answer "no such name" for .invalid at once. Doing it here keeps the
 * query off the network (and the tests independent of the machine's resolver).
 */
function refuseReservedName(url: URL): void {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'invalid' || host.endsWith('.invalid')) throw new RevueError('FETCH_DNS', { host: url.hostname });
}

/** Frees the connection of a response whose body we do not want. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
