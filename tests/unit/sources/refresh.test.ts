import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RefreshService } from '../../../src/core/sources/refreshService';
import { articlePage } from '../helpers/articlePage';
import { distinctText, openTestArchive, type TestArchive } from '../helpers/testArchive';
import { startLocalServer, type LocalServer } from '../fetch/localServer';
import { atomFeed, conditional, items, jsonFeed, rssFeed, send, type Handler, type ItemSpec } from './feedFixtures';

let archive: TestArchive;
let server: LocalServer;
let routes: Record<string, Handler>;
/** Every request the server saw: path and the conditional headers it carried. */
let seen: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];

const RSS = 'application/rss+xml; charset=utf-8';

beforeEach(async () => {
  archive = openTestArchive();
  routes = {};
  seen = [];
  const logged: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = new Proxy(routes, {
    get(target, path: string) {
      const route = target[path];
      if (route === undefined) return undefined;
      return (req: IncomingMessage, res: ServerResponse) => {
        seen.push({
          path,
          ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}),
          ...(req.headers['if-modified-since'] ? { ifModifiedSince: String(req.headers['if-modified-since']) } : {}),
        });
        route(req, res);
      };
    },
  });
  server = await startLocalServer(logged);
});

afterEach(async () => {
  await server.close();
  archive.close();
});

