import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code. It opens its own read-only connection and copies the whole archive in one
 * backup step: one read transaction, so the copy is a single consistent state that writes from
 * the app's connection (WAL) neither block nor restart. Then the copy leaves WAL mode, to be one
 * file the user can carry. Plain JavaScript in a string: the worker runs the same way under tsx,
 * Vitest, the CLI bundle and Electron, with no file of its own to locate.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const options = workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {};
(async () => {
  const source = new Database(workerData.source, { ...options, readonly: true, fileMustExist: true });
  try {
    await source.backup(workerData.target, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const copy = new Database(workerData.target, options);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  parentPort.postMessage('done');
})().catch((error) => parentPort.postMessage({ error: error && error.message ? error.message : String(error) }));
`;

const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Copies the archive file `source` to `target` (a new single-file SQLite database) on a worker
 * thread: the caller's thread, which serves the UI's requests, never waits on the copy.
 */
export function copyArchiveOffThread(source: string, target: string, nativeBinding?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { module: betterSqlite3, source, target, nativeBinding: nativeBinding ?? null },
    });
    let settled = false;
    worker.on('message', (message: unknown) => {
      settled = true;
      if (message === 'done') resolve();
      else reject(new Error(typeof message === 'object' && message !== null && 'error' in message ? String(message.error) : 'backup worker failed'));
      void worker.terminate();
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`backup worker stopped (${code})`));
      settled = true;
    });
  });
}
