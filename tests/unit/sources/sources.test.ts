import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePage } from '../helpers/articlePage';
import { distinctText, openTestArchive, type TestArchive } from '../helpers/testArchive';
import { runCli } from '../cli/runCli';
import { startLocalServer, type LocalServer } from '../fetch/localServer';
import { items, jsonFeed, rssFeed, send, atomFeed, type Handler } from './feedFixtures';

const RSS = 'application/rss+xml; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

let archive: TestArchive;
let server: LocalServer;
let routes: Record<string, Handler>;

beforeEach(async () => {
  archive = openTestArchive();
  routes = {};
  server = await startLocalServer(routes);
  routes['/rss.xml'] = send(RSS, () => rssFeed('Le Quotidien — À la une', items('http://quotidien.example', 'a', 3)));
  routes['/atom.xml'] = send('application/atom+xml', () => atomFeed('Le Quotidien — Économie', items('http://quotidien.example', 'e', 2)));
  routes['/feed.json'] = send('application/feed+json', () => jsonFeed('Le Quotidien (JSON)', items('http://quotidien.example', 'j', 2)));
  // A site's home page announcing two feeds (and a comments feed, offered last).
  routes['/'] = send(
    HTML,
    () => `<!doctype html><html lang="fr"><head><title>Le Quotidien</title>
<link rel="alternate" type="application/rss+xml" title="Commentaires" href="/comments.xml">
<link rel="alternate" type="application/rss+xml" title="À la une" href="/rss.xml">
<link rel="alternate" type="application/atom+xml" title="Économie" href="atom.xml">
</head><body><h1>Le Quotidien</h1></body></html>`,
  );
  // A section page without a feed: its article links sit in <h2 class="titre">.
  routes['/region'] = send(
    HTML,
    () => `<!doctype html><html lang="fr"><head><title>Région — Le Quotidien</title></head><body>
<nav><a href="/">Accueil</a><a href="/contact">Contact</a></nav>
<main>${[1, 2, 3].map((n) => `<article><h2 class="titre"><a href="/region/article-${n}#haut">Article régional ${n}</a></h2><p>Résumé ${n}</p></article>`).join('')}</main>
</body></html>`,
  );
  for (const n of [1, 2, 3]) {
    routes[`/region/article-${n}`] = send(HTML, () =>
      articlePage({ title: `Article régional ${n}`, site: 'Le Quotidien', paragraphs: [distinctText(`region${n}`), distinctText(`region${n}b`)] }),
    );
  }
});

afterEach(async () => {
  await server.close();
  archive.close();
});

