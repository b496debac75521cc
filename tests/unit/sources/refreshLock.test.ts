import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePage } from '../helpers/articlePage';
import { distinctText, openTestArchive, type TestArchive } from '../helpers/testArchive';
import { runCli, spawnCli } from '../cli/runCli';
import { startLocalServer, type LocalServer } from '../fetch/localServer';
import { items, rssFeed, send, type Handler } from './feedFixtures';

const RSS = 'application/rss+xml; charset=utf-8';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let archive: TestArchive;
let server: LocalServer;
let routes: Record<string, Handler>;
let pageHits: Map<string, number>;

/** `feeds` feeds of `perFeed` teasers each; every article page answers after `delayMs`, counted. */
async function followTeaserFeeds(feeds: number, perFeed: number, delayMs: number): Promise<void> {
  for (let f = 0; f < feeds; f++) {
    const teasers = items(server.origin, `t${f}`, perFeed).map((item) => ({ ...item, summaryOnly: true }));
    routes[`/flux${f}.xml`] = send(RSS, () => rssFeed(`Flux ${f}`, teasers));
    for (const item of teasers) {
      const path = new URL(item.link).pathname;
      routes[path] = (_req, res) => {
        pageHits.set(path, (pageHits.get(path) ?? 0) + 1);
        setTimeout(() => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
            articlePage({ title: item.title, site: 'Le Quotidien', paragraphs: [distinctText(item.seed), distinctText(`${item.seed}b`)] }),
          );
        }, delayMs);
      };
    }
    await archive.call('sources.add', { url: `${server.origin}/flux${f}.xml`, name: `Flux ${f}` });
  }
}

function counts(dbPath: string): { articles: number; items: number; distinctUrls: number; locks: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const one = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    return {
      articles: one('SELECT COUNT(*) AS n FROM articles'),
      items: one('SELECT COUNT(*) AS n FROM feed_items WHERE article_id IS NOT NULL'),
      distinctUrls: one('SELECT COUNT(DISTINCT canonical_url) AS n FROM articles'),
      locks: one('SELECT COUNT(*) AS n FROM refresh_lock'),
    };
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  archive = openTestArchive();
  routes = {};
  pageHits = new Map();
  server = await startLocalServer(routes);
});

afterEach(async () => {
  await server.close();
  archive.close();
});

describe('one refresh at a time on an archive', () => {
  it('two `revue refresh` started together import each item once', async () => {
    await followTeaserFeeds(3, 8, 30);
    archive.revue.close();
    const [a, b] = await Promise.all([
      runCli(['--db', archive.dbPath, 'refresh', '--json']),
      runCli(['--db', archive.dbPath, 'refresh', '--json']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const reports = [JSON.parse(a.stdout) as { new: number }, JSON.parse(b.stdout) as { new: number }];
    expect(reports[0]!.new + reports[1]!.new).toBe(24);
    expect(counts(archive.dbPath)).toEqual({ articles: 24, items: 24, distinctUrls: 24, locks: 0 });
    // Each page was fetched by one process only.
    expect([...pageHits.values()].every((n) => n === 1)).toBe(true);
    archive.reopen();
  }, 120_000);

  it('a refresh killed with SIGKILL leaves whole articles only, and the next run takes its lock over at once', async () => {
    await followTeaserFeeds(2, 10, 150);
    archive.revue.close();
    const child = spawnCli(['--db', archive.dbPath, 'refresh']);
    const exited = new Promise((resolve) => child.once('close', resolve));
    // Killed once a few articles are in: in the middle of fetching and saving the others.
    for (let i = 0; i < 600 && counts(archive.dbPath).articles < 3; i++) await sleep(50);
    child.kill('SIGKILL');
    await exited;

    const db = new Database(archive.dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const lock = db.prepare('SELECT pid, host FROM refresh_lock').get();
    db.close();
    expect(lock).toEqual({ pid: child.pid, host: hostname() });
    const after = counts(archive.dbPath);
    expect(after.articles).toBeGreaterThanOrEqual(3);
    expect(after.articles).toBeLessThan(20);
    // Every stored article is recorded as its source's item: nothing half-written.
    expect(after.items).toBe(after.articles);

    const next = await runCli(['--db', archive.dbPath, 'refresh', '--json']);
    expect(next.code, next.stderr).toBe(0);
    // The dead holder did not make it wait.
    expect(next.stderr).not.toMatch(/en cours ailleurs/);
    expect(JSON.parse(next.stdout)).toMatchObject({ new: 20 - after.articles });
    expect(counts(archive.dbPath)).toEqual({ articles: 20, items: 20, distinctUrls: 20, locks: 0 });
    archive.reopen();
  }, 120_000);
});

describe('the lock row', () => {
  const hold = (pid: number, host: string, expiresInMs: number): void => {
    const now = Date.now();
    archive.revue.db
      .prepare('INSERT OR REPLACE INTO refresh_lock (id, token, pid, host, acquired_at, expires_at) VALUES (1, ?, ?, ?, ?, ?)')
      .run('other', pid, host, new Date(now).toISOString(), new Date(now + expiresInMs).toISOString());
  };

  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.once('close', resolve));
    return child.pid ?? 0;
  }

  it('waits for a live holder, then says who holds it', async () => {
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      hold(live.pid ?? 0, hostname(), 60_000);
      expect(await archive.call('refresh.status', {})).toMatchObject({ elsewhere: { pid: live.pid, host: hostname() } });
      await expect(archive.revue.call('refresh.run', { all: true, waitMs: 300 })).rejects.toMatchObject({
        code: 'REFRESH_BUSY',
        params: { pid: live.pid, host: hostname() },
      });
    } finally {
      live.kill();
    }
  });

  it('takes over from a holder whose process is gone, or whose lease expired on another machine', async () => {
    hold(await deadPid(), hostname(), 60_000);
    expect(await archive.call('refresh.status', {})).toMatchObject({ elsewhere: null });
    await expect(archive.revue.call('refresh.run', { all: true })).resolves.toMatchObject({ new: 0 });

    hold(process.pid, 'autre-machine.example', 60_000);
    await expect(archive.revue.call('refresh.run', { all: true, waitMs: 0 })).rejects.toMatchObject({ code: 'REFRESH_BUSY' });
    hold(process.pid, 'autre-machine.example', -1);
    await expect(archive.revue.call('refresh.run', { all: true })).resolves.toMatchObject({ new: 0 });
    // Released after the run.
    expect(archive.revue.db.prepare('SELECT COUNT(*) AS n FROM refresh_lock').get()).toEqual({ n: 0 });
  });
});
