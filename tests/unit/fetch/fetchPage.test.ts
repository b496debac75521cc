import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/core/fetch/fetchPage.js';
import { formatErrorMessage, RevueError } from '../../../src/shared/errors.js';
import { closedPort, startLocalServer, type LocalServer } from './localServer.js';

const PAGE = '<!DOCTYPE html><html lang="fr"><head><title>Été</title></head><body><p>Le café de l’été.</p></body></html>';
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Flux</title></channel></rss>';

function html(res: ServerResponse, body = PAGE): void {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
}
function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { Location: location }).end();
}

let server: LocalServer;
let origin: string;
/** Sockets of slow routes, so a test can check that fetchPage hung up on them. */
const abandoned: string[] = [];

beforeAll(async () => {
  server = await startLocalServer({
    '/article': (_req, res) => html(res),
    '/missing': (_req, res) => res.writeHead(404, { 'Content-Type': 'text/html' }).end('<p>Introuvable</p>'),
    '/broken': (_req, res) => res.writeHead(500).end(),
    '/chain/1': (_req, res) => redirect(res, `${origin}/chain/2`, 301),
    '/chain/2': (_req, res) => redirect(res, '/chain/3', 307), // relative Location
    '/chain/3': (_req, res) => redirect(res, '../article', 308),
    '/loop/a': (_req, res) => redirect(res, '/loop/b'),
    '/loop/b': (_req, res) => redirect(res, '/loop/a'),
    ...Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map((n) => [`/hops/${n}`, (_req, res) => redirect(res, n === 1 ? '/article' : `/hops/${n - 1}`)]),
    ) as Record<string, (req: unknown, res: ServerResponse) => void>,
    '/to-ftp': (_req, res) => redirect(res, 'ftp://127.0.0.1/file.html'),
    '/to-file': (_req, res) => redirect(res, 'file:///etc/passwd'),
    '/cookie-check': (req, res) => {
      if (req.headers.cookie === 'consent=yes') html(res);
      else res.writeHead(302, { Location: '/cookie-check', 'Set-Cookie': 'consent=yes; Path=/; HttpOnly' }).end();
    },
    '/no-answer': (req) => req.on('close', () => abandoned.push('/no-answer')),
    '/slow-body': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<!DOCTYPE html><html><body><p>Début… ');
      req.on('close', () => abandoned.push('/slow-body'));
    },
    '/big-declared': (_req, res) => {
      // Declares 50 MB and sends a trickle: only an early refusal answers before the timeout.
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(50 * 1024 * 1024) });
      res.write('<!DOCTYPE html>');
    },
    '/big-chunked': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = `<p>${'x'.repeat(1000)}</p>\n`;
      const timer = setInterval(() => res.write(chunk), 1);
      req.on('close', () => {
        clearInterval(timer);
        abandoned.push('/big-chunked');
      });
    },
    '/exactly-limit': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>'.padEnd(2000, 'y')),
    '/pdf': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.7\n'),
    '/png': (_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end('\x89PNG\r\n'),
    '/octet': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(PAGE),
    '/untyped-html': (_req, res) => res.end(PAGE),
    '/plain-html': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`\n  ${PAGE}`),
    '/plain-text': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('Juste du texte.'),
    '/rss': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(RSS),
    '/headers': (req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(JSON.stringify(req.headers)),
  });
  origin = server.origin;
});

afterAll(async () => {
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<RevueError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RevueError) return error;
    throw error;
  }
  throw new Error('expected fetchPage to fail');
}