describe('adding a source', () => {
  it('follows RSS, Atom and JSON Feed given directly, with defaults, as "new" until checked', async () => {
    for (const path of ['/rss.xml', '/atom.xml', '/feed.json']) await archive.call('sources.add', { url: `${server.origin}${path}` });
    const list = await archive.call('sources.list', {});
    expect(list.map((source) => [source.name, source.kind, source.every, source.enabled, source.status])).toEqual([
      ['Le Quotidien (JSON)', 'feed', 30, true, 'new'],
      ['Le Quotidien — À la une', 'feed', 30, true, 'new'],
      ['Le Quotidien — Économie', 'feed', 30, true, 'new'],
    ]);
    expect((await archive.call('refresh.run', {})).new).toBe(7);
  });

  it('discovers the feeds a site page announces, offers them all, follows the first or the chosen one', async () => {
    const preview = await archive.call('sources.preview', { url: `${server.origin}/` });
    expect(preview.candidates.map((c) => c.title)).toEqual(['À la une', 'Économie', 'Commentaires']);
    expect(preview).toMatchObject({ url: `${server.origin}/rss.xml`, kind: 'feed', title: 'Le Quotidien — À la une' });
    expect(preview.items.map((item) => item.title)).toEqual(['Article a 1', 'Article a 2', 'Article a 3']);
    const chosen = await archive.call('sources.preview', { url: `${server.origin}/`, feed: 1 });
    expect(chosen).toMatchObject({ url: `${server.origin}/atom.xml`, title: 'Le Quotidien — Économie' });

    const added = await archive.call('sources.add', { url: `${server.origin}/`, feed: 1, every: 60 });
    expect(added.source).toMatchObject({ url: `${server.origin}/atom.xml`, every: 60 });
    expect(await archive.failure('sources.add', { url: `${server.origin}/atom.xml` })).toBe('SOURCE_EXISTS');
  });

  it('takes a page without a feed by a CSS selector, previewed, and imports its linked articles', async () => {
    const preview = await archive.call('sources.preview', { url: `${server.origin}/region`, links: 'h2.titre' });
    expect(preview).toMatchObject({ kind: 'page', title: 'Région — Le Quotidien' });
    expect(preview.items.map((item) => item.url)).toEqual([1, 2, 3].map((n) => `${server.origin}/region/article-${n}`));
    expect(await archive.failure('sources.preview', { url: `${server.origin}/region`, links: '.rien a' })).toBe('SELECTOR_NO_LINKS');
    expect(await archive.failure('sources.preview', { url: `${server.origin}/region`, links: 'a[[' })).toBe('SELECTOR_INVALID');

    const { source } = await archive.call('sources.add', { url: `${server.origin}/region`, links: 'h2.titre a', name: 'Région' });
    expect(source).toMatchObject({ kind: 'page', linkSelector: 'h2.titre a' });
    expect((await archive.call('refresh.run', {})).new).toBe(3);
    // The page changes and its selector finds nothing: the source is failing, with the reason.
    routes['/region'] = send(HTML, () => '<!doctype html><html><body><p>Nouvelle maquette</p></body></html>');
    const report = await archive.call('refresh.run', { all: true });
    expect(report.sources[0]).toMatchObject({ failed: true, error: { code: 'SELECTOR_NO_LINKS' } });
  });

  it('says why not: no feed and none announced, unreachable, not http', async () => {
    routes['/sans-flux'] = send(HTML, () => articlePage({ title: 'Une page', paragraphs: ['Rien.'] }));
    expect(await archive.failure('sources.add', { url: `${server.origin}/sans-flux` })).toBe('SOURCE_NO_FEED');
    expect(await archive.failure('sources.add', { url: 'http://nulle-part.invalid/rss' })).toBe('FETCH_DNS');
    expect(await archive.failure('sources.add', { url: 'ftp://quotidien.example/rss' })).toBe('URL_SCHEME_REFUSED');
    expect(await archive.call('sources.list', {})).toEqual([]);
  });

  it('pauses, resumes, edits and removes sources in bulk; their articles stay', async () => {
    const a = (await archive.call('sources.add', { url: `${server.origin}/rss.xml` })).source.id;
    const b = (await archive.call('sources.add', { url: `${server.origin}/atom.xml` })).source.id;
    await archive.call('refresh.run', {});
    expect(await archive.call('sources.setEnabled', { ids: [a, b], enabled: false })).toEqual({ changed: 2 });
    expect((await archive.call('refresh.run', { all: true })).sources).toEqual([]);
    await archive.call('sources.setEnabled', { ids: [a], enabled: true });
    const edited = await archive.call('sources.update', { id: a, name: 'À la une', every: 15, publication: 'Le Quotidien', lang: 'fr' });
    expect(edited).toMatchObject({ name: 'À la une', every: 15, publication: 'Le Quotidien', lang: 'fr', enabled: true });
    expect(await archive.call('sources.remove', { ids: [a, b] })).toEqual({ removed: 2 });
    expect((await archive.call('articles.search', {})).total).toBe(5);
  });
});

