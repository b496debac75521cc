import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Dispatch } from '../core/revue.js';
import type { ArchiveStatus } from '../shared/domain.js';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';

export interface ServerOptions {
  /** The contract's transport entry (openRevue(...).dispatch). */
  dispatch: Dispatch;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  /** Fixed token (tests); a random one per launch otherwise. */
  token?: string;
  /** Largest API body accepted (tests lower it); MAX_BODY_BYTES otherwise. */
  maxBodyBytes?: number;
  /** Told of every API call: background work (the daily backup) waits for a pause. */
  onApiCall?: () => void;
  /**
   * Where the opening of the archive stands, answered at GET /status: the page shows the progress
   * of an older archive's update before the archive is ready. Always ready when not given.
   */
  status?: () => ArchiveStatus;
}

export interface RunningServer {
  port: number;
  token: string;
  /** The address to open, token included: the only way in. */
  url: string;
  close(): Promise<void>;
}

const COOKIE = 'revue_token';
/** API bodies carry whole HTML files (base64): the contract caps each one, this caps the sum. */
const MAX_BODY_BYTES = 200 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return null;
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** The request's body, or null once it grows past `limit` bytes (the rest is not read). */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** 413, and the connection closed: the client may still be sending the rest. */
function tooLarge(res: ServerResponse): void {
  res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  res.end('Body too large');
}

/**
 * Serves the renderer and the API contract on 127.0.0.1 only. Every request must carry the
 * launch token (cookie, bearer header, or ?token= once) and name our own host, which defeats
 * other local users' pages and DNS rebinding alike.
 */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, 'Forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return send(res, 403, 'Forbidden origin');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null && req.method === 'GET') {
      if (!sameSecret(queryToken, token)) return send(res, 401, 'Wrong token');
      // Trade the token in the address for a cookie, so it leaves the address bar and history.
      res.writeHead(302, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
      });
      return void res.end();
    }
    const presented = cookieToken(req) ?? bearerToken(req);
    if (presented === null || !sameSecret(presented, token)) return send(res, 401, 'Missing or wrong token');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'Expected application/json');
      }
      // Refused on its announced size before a byte is read, and again if it grows past it.
      if (Number(req.headers['content-length'] ?? 0) > maxBody) return tooLarge(res);
      const body = await readBody(req, maxBody);
      if (body === null) return tooLarge(res);
      let input: unknown;
      try {
        input = JSON.parse(body);
      } catch {
        return send(res, 400, 'Malformed JSON body');
      }
      options.onApiCall?.();
      const started = performance.now();
      const result = await options.dispatch(url.pathname.slice(5), input);
      const answer = JSON.stringify(result);
      // How long the call itself took, apart from the network and the wait before it was taken up:
      // the page and the benchmarks read it (PerformanceResourceTiming.serverTiming).
      const timing = `api;dur=${(performance.now() - started).toFixed(1)}`;
      return send(res, 200, answer, 'application/json; charset=utf-8', { 'Server-Timing': timing });
    }
    if (req.method !== 'GET') return send(res, 405, 'Method not allowed');
    if (url.pathname === '/status') {
      return send(res, 200, JSON.stringify(options.status?.() ?? { ready: true, update: null }), 'application/json; charset=utf-8');
    }
    await serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return send(res, 400, 'Malformed path');
    }
    if (decoded.includes('\0')) return send(res, 400, 'Malformed path');
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = normalize(join(options.rendererDir, relative));
    if (!file.startsWith(normalize(options.rendererDir) + sep)) return send(res, 403, 'Forbidden path');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'Not found');
    }
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            // Browsers keep idle connections open; without this, stopping would wait for them.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