describe('fetchPage', () => {
  it('downloads an HTML page as undecoded bytes with its Content-Type', async () => {
    const page = await fetchPage(`${origin}/article`);
    expect(page).toMatchObject({ url: `${origin}/article`, status: 200, contentType: 'text/html; charset=utf-8' });
    expect(page.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(page.bytes).equals(Buffer.from(PAGE, 'utf8'))).toBe(true);
  });

  it('introduces itself as a browser that prefers French, then Arabic', async () => {
    const page = await fetchPage(`${origin}/headers`, { accept: 'any' });
    const headers = JSON.parse(Buffer.from(page.bytes).toString('utf8')) as Record<string, string>;
    expect(headers['accept-language']).toBe('fr,ar;q=0.9,en;q=0.8');
    expect(headers['user-agent']).toMatch(/^Mozilla\/5\.0 .*Chrome\/\d+/);
  });

  it('reports 404 and 500 with the status', async () => {
    expect((await failure(fetchPage(`${origin}/missing`))).toJSON()).toMatchObject({
      code: 'FETCH_HTTP_STATUS',
      params: { status: 404, url: `${origin}/missing` },
    });
    expect(await failure(fetchPage(`${origin}/broken`))).toMatchObject({ code: 'FETCH_HTTP_STATUS', params: { status: 500 } });
  });

  it('follows a chain of 3 redirects (absolute and relative) and returns the final URL', async () => {
    const page = await fetchPage(`${origin}/chain/1`);
    expect(page.url).toBe(`${origin}/article`);
    expect(page.status).toBe(200);
  });

  it('follows exactly maxRedirects redirects and refuses one more', async () => {
    expect((await fetchPage(`${origin}/hops/5`)).url).toBe(`${origin}/article`);
    expect(await failure(fetchPage(`${origin}/hops/6`))).toMatchObject({
      code: 'FETCH_TOO_MANY_REDIRECTS',
      params: { max: 5, url: `${origin}/hops/6` },
    });
    expect(await failure(fetchPage(`${origin}/hops/2`, { maxRedirects: 1 }))).toMatchObject({ code: 'FETCH_TOO_MANY_REDIRECTS' });
  });

  it('stops a redirect loop', async () => {
    expect(await failure(fetchPage(`${origin}/loop/a`, { maxRedirects: 50 }))).toMatchObject({
      code: 'FETCH_TOO_MANY_REDIRECTS',
    });
  });

  it('replays a cookie set while redirecting, so a consent redirect to itself is not a loop', async () => {
    const page = await fetchPage(`${origin}/cookie-check`);
    expect(page.url).toBe(`${origin}/cookie-check`);
    expect(Buffer.from(page.bytes).toString('utf8')).toBe(PAGE);
  });

  it('refuses a redirect to ftp: or file:', async () => {
    expect(await failure(fetchPage(`${origin}/to-ftp`))).toMatchObject({
      code: 'URL_SCHEME_REFUSED',
      params: { url: 'ftp://127.0.0.1/file.html' },
    });
    expect(await failure(fetchPage(`${origin}/to-file`))).toMatchObject({ code: 'URL_SCHEME_REFUSED' });
  });

  it('refuses addresses that are not http(s) URLs', async () => {
    expect(await failure(fetchPage('pas une adresse'))).toMatchObject({ code: 'URL_INVALID', params: { url: 'pas une adresse' } });
    for (const url of ['ftp://example.invalid/a', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>x']) {
      expect(await failure(fetchPage(url))).toMatchObject({ code: 'URL_SCHEME_REFUSED', params: { url } });
    }
  });

  it('gives up on a server that never answers, within the timeout', async () => {
    const started = Date.now();
    const error = await failure(fetchPage(`${origin}/no-answer`, { timeoutMs: 300 }));
    expect(error).toMatchObject({ code: 'FETCH_TIMEOUT', params: { seconds: 0.3, url: `${origin}/no-answer` } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('counts a body that trickles in against the timeout too', async () => {
    const error = await failure(fetchPage(`${origin}/slow-body`, { timeoutMs: 300 }));
    expect(error.code).toBe('FETCH_TIMEOUT');
    await expect.poll(() => abandoned).toContain('/slow-body');
  });

  it('refuses at once a body whose Content-Length is over maxBytes', async () => {
    const error = await failure(fetchPage(`${origin}/big-declared`, { maxBytes: 1000, timeoutMs: 3000 }));
    expect(error).toMatchObject({ code: 'FETCH_TOO_LARGE', params: { url: `${origin}/big-declared` } });
  });

  it('stops reading a body without Content-Length as soon as it passes maxBytes', async () => {
    const error = await failure(fetchPage(`${origin}/big-chunked`, { maxBytes: 64 * 1024, timeoutMs: 3000 }));
    expect(error).toMatchObject({ code: 'FETCH_TOO_LARGE', params: { maxMB: 0.0625 } });
    // The stream never ends by itself: only our hang-up stops it.
    await expect.poll(() => abandoned).toContain('/big-chunked');
  });

  it('accepts a body of exactly maxBytes', async () => {
    expect((await fetchPage(`${origin}/exactly-limit`, { maxBytes: 2000 })).bytes.byteLength).toBe(2000);
    expect((await failure(fetchPage(`${origin}/exactly-limit`, { maxBytes: 1999 }))).code).toBe('FETCH_TOO_LARGE');
  });

  it('refuses a PDF, an image and an octet stream as not HTML', async () => {
    expect(await failure(fetchPage(`${origin}/pdf`))).toMatchObject({
      code: 'NOT_HTML',
      params: { type: 'application/pdf', input: `${origin}/pdf` },
    });
    expect(await failure(fetchPage(`${origin}/png`))).toMatchObject({ code: 'NOT_HTML', params: { type: 'image/png' } });
    expect(await failure(fetchPage(`${origin}/octet`))).toMatchObject({
      code: 'NOT_HTML',
      params: { type: 'application/octet-stream' },
    });
  });

  it('accepts an HTML page sent without a type or as text/plain, but not plain text', async () => {
    expect((await fetchPage(`${origin}/untyped-html`)).contentType).toBeNull();
    expect((await fetchPage(`${origin}/plain-html`)).contentType).toBe('text/plain');
    expect(await failure(fetchPage(`${origin}/plain-text`))).toMatchObject({ code: 'NOT_HTML', params: { type: 'text/plain' } });
  });

  it('accepts a feed type only when asked for a feed (or anything)', async () => {
    expect((await fetchPage(`${origin}/rss`, { accept: 'feed' })).contentType).toBe('application/rss+xml; charset=utf-8');
    expect((await fetchPage(`${origin}/rss`, { accept: 'any' })).status).toBe(200);
    expect(await failure(fetchPage(`${origin}/rss`))).toMatchObject({ code: 'NOT_HTML', params: { type: 'application/rss+xml' } });
    expect(await failure(fetchPage(`${origin}/pdf`, { accept: 'feed' }))).toMatchObject({ code: 'NOT_HTML' });
  });

  it('reports a refused connection as such, in words and not as a socket code', async () => {
    const port = await closedPort();
    const error = await failure(fetchPage(`http://127.0.0.1:${port}/`));
    expect(error).toMatchObject({ code: 'FETCH_REFUSED', params: { url: `http://127.0.0.1:${port}/`, detail: 'ECONNREFUSED' } });
    expect(formatErrorMessage(error.code, error.params, 'fr')).toBe(`Le site refuse la connexion (serveur arrêté ou mauvais port)\u00A0: http://127.0.0.1:${port}/`);
  });

  it('says that a port the web does not use is refused, without undici’s "fetch failed: bad port"', async () => {
    // 6000 (X11) is on the Fetch standard's list of blocked ports: no connection is even tried.
    const error = await failure(fetchPage('http://127.0.0.1:6000/'));
    expect(error.code).toBe('FETCH_BAD_PORT');
    const french = formatErrorMessage(error.code, error.params, 'fr');
    expect(french).toContain('port réservé');
    expect(french).not.toMatch(/fetch|failed|bad port/i);
    expect(formatErrorMessage(error.code, error.params, 'en')).toContain('port kept for other uses');
  });

  it('names what a refused document is instead of its media type', async () => {
    const pdf = await failure(fetchPage(`${origin}/pdf`));
    expect(formatErrorMessage(pdf.code, pdf.params, 'fr')).toBe(`Ce n’est pas une page HTML, mais un document PDF\u00A0: ${origin}/pdf`);
    expect(formatErrorMessage(pdf.code, pdf.params, 'en')).toBe(`This is not an HTML page but a PDF document: ${origin}/pdf`);
    const octet = await failure(fetchPage(`${origin}/octet`));
    expect(formatErrorMessage(octet.code, octet.params, 'fr')).not.toContain('application/');
  });

  it('reports an unknown domain as a DNS failure, without asking any resolver', async () => {
    expect(await failure(fetchPage('https://journal.invalid/article'))).toMatchObject({
      code: 'FETCH_DNS',
      params: { host: 'journal.invalid' },
    });
  });

  it('gives the caller its own abort reason back', async () => {
    const controller = new AbortController();
    const pending = fetchPage(`${origin}/no-answer`, { signal: controller.signal, timeoutMs: 5000 });
    controller.abort(new Error('annulé par l’utilisateur'));
    await expect(pending).rejects.toThrow('annulé par l’utilisateur');
  });
});
