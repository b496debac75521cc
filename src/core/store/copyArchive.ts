import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code. It opens its own read-only connection and holds one read transaction over
 * the whole copy: the copy is a single consistent state, and writes from the app's connection
 * (WAL) neither block it nor make it start over. Within that transaction it copies STEP_PAGES
 * pages at a time and rests as long as each step took, so that the copy of a large archive takes
 * at most half of a core and of the disk while the app answers (issue #17: no request stalls
 * during a backup). On Linux, where each thread has its own nice value, the worker also lowers
 * its own to the least (19): whenever the app's thread, or anything else on a busy machine, wants
 * a core, the copy waits rather than the request (elsewhere the call would lower the whole app,
 * so it is not made). Then the copy leaves WAL mode, to be one file the user can carry. Plain
 * JavaScript in a string: the worker runs the same way under tsx, Vitest, the CLI bundle and
 * Electron, with no file of its own to locate.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const options = workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {};
const rest = new Int32Array(new SharedArrayBuffer(4));
if (process.platform === 'linux') {
  try {
    require('node:os').setPriority(19);
  } catch {
    // A system that refuses it: the copy still rests between its steps.
  }
}
(async () => {
  const source = new Database(workerData.source, { ...options, readonly: true, fileMustExist: true });
  try {
    source.exec('BEGIN');
    source.prepare('SELECT count(*) FROM sqlite_schema').get();
    let stepStarted = performance.now();
    await source.backup(workerData.target, {
      progress: () => {
        const took = performance.now() - stepStarted;
        Atomics.wait(rest, 0, 0, Math.min(took, 50));
        stepStarted = performance.now();
        return workerData.stepPages;
      },
    });
    source.exec('COMMIT');
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

/** Pages copied between two rests: 4 MB at SQLite's default page size. */
const STEP_PAGES = 1024;

const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Copies the archive file `source` to `target` (a new single-file SQLite database) on a worker
 * thread: the caller's thread, which serves the UI's requests, never waits on the copy.
 * `stepPages` is smaller in tests, so that a small archive is copied in many steps.
 */
export function copyArchiveOffThread(source: string, target: string, nativeBinding?: string, stepPages = STEP_PAGES): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { module: betterSqlite3, source, target, nativeBinding: nativeBinding ?? null, stepPages },
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
