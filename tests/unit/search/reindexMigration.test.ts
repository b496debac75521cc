import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevue } from '../../../src/core/revue';
import type { MigrationTask } from '../../../src/core/store/migrations';
import { runCli } from '../cli/runCli';
import { archiveBeforeWordForms as writeArchiveBeforeWordForms } from '../helpers/archiveBeforeWordForms';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
beforeEach(() => {
  temp = tempArchivePath();
});
afterEach(() => temp.remove());

/** An archive as the Revue before word forms left it (schema 6), with `count` articles. */
const archiveBeforeWordForms = (count: number): void => writeArchiveBeforeWordForms(temp.dbPath, count);

describe('the migration to word forms', () => {
  it('reindexes an older archive, saying how far it has gone, and then finds every form', async () => {
    archiveBeforeWordForms(1200);
    const reports: [MigrationTask, number, number][] = [];
    const revue = openRevue({ dbPath: temp.dbPath, onMigrationProgress: (task, done, total) => reports.push([task, done, total]) });
    try {
      expect(reports[0]).toEqual(['searchIndex', 0, 1201]);
      expect(reports.at(-1)).toEqual(['searchIndex', 1201, 1201]);
      expect(reports.length).toBeGreaterThan(2);
      expect(reports.map(([, done]) => done)).toEqual([...reports.map(([, done]) => done)].sort((a, b) => a - b));
      const search = (query: string) => revue.call('articles.search', { query, limit: 1 });
      expect((await search('enseignant')).total).toBe(1200);
      expect((await search('"enseignant"')).total).toBe(0);
      expect((await search('المغرب')).hits.map((hit) => hit.title)).toEqual(['بالمغرب']);
    } finally {
      await revue.close();
    }
  });

  it('is run by `revue upgrade`, whose --progress-json lines are what `revue serve` shows the browser', async () => {
    archiveBeforeWordForms(1200);
    const run = await runCli(['--db', temp.dbPath, 'upgrade', '--progress-json']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { task: string; done: number; total: number });
    expect(lines[0]).toEqual({ task: 'searchIndex', done: 0, total: 1201 });
    expect(lines.at(-1)).toEqual({ task: 'searchIndex', done: 1201, total: 1201 });
    expect(lines.length).toBeGreaterThan(2);
    const again = await runCli(['--db', temp.dbPath, 'upgrade', '--progress-json']);
    expect(again).toMatchObject({ code: 0, stdout: '' });
  }, 120_000);

  it('says on stderr how far the update has gone when the CLI opens an older archive', async () => {
    archiveBeforeWordForms(30);
    const run = await runCli(['--db', temp.dbPath, 'search', 'enseignant', '--limit', '1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Mise à jour de l’archive\u00A0: index de recherche, 0 / 31 articles (0\u00A0%)');
    expect(run.stderr).toContain('31 / 31 articles (100\u00A0%)');
    expect(run.stderr).toContain('1\u00A0résultat affiché sur 30');
    const again = await runCli(['--db', temp.dbPath, 'search', 'enseignant', '--limit', '1']);
    expect(again.stderr).not.toContain('Mise à jour');
  }, 120_000);

  it('reports nothing when the archive is already up to date', async () => {
    const reports: number[] = [];
    await openRevue({ dbPath: temp.dbPath }).close();
    await openRevue({ dbPath: temp.dbPath, onMigrationProgress: (_task, done) => reports.push(done) }).close();
    expect(reports).toEqual([]);
  });
});
