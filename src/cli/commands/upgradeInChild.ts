import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { UpgradeRunner } from '../../core/revue.js';
import { RevueError } from '../../shared/errors.js';
import { loadCore } from './openArchive.js';

/**
 * The browser mode's way of updating an archive out of its own thread: `revue upgrade
 * --progress-json` in a child process (this same CLI), whose JSON lines are the steps. The
 * migrations block the process that runs them: in a child, the server keeps answering meanwhile.
 */
export function upgradeInChild(db: string | undefined): UpgradeRunner {
  return async (onStep, signal) => {
    const cli = process.argv[1];
    if (cli === undefined) throw new RevueError('INTERNAL', { detail: 'the CLI entry is unknown' });
    const { isUpgradeStep } = await loadCore();
    const child = spawn(process.execPath, [...process.execArgv, cli, ...(db ? ['--db', db] : []), 'upgrade', '--progress-json'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      // Stopped with the server: each migration is a transaction, so the archive stays at a whole version.
      signal,
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const step: unknown = JSON.parse(line);
        if (isUpgradeStep(step)) onStep(step);
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
  };
}
