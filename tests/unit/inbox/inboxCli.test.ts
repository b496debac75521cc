import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/runCli';
import { distinctText, openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

describe('revue topics, inbox and purge', () => {
  it('prints the JSON documents other tools rely on', { timeout: 180_000 }, async () => {
    const story = `${distinctText('port')} Le déficit portuaire.`;
    const a = archive.addArticle('port-matin', { text: story, siteName: 'Le Matin' });
    const b = archive.addArticle('port-hespress', { text: `${story} Suite.`, siteName: 'Hespress' });
    const c = archive.addArticle('festival', { siteName: 'Médias24' });
    await archive.call('inbox.triage', { articleIds: [c], decision: 'dismissed' });
    const d = archive.addArticle('autre', { siteName: 'Le Desk', url: null });
    const db = ['--db', archive.dbPath];

    const added = await runCli([...db, 'topics', 'add', 'Économie', 'déficit -sport', '--section', 'Économie', '--color', 'teal']);
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('sujet créé\u00A0: 1\tÉconomie → Économie');

    const list = await runCli([...db, 'topics', 'list', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([{ id: 1, name: 'Économie', query: 'déficit -sport', section: 'Économie', count: 2 }]);

    const inbox = await runCli([...db, 'inbox', '--since', '2000-01-01', '--json']);
    const parsed = JSON.parse(inbox.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['since', 'topics', 'untopical']);
    expect(parsed.topics).toEqual([
      {
        topic: { id: 1, name: 'Économie', query: 'déficit -sport', section: 'Économie', count: 2 },
        stories: [
          {
            articles: [
              { id: b, title: 'Réforme port-hespress', siteName: 'Hespress', publishedTime: '2025-03-14', url: 'https://quotidien.example/port-hespress' },
              { id: a, title: 'Réforme port-matin', siteName: 'Le Matin', publishedTime: '2025-03-14', url: 'https://quotidien.example/port-matin' },
            ],
          },
        ],
      },
    ]);
    expect(parsed.untopical).toEqual([{ articles: [{ id: d, title: 'Réforme autre', siteName: 'Le Desk', publishedTime: '2025-03-14', url: null }] }]);
    expect(new Date(String(parsed.since)).getFullYear()).toBe(2000);

    const purge = await runCli([...db, 'purge', '--dry-run', '--json']);
    expect(JSON.parse(purge.stdout)).toMatchObject({ dryRun: true, retentionDays: 90, articles: [] });

    const bad = await runCli([...db, 'topics', 'add', 'Rien', '--', '-sport']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('ne cherche rien');

    const removed = await runCli([...db, 'topics', 'remove', '1']);
    expect(removed.stdout).toContain('sujet 1 supprimé');
  });
});
