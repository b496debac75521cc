import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRevue, type Revue } from '../../../src/core/revue.js';
import { startServer, type RunningServer } from '../../../src/server/startServer.js';
import { tempArchivePath } from '../helpers/tempArchive.js';

const TOKEN = 'un-jeton-de-test-assez-long-pour-etre-credible';
const MAX_BODY = 64 * 1024;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let temp: ReturnType<typeof tempArchivePath>;
let revue: Revue;
let server: RunningServer;

/** One raw HTTP request, with full control over Host and Origin (fetch would not allow it). */
function ask(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: options.host ?? `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // The server may close an oversized upload early: that is an answer, not a failure.
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const bearer = { Authorization: `Bearer ${TOKEN}` };
const json = { ...bearer, 'Content-Type': 'application/json' };

beforeAll(async () => {
  temp = tempArchivePath();
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Revue</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("revue");');
  // A secret next to the renderer's folder, which no address may reach.
  writeFileSync(join(temp.dir, 'secret.txt'), 'ne doit pas sortir');
  revue = openRevue({ dbPath: temp.dbPath });
  server = await startServer({ dispatch: revue.dispatch, rendererDir, port: 0, token: TOKEN, maxBodyBytes: MAX_BODY });
});

afterAll(async () => {
  await server.close();
  await revue.close();
  temp.remove();
});

describe('the browser mode, attacked from the machine and the network', () => {
  it('listens on the loopback address only', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect((await ask('/', { headers: bearer })).status).toBe(200);
    // The machine's other addresses (its LAN address, if it has one) do not answer on that port.
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && !address.internal && address.family === 'IPv4');
    if (lan) {
      const refused = await new Promise<string>((resolve) => {
        const socket = connect({ host: lan.address, port: server.port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(refused).toBe('ECONNREFUSED');
    }
  });

  it('refuses the page, its assets and the API without the launch token', async () => {
    expect((await ask('/')).status).toBe(401);
    expect((await ask('/assets/app.js')).status).toBe(401);
    expect((await ask('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await ask('/', { headers: { Authorization: 'Bearer un-autre-jeton' } })).status).toBe(401);
    expect((await ask('/?token=un-autre-jeton')).status).toBe(401);
    expect((await ask('/', { headers: { Cookie: 'revue_token=un-autre-jeton' } })).status).toBe(401);
  });

  it('trades the token in the address for an HttpOnly, SameSite=Strict cookie that then lets the UI in', async () => {
    const answer = await ask(`/?token=${TOKEN}`);
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe('/');
    const cookie = String(answer.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await ask('/', { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a request naming another host, even with the token (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1.evil.example:${server.port}`, '127.0.0.1:1']) {
      const answer = await ask('/', { host, headers: bearer });
      expect(answer.status, host).toBe(403);
    }
  });

  it('refuses a call from another origin, even with the token', async () => {
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port + 1}`]) {
      const answer = await ask('/api/app.info', { method: 'POST', headers: { ...json, Origin: origin }, body: '{}' });
      expect(answer.status, origin).toBe(403);
    }
    const own = await ask('/api/app.info', { method: 'POST', headers: { ...json, Origin: `http://127.0.0.1:${server.port}` }, body: '{}' });
    expect(own.status).toBe(200);
  });

  it('answers a CORS preflight from another origin with no Access-Control-Allow-* header', async () => {
    const answer = await ask('/api/articles.delete', {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    // Nor on an ordinary answer: the API is for our own page only.
    const ordinary = await ask('/api/app.info', { method: 'POST', headers: json, body: '{}' });
    expect(Object.keys(ordinary.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('takes API calls as JSON POSTs only, which a plain HTML form cannot send', async () => {
    const form = await ask('/api/app.info', { method: 'POST', headers: { ...bearer, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const urlencoded = await ask('/api/app.info', {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(urlencoded.status).toBe(415);
    expect((await ask('/api/app.info', { headers: bearer })).status).toBe(405);
    expect((await ask('/api/app.info', { method: 'POST', headers: json, body: '{' })).status).toBe(400);
  });

  it('says in each API answer how long the call itself took (Server-Timing), for the page and the benchmarks', async () => {
    const answer = await ask('/api/settings.get', { method: 'POST', headers: json, body: '{}' });
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { ok: boolean }).ok).toBe(true);
    expect(answer.headers['server-timing']).toMatch(/^api;dur=\d+\.\d$/);
  });

  it('refuses an oversized body, announced or not', async () => {
    const big = Buffer.alloc(MAX_BODY + 1024, 'a');
    const announced = await ask('/api/import.text', { method: 'POST', headers: { ...json, 'Content-Length': String(big.length) }, body: big });
    expect(announced.status).toBe(413);
    const chunked = await ask('/api/import.text', { method: 'POST', headers: { ...json, 'Transfer-Encoding': 'chunked' }, body: big });
    expect(chunked.status).toBe(413);
  });

  it('validates every argument against the contract before the core sees it', async () => {
    const answer = await ask('/api/articles.get', { method: 'POST', headers: json, body: JSON.stringify({ id: '1; DROP TABLE articles' }) });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await ask('/api/__proto__', { method: 'POST', headers: json, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false });
  });

  it('serves no file outside the renderer folder, however the path is spelt', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/%00.js',
      '/%E0%A4%A',
    ]) {
      const answer = await ask(path, { headers: bearer });
      expect([400, 403, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toContain('ne doit pas sortir');
    }
  });

  it('imports by address only over http(s): file:, data:, javascript: and bare paths are refused', async () => {
    const urls = ['file:///etc/passwd', 'data:text/html,<h1>x</h1>', 'javascript:alert(1)', '/etc/passwd', 'ftp://example.com/a.html', join(temp.dir, 'secret.txt')];
    const answer = await ask('/api/import.urls', { method: 'POST', headers: json, body: JSON.stringify({ urls }) });
    const result = JSON.parse(answer.body) as { ok: true; value: { status: string; code?: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((outcome) => outcome.status)).toEqual(urls.map(() => 'failed'));
    for (const outcome of result.value) expect(['URL_SCHEME_REFUSED', 'URL_INVALID']).toContain(outcome.code);
  });
});
