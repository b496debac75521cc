import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';

/** The name a backup is written under until it is whole: hidden, and recognisably temporary. */
export function backupTempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Pages copied by the first step of the online backup; each later step copies twice as many. */
const FIRST_STEP_PAGES = 100;

/**
 * Copies the open archive to `file` with SQLite's online backup API, while the app keeps
 * working: the copy is one consistent state of the archive, a single self-contained file (no
 * -wal beside it), and appears under `file` only once complete.
 */
export async function backupArchive(db: Db, file: string): Promise<string> {
  const target = resolve(file);
  if (target === resolve(db.name)) throw new RevueError('DB_ERROR', { detail: `${target}: a backup cannot replace the archive itself` });
  mkdirSync(dirname(target), { recursive: true });
  const temp = backupTempName(target);
  try {
    let rate = FIRST_STEP_PAGES;
    await db.backup(temp, {
      // A write by another connection restarts the copy from the start; steps that double in
      // size end with one step covering the whole archive, so a busy writer cannot starve it,
      // while small steps keep the event loop free for a small archive.
      progress: () => (rate = Math.min(rate * 2, 0x7fffffff)),
    });
    // The copy keeps the archive's WAL mode; a backup is one file the user can carry around.
    // Through the app's own connection: in Electron only it has the right native addon.
    db.prepare('ATTACH DATABASE ? AS revue_backup').run(temp);
    try {
      db.pragma('revue_backup.journal_mode = DELETE');
    } finally {
      db.exec('DETACH DATABASE revue_backup');
    }
    renameSync(temp, target);
    return target;
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-wal`, { force: true });
    rmSync(`${temp}-shm`, { force: true });
    if (error instanceof RevueError) throw error;
    throw new RevueError('DB_ERROR', { detail: `${target}: ${error instanceof Error ? error.message : String(error)}` }, { cause: error });
  }
}