describe('OPML', () => {
  const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Export de FreshRSS</title></head><body>
  <outline text="Presse nationale">
    <outline type="rss" text="À la une" xmlUrl="%ORIGIN%/rss.xml" htmlUrl="%ORIGIN%/"/>
    <outline text="Économie"><outline type="rss" xmlUrl="%ORIGIN%/atom.xml"/></outline>
  </outline>
  <outline type="rss" title="Flux JSON" xmlUrl="%ORIGIN%/feed.json"/>
  <outline type="rss" text="Doublon" xmlUrl="%ORIGIN%/rss.xml"/>
  <outline type="rss" text="Pas web" xmlUrl="javascript:alert(1)"/>
</body></opml>`;

  it('imports nested outlines and missing titles, exports OPML 2.0, and the export imports back the same sources', async () => {
    const result = await archive.call('sources.importOpml', { opml: OPML.replaceAll('%ORIGIN%', server.origin) });
    expect(result.added.map((source) => source.name)).toEqual(['À la une', '127.0.0.1', 'Flux JSON']);
    expect(result.failed).toMatchObject([{ name: 'Pas web', error: { code: 'URL_SCHEME_REFUSED' } }]);
    expect(await archive.call('sources.importOpml', { opml: OPML.replaceAll('%ORIGIN%', server.origin) })).toMatchObject({ added: [] });

    const { opml } = await archive.call('sources.exportOpml', {});
    expect(opml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<opml version="2.0">/);
    const other = openTestArchive();
    try {
      await other.call('sources.importOpml', { opml });
      const names = (list: { name: string; url: string }[]) => list.map((source) => [source.name, source.url]);
      expect(names(await other.call('sources.list', {}))).toEqual(names(await archive.call('sources.list', {})));
    } finally {
      other.close();
    }
  });

  it('refuses a file that is not OPML, or that lists no feed', async () => {
    expect(await archive.failure('sources.importOpml', { opml: 'name,url\nLe Quotidien,https://quotidien.example/rss' })).toBe('OPML_INVALID');
    expect(await archive.failure('sources.importOpml', { opml: '<opml version="2.0"><body><outline text="Vide"/></body></opml>' })).toBe('OPML_EMPTY');
  });
});

describe('the CLI contract', () => {
  it('sources add/list/pause/resume/remove and refresh, with the JSON shapes other tools read', async () => {
    archive.revue.close();
    const db = ['--db', archive.dbPath];
    const added = await runCli([...db, 'sources', 'add', `${server.origin}/`, '--every', '45']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('source suivie\u00A0: n°\u00A01  Le Quotidien — À la une');
    expect(added.stdout).toContain('La page annonce 3\u00A0flux\u00A0; le n°\u00A01 est suivi (--feed N pour un autre)');

    const refused = await runCli([...db, 'sources', 'add', `${server.origin}/region`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Aucun flux à cette adresse\u00a0:');

    const listed = await runCli([...db, 'sources', 'list', '--json']);
    const [source] = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(Object.keys(source ?? {})).toEqual(['id', 'name', 'url', 'kind', 'every', 'enabled', 'lastCheckedAt', 'lastNewAt', 'status', 'error']);
    expect(source).toMatchObject({ id: 1, kind: 'feed', every: 45, enabled: true, status: 'new', error: null, lastCheckedAt: null });

    const refreshed = await runCli([...db, 'refresh', '--json']);
    expect(refreshed.code, refreshed.stderr).toBe(0);
    const report = JSON.parse(refreshed.stdout) as { sources: Record<string, unknown>[]; new: number; durationMs: number };
    expect(Object.keys(report)).toEqual(['sources', 'new', 'durationMs']);
    expect(report.sources).toEqual([{ id: 1, name: 'Le Quotidien — À la une', new: 3, unchanged: false, failed: false, error: null }]);

    // Nothing new is not an error; every source failing is.
    const again = await runCli([...db, 'refresh', '--all', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, sources: [{ unchanged: true }] });
    routes['/rss.xml'] = (_req, res) => void res.writeHead(500).end();
    const failing = await runCli([...db, 'refresh', '--all']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('échec   Le Quotidien — À la une — Le site a répondu 500');

    expect((await runCli([...db, 'sources', 'pause', '1'])).stdout).toContain('1\u00A0source en pause');
    expect((await runCli([...db, 'sources', 'remove', '7'])).stderr).toContain('Introuvable');
    const file = join(archive.dbPath, '..', 'sources.opml');
    expect((await runCli([...db, 'sources', 'export', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`xmlUrl="${server.origin}/rss.xml"`);
    writeFileSync(file, 'pas du xml');
    const bad = await runCli([...db, 'sources', 'import', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('n’est pas un OPML lisible');
    archive.reopen();
  }, 300_000);

  it('says the errors inside its JSON output in the archive’s language (French, English)', async () => {
    const db = ['--db', archive.dbPath];
    await archive.call('sources.add', { url: `${server.origin}/rss.xml` });
    routes['/rss.xml'] = (_req, res) => void res.writeHead(500).end();
    const feed = `${server.origin}/rss.xml`;
    const opml = join(archive.dbPath, '..', 'abonnements.opml');
    writeFileSync(opml, '<opml version="2.0"><body><outline type="rss" text="Pas web" xmlUrl="javascript:alert(1)"/></body></opml>');
    const said = async (): Promise<string[]> => {
      const refreshed = JSON.parse((await runCli([...db, 'refresh', '--all', '--json'])).stdout) as { sources: { error: string }[] };
      const listed = JSON.parse((await runCli([...db, 'sources', 'list', '--json'])).stdout) as { error: string }[];
      const imported = JSON.parse((await runCli([...db, 'sources', 'import', opml, '--json'])).stdout) as { failed: { error: string }[] };
      return [refreshed.sources[0]?.error, listed[0]?.error, imported.failed[0]?.error].map(String);
    };
    const [refreshFr, listFr, importFr] = await said();
    expect(refreshFr).toBe(`Le site a répondu 500\u00A0: ${feed}`);
    expect(listFr).toBe(refreshFr);
    expect(importFr).toBe('Seules les adresses http(s) sont acceptées\u00A0: javascript:alert(1)');

    await archive.call('settings.update', { uiLanguage: 'en' });
    expect(await said()).toEqual([`The site answered 500: ${feed}`, `The site answered 500: ${feed}`, 'Only http(s) addresses are accepted: javascript:alert(1)']);
  }, 120_000);
});
