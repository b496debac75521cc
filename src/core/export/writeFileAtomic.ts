import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RevueError } from '../../shared/errors.js';

/**
 * Writes a file so that readers see the old file or the whole new one, never a part: a temporary
 * file in the same folder, flushed to disk, then renamed over the target (and the folder synced).
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new RevueError('EXPORT_FAILED', { detail: `${path}: ${error instanceof Error ? error.message : String(error)}` }, { cause: error });
  }
  try {
    const dirFd = openSync(dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some systems (Windows) cannot open a folder to sync it; the rename is done all the same.
  }
}