const hits = (path: string): number => seen.filter((request) => request.path === path).length;
const articleCount = (): number => (archive.revue.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;

async function follow(path: string, extra: { name?: string; links?: string } = {}): Promise<number> {
  const { source } = await archive.call('sources.add', { url: `${server.origin}${path}`, ...extra });
  return source.id;
}

describe('conditional requests', () => {
  it('imports a feed once, then asks with its ETag and Last-Modified and gets 304, counted by the server', async () => {
    const list = items('http://quotidien.example', 'c', 3);
    routes['/flux.xml'] = conditional(RSS, () => rssFeed('Le Quotidien', list));
    const id = await follow('/flux.xml', { name: 'Le Quotidien' });

    const first = await archive.call('refresh.run', { all: true });
    expect(first).toMatchObject({ new: 3, sources: [{ id, name: 'Le Quotidien', new: 3, unchanged: false, failed: false, error: null }] });

    const second = await archive.call('refresh.run', { all: true });
    expect(second).toMatchObject({ new: 0, sources: [{ id, new: 0, unchanged: true, failed: false }] });
    const last = seen.filter((request) => request.path === '/flux.xml').at(-1);
    expect(last).toMatchObject({ ifNoneMatch: '"v1"', ifModifiedSince: 'Wed, 31 Dec 2025 07:00:00 GMT' });
    expect(articleCount()).toBe(3);
    const [source] = await archive.call('sources.list', {});
    expect(source).toMatchObject({ status: 'ok', failures: 0, itemCount: 3 });
    expect(source?.lastCheckedAt).not.toBeNull();
    expect(source?.lastNewAt).not.toBeNull();
  });

  it('refreshes only the due sources unless asked for all', async () => {
    routes['/flux.xml'] = conditional(RSS, () => rssFeed('Le Quotidien', items('http://quotidien.example', 'd', 1)));
    await follow('/flux.xml');
    await archive.call('refresh.run', {});
    const before = hits('/flux.xml');
    const again = await archive.call('refresh.run', {});
    expect(again.sources).toEqual([]);
    expect(hits('/flux.xml')).toBe(before);
  });
});

describe('a site that asks to wait or fails', () => {
  it('respects 429 with Retry-After: the source waits that long, and its host is left alone for the rest of the run', async () => {
    for (const path of ['/limite.xml', '/a1.xml', '/a2.xml', '/a3.xml', '/a4.xml']) {
      routes[path] = send(RSS, () => rssFeed(path, items('http://quotidien.example', path.slice(1, 3), 1)));
      await follow(path, { name: path });
    }
    let refusedAt = -1;
    routes['/limite.xml'] = (_req, res) => {
      refusedAt = seen.length;
      res.writeHead(429, { 'Retry-After': '3600' }).end('slow down');
    };
    const started = Date.now();
    const report = await archive.call('refresh.run', { all: true });
    expect(report.sources[0]).toMatchObject({ failed: true, error: { code: 'FETCH_HTTP_STATUS', params: { status: 429, retryAfterSeconds: 3600 } } });
    // Once the host has asked to wait, at most the requests already under way reach it (2 per host).
    expect(refusedAt).toBeGreaterThan(0);
    expect(seen.length - refusedAt).toBeLessThanOrEqual(2);
    const deferred = report.sources.filter((source) => source.failed);
    expect(deferred.length).toBeGreaterThanOrEqual(3);
    const sources = await archive.call('sources.list', {});
    for (const source of sources.filter((one) => deferred.some((d) => d.id === one.id))) {
      expect(Date.parse(source.nextCheckAt ?? '')).toBeGreaterThanOrEqual(started + 3600_000 - 1000);
    }
    // Only the source that was refused counts a failure; the others were only put off.
    expect(sources.filter((source) => source.failures > 0).map((source) => source.name)).toEqual(['/limite.xml']);
  });

  it('counts a 500 as a failure with its error, backs off exponentially, and calls a source broken after 10 failures in a row', async () => {
    routes['/panne.xml'] = (_req, res) => void res.writeHead(500).end('oops');
    await expect(follow('/panne.xml')).rejects.toThrow(/FETCH_HTTP_STATUS/);
    // A source that works when added and breaks afterwards.
    routes['/panne.xml'] = send(RSS, () => rssFeed('Panne', items('http://quotidien.example', 'p', 1)));
    const sourceId = await follow('/panne.xml');
    routes['/panne.xml'] = (_req, res) => void res.writeHead(500).end('oops');

    const delays: number[] = [];
    for (let i = 1; i <= 10; i++) {
      const now = Date.now();
      const report = await archive.call('refresh.run', { ids: [sourceId] });
      expect(report.sources[0]).toMatchObject({ failed: true, error: { code: 'FETCH_HTTP_STATUS', params: { status: 500 } } });
      const [source] = await archive.call('sources.list', {});
      delays.push(Date.parse(source?.nextCheckAt ?? '') - now);
      expect(source?.status).toBe(i < 10 ? 'failing' : 'broken');
      expect(source?.failures).toBe(i);
      expect(source?.failingSince).not.toBeNull();
    }
    expect(delays[1]).toBeGreaterThan(1.9 * (delays[0] ?? 0));
    expect(delays[2]).toBeGreaterThan(1.9 * (delays[1] ?? 0));
    expect(Math.max(...delays)).toBeLessThanOrEqual(24 * 3600_000 + 1000);

    // It comes back: health is ok again and the failures are forgotten.
    routes['/panne.xml'] = send(RSS, () => rssFeed('Panne', items('http://quotidien.example', 'p', 2)));
    await archive.call('refresh.run', { ids: [sourceId] });
    const [healed] = await archive.call('sources.list', {});
    expect(healed).toMatchObject({ status: 'ok', failures: 0, failingSince: null, error: null });
  });

  it('gives up on a slow source within the timeout, a redirect loop and a 20 MB feed, each with its own error', async () => {
    routes['/lent.xml'] = send(RSS, () => rssFeed('Lent', items('http://quotidien.example', 'l', 1)));
    routes['/boucle.xml'] = send(RSS, () => rssFeed('Boucle', items('http://quotidien.example', 'b', 1)));
    routes['/enorme.xml'] = send(RSS, () => rssFeed('Énorme', items('http://quotidien.example', 'e', 1)));
    const slow = await follow('/lent.xml');
    const loop = await follow('/boucle.xml');
    const huge = await follow('/enorme.xml');
    routes['/lent.xml'] = () => undefined;
    routes['/boucle.xml'] = (_req, res) => void res.writeHead(302, { Location: '/boucle.xml' }).end();
    routes['/enorme.xml'] = (_req, res) => {
      // 20 MB, streamed without a Content-Length: the cap counts what arrives.
      res.writeHead(200, { 'Content-Type': RSS });
      const chunk = `<!-- ${'x'.repeat(1024 * 1024)} -->`;
      let sent = 0;
      const push = (): void => {
        while (sent < 20) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    };
    const service = new RefreshService(archive.revue.db, { timeoutMs: 3000 });
    const report = await service.run({ all: true });
    const byId = new Map(report.sources.map((source) => [source.id, source]));
    expect(byId.get(slow)).toMatchObject({ failed: true, error: { code: 'FETCH_TIMEOUT' } });
    expect(byId.get(loop)).toMatchObject({ failed: true, error: { code: 'FETCH_TOO_MANY_REDIRECTS' } });
    expect(byId.get(huge)).toMatchObject({ failed: true, error: { code: 'FETCH_TOO_LARGE' } });
    expect(articleCount()).toBe(0);
  });
});

describe('what a feed holds', () => {
  it('reads a feed with broken XML (stray &, unclosed tags, HTML entities)', async () => {
    const broken = rssFeed('Cassé & co', items('http://quotidien.example', 'x', 2))
      .replace('</title><link>http://quotidien.example/articles/x-1', ' &eacute;t&eacute; & co<link>http://quotidien.example/articles/x-1')
      .replace('</channel></rss>', '');
    routes['/casse.xml'] = send(RSS, () => broken);
    await follow('/casse.xml');
    const report = await archive.call('refresh.run', { all: true });
    expect(report.new).toBe(2);
  });

  it('imports an item repeated under the same guid once', async () => {
    const [one] = items('http://quotidien.example', 'g', 1) as [ItemSpec];
    routes['/double.xml'] = send(RSS, () => rssFeed('Double', [one, one, { ...one, title: 'Même guid, autre titre' }]));
    await follow('/double.xml');
    expect((await archive.call('refresh.run', { all: true })).new).toBe(1);
    expect(articleCount()).toBe(1);
  });

  it('keeps one article for an item that moves from one feed to another', async () => {
    const moving = items('http://quotidien.example', 'm', 2);
    routes['/une.xml'] = send(RSS, () => rssFeed('À la une', moving.slice(0, 1)));
    routes['/eco.xml'] = send(RSS, () => rssFeed('Économie', []));
    await follow('/une.xml');
    await follow('/eco.xml');
    expect((await archive.call('refresh.run', { all: true })).new).toBe(1);
    // The item leaves "À la une" for "Économie", under another guid: the same article.
    routes['/une.xml'] = send(RSS, () => rssFeed('À la une', []));
    routes['/eco.xml'] = send(RSS, () => rssFeed('Économie', moving.map((item) => ({ ...item, guid: `eco-${item.guid}` }))));
    const report = await archive.call('refresh.run', { all: true });
    expect(report.new).toBe(1);
    expect(articleCount()).toBe(2);
  });

  it('survives a change of format (RSS to Atom to JSON Feed) without importing anything twice, and says when the feed becomes a page', async () => {
    const list = items('http://quotidien.example', 'f', 3);
    routes['/flux'] = send(RSS, () => rssFeed('Formats', list.slice(0, 1)));
    const id = await follow('/flux');
    await archive.call('refresh.run', { all: true });
    routes['/flux'] = send('application/atom+xml', () => atomFeed('Formats', list.slice(0, 2)));
    expect((await archive.call('refresh.run', { all: true })).new).toBe(1);
    routes['/flux'] = send('application/feed+json', () => jsonFeed('Formats', list));
    expect((await archive.call('refresh.run', { all: true })).new).toBe(1);
    expect(articleCount()).toBe(3);

    routes['/flux'] = send('text/html; charset=utf-8', () => '<!doctype html><html><body><p>Nouveau site !</p></body></html>');
    const report = await archive.call('refresh.run', { all: true });
    expect(report.sources[0]).toMatchObject({ id, failed: true, error: { code: 'FEED_MALFORMED' } });
    expect(articleCount()).toBe(3);
  });

  it('fetches the page of a summary-only item and keeps the canonical address the page declares', async () => {
    const [teaser] = items(server.origin, 's', 1) as [ItemSpec];
    routes['/resume.xml'] = send(RSS, () => rssFeed('Résumés', [{ ...teaser, link: `${server.origin}/articles/s-1?utm_source=rss`, summaryOnly: true }]));
    routes['/articles/s-1'] = send('text/html; charset=utf-8', () =>
      articlePage({
        title: 'Le port agrandi',
        site: 'Le Quotidien',
        author: 'Nadia Saïdi',
        canonical: 'https://quotidien.example/economie/le-port-agrandi',
        paragraphs: [distinctText('port1'), distinctText('port2')],
      }),
    );
    await follow('/resume.xml');
    expect((await archive.call('refresh.run', { all: true })).new).toBe(1);
    expect(hits('/articles/s-1')).toBe(1);
    const { hits: articles } = await archive.call('articles.search', {});
    expect(articles[0]).toMatchObject({ url: 'https://quotidien.example/economie/le-port-agrandi', byline: 'Nadia Saïdi' });
  });

  it('writes a feed\'s items together, yet keeps the others when one of them cannot be written, and tries that one again', async () => {
    const list = items('http://quotidien.example', 'w', 5);
    routes['/lot.xml'] = send(RSS, () => rssFeed('Lot', list));
    await follow('/lot.xml');
    // The archive refuses one article (a real SQLite constraint, as a full disk or a corrupt row would).
    archive.revue.db.exec(`CREATE TRIGGER refuse_w3 BEFORE INSERT ON articles WHEN NEW.title = 'Article w 3'
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const first = await archive.call('refresh.run', { all: true });
    expect(first.sources[0]).toMatchObject({ new: 4, itemFailures: 1, error: { code: 'INTERNAL' } });
    expect(articleCount()).toBe(4);
    archive.revue.db.exec('DROP TRIGGER refuse_w3');
    const second = await archive.call('refresh.run', { all: true });
    expect(second.sources[0]).toMatchObject({ new: 1, itemFailures: 0 });
    expect(articleCount()).toBe(5);
  });

  it('imports a 5,000-item feed, and nothing the second time', async () => {
    const many = items('http://quotidien.example', 'k', 5000);
    const body = rssFeed('Archives', many);
    routes['/gros.xml'] = send(RSS, () => body);
    await follow('/gros.xml');
    const first = await archive.call('refresh.run', { all: true });
    expect(first.sources[0]).toMatchObject({ new: 5000, itemFailures: 0 });
    const second = await archive.call('refresh.run', { all: true });
    expect(second.sources[0], JSON.stringify(second)).toMatchObject({ new: 0, unchanged: true });
    expect(articleCount()).toBe(5000);
  }, 300_000);
});

describe('politeness', () => {
  it('never has more than 2 requests in flight to one host, nor 8 in all', async () => {
    const servers: LocalServer[] = [];
    const inFlight = new Map<string, number>();
    let maxPerHost = 0;
    let maxTotal = 0;
    let total = 0;
    const slowPage = (host: string): Handler => (_req, res) => {
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
      total++;
      maxPerHost = Math.max(maxPerHost, inFlight.get(host) ?? 0);
      maxTotal = Math.max(maxTotal, total);
      setTimeout(() => {
        inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
        total--;
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
          articlePage({ title: `Page ${_req.url}`, paragraphs: [distinctText(`${host}${_req.url}`), distinctText(`${_req.url}${host}`)] }),
        );
      }, 40);
    };
    try {
      for (let s = 0; s < 6; s++) {
        const pageRoutes: Record<string, Handler> = {};
        const site = await startLocalServer(pageRoutes);
        servers.push(site);
        const teasers = items(site.origin, `h${s}`, 6).map((item) => ({ ...item, summaryOnly: true }));
        pageRoutes['/flux.xml'] = send(RSS, () => rssFeed(`Site ${s}`, teasers));
        for (const item of teasers) pageRoutes[new URL(item.link).pathname] = slowPage(site.origin);
        await archive.call('sources.add', { url: `${site.origin}/flux.xml`, name: `Site ${s}` });
      }
      const report = await archive.call('refresh.run', { all: true });
      expect(report.new).toBe(36);
      expect(maxPerHost).toBe(2);
      expect(maxTotal).toBeLessThanOrEqual(8);
      expect(maxTotal).toBeGreaterThan(2);
    } finally {
      await Promise.all(servers.map((site) => site.close()));
    }
  });
});
