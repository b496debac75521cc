import Database from 'better-sqlite3';
import { RevueError } from '../../shared/errors.js';
import type { OpenOptions } from './database.js';
import { SCHEMA_VERSION } from './migrations.js';

// SQLite work on an archive FILE that the app does not hold open (a backup being restored, the
// archive about to be replaced): the file handling around it lives in core/backup, the SQL here.

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function openFile(file: string, options: OpenOptions): Database.Database {
  return new Database(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
}

/**
 * Checks that `file` is a whole Revue archive not written by a newer Revue, then leaves it a
 * single file (journal mode DELETE). Throws DB_ERROR or DB_NEWER_THAN_APP naming `shownAs`.
 */
export function checkArchiveCopy(file: string, shownAs: string, options: OpenOptions = {}): void {
  let db: Database.Database;
  try {
    db = openFile(file, options);
  } catch (error) {
    throw new RevueError('DB_ERROR', { detail: `${shownAs}: ${message(error)}` }, { cause: error });
  }
  try {
    let version: number;
    let integrity: unknown;
    let hasArticles: boolean;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      hasArticles = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get() !== undefined;
      integrity = db.pragma('integrity_check', { simple: true });
    } catch (error) {
      // "file is not a database", a truncated file...
      throw new RevueError('DB_ERROR', { detail: `${shownAs}: ${message(error)}` }, { cause: error });
    }
    if (version > SCHEMA_VERSION) throw new RevueError('DB_NEWER_THAN_APP', { file: shownAs, found: version, known: SCHEMA_VERSION });
    if (version < 1 || !hasArticles) throw new RevueError('DB_ERROR', { detail: `${shownAs}: not a Revue archive` });
    if (integrity !== 'ok') throw new RevueError('DB_ERROR', { detail: `${shownAs}: integrity_check: ${String(integrity)}` });
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Folds the archive's -wal into it so that the file alone is the whole archive. Returns false
 * when it cannot (a damaged archive): the caller then keeps the -wal beside it.
 */
export function checkpointArchive(file: string, options: OpenOptions = {}): boolean {
  try {
    const db = openFile(file, options);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    return true;
  } catch {
    return false;
  }
}
