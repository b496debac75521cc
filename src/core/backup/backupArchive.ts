import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RevueError } from '../../shared/errors.js';
import { copyArchiveOffThread } from '../store/copyArchive.js';
import { nativeBindingOf, type Db } from '../store/database.js';

/** The name a backup is written under until it is whole: hidden, and recognisably temporary. */
export function backupTempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Copies the open archive to `file` while the app keeps working: on a worker thread (a 2 GB
 * archive takes seconds to copy, which must not stall the UI's requests), as one consistent state
 * of the archive, a single self-contained file (no -wal beside it), appearing under `file` only
 * once complete.
 */
export async function backupArchive(db: Db, file: string, copy: { stepPages?: number } = {}): Promise<string> {
  const target = resolve(file);
  if (target === resolve(db.name)) throw new RevueError('DB_ERROR', { detail: `${target}: a backup cannot replace the archive itself` });
  mkdirSync(dirname(target), { recursive: true });
  const temp = backupTempName(target);
  try {
    await copyArchiveOffThread(db.name, temp, nativeBindingOf(db), copy.stepPages);
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
