import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ArchiveStatus } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';

type Update = NonNullable<ArchiveStatus['update']>;

/**
 * Runs `revue upgrade --progress-json` on the archive in a child process (this same CLI), telling
 * each step's progress, and resolves once the archive is up to date. The migrations block the
 * process that runs them: in a child, the server of this one keeps answering meanwhile.
 */
export function upgradeInChild(db: string | undefined, onProgress: (update: Update) => void, signal?: AbortSignal): Promise<void> {
  const cli = process.argv[1];
  if (cli === undefined) return Promise.reject(new RevueError('INTERNAL', { detail: 'the CLI entry is unknown' }));
  const child = spawn(process.execPath, [...process.execArgv, cli, ...(db ? ['--db', db] : []), 'upgrade', '--progress-json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // Stopped with the server: each migration is a transaction, so the archive stays at a whole version.
    ...(signal ? { signal } : {}),
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    try {
      const { task, done, total } = JSON.parse(line) as { task: Update['task']; done: number; total: number };
      onProgress({ task, done, total, percent: total === 0 ? 100 : Math.floor((done / total) * 100) });
    } catch {
      // Not a progress line: nothing to show.
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new RevueError('DB_ERROR', { detail: `revue upgrade exited with ${code ?? 'a signal'}` }));
    });
  });
}
