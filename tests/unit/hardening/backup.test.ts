import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupArchive } from '../../../src/core/backup/backupArchive';
import { backupFolder, dailyBackup } from '../../../src/core/backup/dailyBackup';
import { restoreArchive } from '../../../src/core/backup/restoreArchive';
import { saveArticle } from '../../../src/core/import/saveArticle';
import { openTestRevue } from '../helpers/openTestRevue';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { RevueError } from '../../../src/shared/errors';
import { runCli } from '../cli/runCli';
import { tempArchivePath } from '../helpers/tempArchive';
import { distinctText, openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
let temp: ReturnType<typeof tempArchivePath>;

beforeEach(() => {
  archive = openTestArchive();
  temp = tempArchivePath();
});
afterEach(() => {
  archive.close();
  temp.remove();
});

function articleCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function integrity(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

async function searchTotal(file: string, query: string): Promise<number> {
  const revue = openTestRevue({ dbPath: file });
  try {
    return (await revue.call('articles.search', { query, limit: 10 })).total;
  } finally {
    revue.close();
  }
}

function saveAt(db: Database.Database, slug: string): void {
  const text = distinctText(slug);
  const outcome = saveArticle(db, slug, {
    title: `Article ${slug}`, byline: null, siteName: 'Le Quotidien', publishedTime: '2025-03-14',
    lang: 'fr', dir: 'ltr', text, html: `<p>${text}</p>`, url: `https://quotidien.example/${slug}`,
  });
  if (outcome.status !== 'imported') throw new Error(`${slug}: ${outcome.status}`);
}

describe('backing the archive up while the app runs', () => {
  it('gives a whole, single-file copy even while another connection keeps writing', async () => {
    for (let i = 0; i < 300; i++) archive.addArticle(`avant${i}`);
    const before = articleCount(archive.dbPath);
    // A second connection (the browser mode, a CLI import) writes between the backup's steps.
    const writer = openTestRevue({ dbPath: archive.dbPath });
    let done = false;
    let written = 0;
    const writing = new Promise<void>((resolve) => {
      const step = (): void => {
        if (done) return resolve();
        saveAt(writer.db, `pendant${written++}`);
        setImmediate(step);
      };
      setImmediate(step);
    });
    const file = join(temp.dir, 'sauvegarde.sqlite');
    // A few pages per step: the copy takes many steps, with the writes between them.
    const backup = backupArchive(archive.revue.db, file, { stepPages: 4 }).finally(() => (done = true));
    await Promise.all([backup, writing]);
    writer.close();

    expect(written).toBeGreaterThan(0);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp') || name.endsWith('-wal'))).toEqual([]);
    expect(integrity(file)).toBe('ok');
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    copy.close();
    expect(articleCount(file)).toBeGreaterThanOrEqual(before);
    expect(await searchTotal(file, 'avant299')).toBe(1);
  });

  it.skipIf(process.platform !== 'linux')('copies on a thread of its own at the lowest priority, leaving the app’s thread as it was', async () => {
    for (let i = 0; i < 40; i++) archive.addArticle(`page${i}`);
    const niceOf = (task: string): number | null => {
      try {
        const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      } catch {
        return null; // the thread ended meanwhile
      }
    };
    const mainNice = niceOf(String(process.pid));
    const seen = new Set<number>();
    let copying = true;
    const watching = new Promise<void>((resolve) => {
      const look = (): void => {
        for (const task of readdirSync('/proc/self/task')) {
          const nice = niceOf(task);
          if (nice !== null && task !== String(process.pid)) seen.add(nice);
        }
        if (copying) setImmediate(look);
        else resolve();
      };
      look();
    });
    const file = join(temp.dir, 'sauvegarde.sqlite');
    await backupArchive(archive.revue.db, file, { stepPages: 4 }).finally(() => (copying = false));
    await watching;

    expect(seen).toContain(19);
    expect(niceOf(String(process.pid))).toBe(mainNice);
    expect(mainNice).not.toBe(19);
    expect(integrity(file)).toBe('ok');
  });

  it('refuses to write the backup over the archive itself', async () => {
    await expect(backupArchive(archive.revue.db, archive.dbPath)).rejects.toBeInstanceOf(RevueError);
    expect(integrity(archive.dbPath)).toBe('ok');
  });
});

describe('restoring a backup', () => {
  it('brings the archive back to the backup and keeps the replaced archive beside it', async () => {
    archive.addArticle('gardé');
    const file = join(temp.dir, 'sauvegarde.sqlite');
    await backupArchive(archive.revue.db, file);
    archive.addArticle('après la sauvegarde');
    const target = join(temp.dir, 'revue.sqlite');
    await backupArchive(archive.revue.db, target);
    expect(articleCount(target)).toBe(2);

    const outcome = restoreArchive(file, target, new Date(2025, 2, 14, 9, 30, 0));
    expect(outcome.previous).toBe(join(temp.dir, 'revue.before-restore-20250314-093000.sqlite'));
    expect(articleCount(target)).toBe(1);
    expect(articleCount(outcome.previous ?? '')).toBe(2);
    expect(await searchTotal(target, 'gardé')).toBe(1);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a file that is not a whole Revue archive, or one from a newer Revue, and leaves the archive as it was', async () => {
    archive.addArticle('intact');
    const target = join(temp.dir, 'revue.sqlite');
    await backupArchive(archive.revue.db, target);

    const garbage = join(temp.dir, 'pas-une-archive.sqlite');
    writeFileSync(garbage, 'ceci n’est pas une base de données '.repeat(200));
    const foreign = join(temp.dir, 'autre.sqlite');
    new Database(foreign).exec('CREATE TABLE x (y)').close();
    const newer = join(temp.dir, 'future.sqlite');
    await backupArchive(archive.revue.db, newer);
    new Database(newer).pragma(`user_version = ${SCHEMA_VERSION + 1}`);

    const code = (file: string): string => {
      try {
        restoreArchive(file, target);
        return 'restored';
      } catch (error) {
        return error instanceof RevueError ? error.code : `unexpected ${String(error)}`;
      }
    };
    expect(code(garbage)).toBe('DB_ERROR');
    expect(code(foreign)).toBe('DB_ERROR');
    expect(code(newer)).toBe('DB_NEWER_THAN_APP');
    expect(code(join(temp.dir, 'absente.sqlite'))).toBe('FILE_NOT_FOUND');
    expect(articleCount(target)).toBe(1);
    expect(readdirSync(temp.dir).filter((name) => name.includes('before-restore') || name.endsWith('.tmp'))).toEqual([]);
  });

  it('works from the command line: revue backup FILE, then revue restore FILE', async () => {
    archive.addArticle('en ligne de commande');
    const file = join(temp.dir, 'cli.sqlite');
    const saved = await runCli(['--db', archive.dbPath, 'backup', file]);
    expect(saved.stdout).toContain('sauvegardé');
    expect(saved.code).toBe(0);

    const target = join(temp.dir, 'restaurée.sqlite');
    const restored = await runCli(['--db', target, 'restore', file]);
    expect(restored.code).toBe(0);
    expect(articleCount(target)).toBe(1);
    const refused = await runCli(['--db', target, 'restore', join(temp.dir, 'absente.sqlite')]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('introuvable');
  }, 60_000);
});

describe('the daily backup', () => {
  it('writes one backup a day into backups/ beside the archive and keeps the last week of them', async () => {
    archive.addArticle('quotidien');
    const folder = backupFolder(archive.dbPath);
    const first = await dailyBackup(archive.revue.db, archive.dbPath, new Date(2025, 0, 1, 8));
    expect(first.created).toBe(join(folder, 'revue-2025-01-01.sqlite'));
    expect((await dailyBackup(archive.revue.db, archive.dbPath, new Date(2025, 0, 1, 18))).created).toBeNull();
    // A backup killed half way left its temporary file: the next one cleans it.
    writeFileSync(join(folder, '.revue-2025-01-02.sqlite.4242.deadbeef.tmp'), 'moitié');
    for (let day = 2; day <= 10; day++) await dailyBackup(archive.revue.db, archive.dbPath, new Date(2025, 0, day, 8));

    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(7);
    expect(names[0]).toBe('revue-2025-01-04.sqlite');
    expect(names.at(-1)).toBe('revue-2025-01-10.sqlite');
    expect(existsSync(join(folder, 'revue-2025-01-03.sqlite'))).toBe(false);
    expect(integrity(join(folder, 'revue-2025-01-10.sqlite'))).toBe('ok');
    expect(articleCount(join(folder, 'revue-2025-01-10.sqlite'))).toBe(1);
  });

  it('keeps the backups under the size cap of the settings, the newest first', async () => {
    const folder = backupFolder(archive.dbPath);
    mkdirSync(folder, { recursive: true });
    const localDay = (daysAgo: number): string => {
      const day = new Date();
      day.setDate(day.getDate() - daysAgo);
      return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    };
    // Copies of a large archive from the last two days: 600 MB each, as sparse files (no disk used).
    const older = [1, 2].map((daysAgo) => join(folder, `revue-${localDay(daysAgo)}.sqlite`));
    for (const file of older) {
      writeFileSync(file, '');
      truncateSync(file, 600 * 1024 ** 2);
    }
    const { call } = archive.revue;
    expect((await call('settings.get', {})).backupCapGb).toBe(20);
    expect((await archive.revue.dispatch('settings.update', { backupCapGb: 0 })).ok).toBe(false);
    expect((await call('settings.update', { backupCapGb: 1 })).backupCapGb).toBe(1);

    const outcome = await call('archive.dailyBackup', {});
    // Today's copy and yesterday's fit in 1 GB; the one before does not.
    expect(outcome.created).toBe(join(folder, `revue-${localDay(0)}.sqlite`));
    expect(outcome.removed).toEqual([older[1]]);
    expect(existsSync(older[0] ?? '')).toBe(true);
  });
});
