import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { RevueError } from '../../shared/errors.js';
import type { OpenOptions } from '../store/database.js';
import { checkArchiveCopy, checkpointArchive } from '../store/archiveFile.js';
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
    checkArchiveCopy(temp, backup, options);
    fsyncPath(temp);
  } catch (error) {
    for (const file of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) rmSync(file, { force: true });
    if (error instanceof RevueError) throw error;
    throw new RevueError('FILE_UNREADABLE', { file: backup, detail: message(error) }, { cause: error });
  }

  let previous: string | null = null;
  try {
    if (existsSync(archive)) {
      // A damaged archive cannot be checkpointed: its files are then kept as they are.
      const folded = checkpointArchive(archive, options);
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
