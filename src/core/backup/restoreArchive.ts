import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { RevueError } from '../../shared/errors.js';
import type { OpenOptions } from '../store/database.js';
import { SCHEMA_VERSION } from '../store/migrations.js';
import { backupTempName } from './backupArchive.js';

export interface RestoreOutcome {
  /** The archive, now holding the backup's content. */
  archive: string;
  /** Where the archive as it was before the restore was kept; null when there was none. */
  previous: string | null;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stamp(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

function fsyncPath(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some systems (Windows) cannot open a folder to sync it; the data is written all the same.
  }
}

/** Checks a copy of a backup: a Revue archive, whole, not from a newer Revue. Leaves it a single file. */
function validateCopy(copy: string, shownAs: string, options: OpenOptions): void {
  let db: Database.Database;
  try {
    db = new Database(copy, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
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

/** Folds the archive's -wal into it so that the file alone is the whole archive. */
function checkpoint(archive: string, options: OpenOptions): boolean {
  try {
    const db = new Database(archive, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    return true;
  } catch {
    // A damaged archive cannot be checkpointed: its files are kept as they are (below).
    return false;
  }
}

/**
 * Replaces the archive with a backup, after checking the backup (a whole Revue archive, not
 * from a newer Revue). The archive as it was is kept beside it as
 * `<name>.before-restore-<YYYYMMDD-HHMMSS>.sqlite`; the swap is one rename, so the archive is
 * at every instant either the old one or the restored one. Nothing may have the archive open
 * (the app, `revue serve`): it would keep writing to the replaced file.
 */
export function restoreArchive(backupFile: string, archivePath: string, now: Date = new Date(), options: OpenOptions = {}): RestoreOutcome {
  const backup = resolve(backupFile);
  const archive = resolve(archivePath);
  if (!existsSync(backup)) throw new RevueError('FILE_NOT_FOUND', { file: backup });
  if (backup === archive) throw new RevueError('INVALID_INPUT', { detail: `${backup} is the archive itself` });

  const temp = backupTempName(archive);
  try {
    copyFileSync(backup, temp);
    validateCopy(temp, backup, options);
    fsyncPath(temp);
  } catch (error) {
    for (const file of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) rmSync(file, { force: true });
    if (error instanceof RevueError) throw error;
    throw new RevueError('FILE_UNREADABLE', { file: backup, detail: message(error) }, { cause: error });
  }

  let previous: string | null = null;
  try {
    if (existsSync(archive)) {
      const folded = checkpoint(archive, options);
      previous = join(dirname(archive), `${basename(archive, extname(archive))}.before-restore-${stamp(now)}.sqlite`);
      copyFileSync(archive, previous);
      if (!folded && existsSync(`${archive}-wal`)) copyFileSync(`${archive}-wal`, `${previous}-wal`);
      fsyncPath(previous);
    }
    // The old archive's log must not be replayed into the restored one.
    rmSync(`${archive}-wal`, { force: true });
    rmSync(`${archive}-shm`, { force: true });
    renameSync(temp, archive);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new RevueError('DB_ERROR', { detail: `${archive}: ${message(error)}` }, { cause: error });
  }
  fsyncPath(dirname(archive));
  return { archive, previous };
}
