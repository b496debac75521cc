import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RevueError } from '../../shared/errors.js';

/** True unless the process is known to be gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Removes the temporary files that writers of `path` killed before their rename left behind. */
function removeStaleTemps(dir: string, name: string): void {
  const prefix = `.${name}.`;
  for (const entry of readdirSync(dir)) {
    const pid = entry.startsWith(prefix) ? /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && !alive(Number(pid))) rmSync(join(dir, entry), { force: true });
  }
}

/**
 * Writes a file so that readers see the old file or the whole new one, never a part: a temporary
 * file in the same folder, flushed to disk, then renamed over the target (and the folder synced).
 * A process killed (SIGKILL, power cut) between the two leaves the target as it was and its
 * temporary file `.<name>.<pid>.<8 hex>.tmp` beside it; the next write of that target removes it.
 * `mode` is the new file's permissions (0o600 for a secret only its owner may read).
 */
export function writeFileAtomic(path: string, data: Uint8Array, mode = 0o644): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', mode);
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
  try {
    removeStaleTemps(dir, basename(path));
  } catch {
    // Tidying is a courtesy: the file itself is written.
  }
}
