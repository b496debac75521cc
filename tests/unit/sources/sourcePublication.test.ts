import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateTo } from '../../../src/core/store/database';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';
import { openTestRevue } from '../helpers/openTestRevue';
import { tempArchivePath } from '../helpers/tempArchive';
import { startLocalServer, type LocalServer } from '../fetch/localServer';
import { items, rssFeed, send, type Handler } from './feedFixtures';

const RSS = 'application/rss+xml; charset=utf-8';

describe('a source’s publication', () => {
  let archive: TestArchive;
  let server: LocalServer;
  let routes: Record<string, Handler>;

  beforeEach(async () => {
    archive = openTestArchive();
    routes = {};
    server = await startLocalServer(routes);
    routes['/une.xml'] = send(RSS, () => rssFeed('Flux sans nom de journal', items('http://quotidien.example', 'p', 2)));
    routes['/eco.xml'] = send(RSS, () => rssFeed('Économie', items('http://autre.example', 'q', 1)));
  });

  afterEach(async () => {
    await server.close();
    archive.close();
  });

  it('is chosen in the registry (found by name or alias, or registered), credits the articles imported from it, and follows a merge', async () => {
    const { source } = await archive.call('sources.add', { url: `${server.origin}/une.xml`, publication: 'Le Petit Quotidien' });
    const registered = (await archive.call('publications.list', {})).find((p) => p.name === 'Le Petit Quotidien');
    expect(registered).toBeDefined();
    expect(source).toMatchObject({ publication: 'Le Petit Quotidien', publicationId: registered?.id });

    await archive.call('refresh.run', { all: true });
    const { hits } = await archive.call('articles.search', {});
    expect(hits.map((hit) => hit.siteName)).toEqual(['Le Petit Quotidien', 'Le Petit Quotidien']);

    // Another source named by an alias of a known publication: that one, not a new one.
    const other = await archive.call('publications.add', { name: 'Le Grand Journal', aliases: ['LGJ'] });
    const { source: eco } = await archive.call('sources.add', { url: `${server.origin}/eco.xml` });
    const edited = await archive.call('sources.update', { id: eco.id, publication: 'LGJ', every: 60, lang: 'fr', enabled: false });
    expect(edited).toMatchObject({ publicationId: other.id, publication: 'Le Grand Journal', every: 60, lang: 'fr', enabled: false });
    const count = (await archive.call('publications.list', {})).length;

    await archive.call('publications.merge', { from: registered?.id ?? 0, into: other.id });
    expect((await archive.call('sources.list', {})).map((s) => s.publication)).toEqual(['Le Grand Journal', 'Le Grand Journal']);
    expect((await archive.call('publications.list', {})).length).toBe(count - 1);

    expect(await archive.call('sources.update', { id: eco.id, publication: null })).toMatchObject({ publicationId: null, publication: null });
  });

  it('refuses a link selector on a feed source', async () => {
    const { source } = await archive.call('sources.add', { url: `${server.origin}/une.xml` });
    expect(await archive.failure('sources.update', { id: source.id, links: 'h2 a' })).toBe('FEED_HAS_NO_LINKS');
  });
});

describe('migration 11', () => {
  let temp: ReturnType<typeof tempArchivePath>;
  beforeEach(() => (temp = tempArchivePath()));
  afterEach(() => temp.remove());

  it('links the publication names sources had to the registry', async () => {
    const db = new Database(temp.dbPath);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrateTo(db, temp.dbPath, 10);
    db.exec(`INSERT INTO sources (id, name, kind, url, created_at, publication) VALUES
      (1, 'Une', 'feed', 'https://a.example/rss', '2025-01-01T00:00:00Z', 'Le Journal de Test'),
      (2, 'Sans', 'feed', 'https://b.example/rss', '2025-01-01T00:00:00Z', NULL)`);
    db.close();

    const revue = openTestRevue({ dbPath: temp.dbPath });
    try {
      const sources = await revue.call('sources.list', {});
      const journal = (await revue.call('publications.list', {})).find((p) => p.name === 'Le Journal de Test');
      expect(journal).toBeDefined();
      expect(sources.map((s) => [s.name, s.publicationId, s.publication])).toEqual([
        ['Sans', null, null],
        ['Une', journal?.id, 'Le Journal de Test'],
      ]);
    } finally {
      revue.close();
    }
  });
});
