import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackgroundRefresh } from '../../../src/core/sources/backgroundRefresh';
import { RefreshService } from '../../../src/core/sources/refreshService';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from '../../../src/core/sources/schedule';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';
import { startLocalServer, type LocalServer } from '../fetch/localServer';
import { items, rssFeed, send, type Handler } from './feedFixtures';

let archive: TestArchive;
let server: LocalServer;
let routes: Record<string, Handler>;
let requests = 0;

beforeEach(async () => {
  archive = openTestArchive();
  routes = {};
  requests = 0;
  server = await startLocalServer(routes);
  routes['/flux.xml'] = (req, res) => {
    requests++;
    send('application/rss+xml', () => rssFeed('Le Quotidien', items('http://quotidien.example', 'bg', 2)))(req, res);
  };
});

afterEach(async () => {
  await server.close();
  archive.close();
});

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('the background refresh', () => {
  it('refreshes due sources by itself, reports progress, and leaves a source alone until its next check', async () => {
    await archive.call('sources.add', { url: `${server.origin}/flux.xml` });
    const refresh = new RefreshService(archive.revue.db);
    const background = new BackgroundRefresh(archive.revue.db, refresh);
    try {
      background.start(10);
      await until(() => refresh.status().lastFinishedAt !== null);
      expect(refresh.status()).toMatchObject({ running: false, done: 1, total: 1, newArticles: 2, elsewhere: null });
      const [source] = await archive.call('sources.list', {});
      expect(source?.status).toBe('ok');
      // Next check in about 30 minutes (±10 %): nothing is asked before.
      const delay = Date.parse(source?.nextCheckAt ?? '') - Date.parse(source?.lastCheckedAt ?? '');
      expect(delay).toBeGreaterThanOrEqual(27 * 60_000);
      expect(delay).toBeLessThanOrEqual(33 * 60_000);
      const asked = requests;
      background.stop();
      background.start(10);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toBe(asked);
    } finally {
      background.stop();
    }
  });

  it('spreads next checks over ±10 % of the interval, and backs off up to a day, never sooner than Retry-After', () => {
    const now = Date.parse('2025-12-31T08:00:00Z');
    expect(Date.parse(nextCheckAfterSuccess(now, 30, () => 0)) - now).toBe(27 * 60_000);
    expect(Date.parse(nextCheckAfterSuccess(now, 30, () => 1)) - now).toBe(33 * 60_000);
    expect(Date.parse(nextCheckAfterFailure(now, 30, 1, null)) - now).toBe(30 * 60_000);
    expect(Date.parse(nextCheckAfterFailure(now, 30, 3, null)) - now).toBe(120 * 60_000);
    expect(Date.parse(nextCheckAfterFailure(now, 30, 20, null)) - now).toBe(24 * 3600_000);
    expect(Date.parse(nextCheckAfterFailure(now, 30, 1, 7200)) - now).toBe(7200_000);
  });
});
