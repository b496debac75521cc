import { utilityProcess } from 'electron';
import { errorOfReport, readUpgradeReport, type UpgradeRunner } from '../core/revue.js';
import { RevueError } from '../shared/errors.js';
import { UPGRADE_ENTRY } from './paths.js';

/** What the update process is told: the archive, and the better-sqlite3 addon for Electron's ABI when not the default. */
export interface UpgradeRequest {
  dbPath: string;
  nativeBinding: string | null;
}

/**
 * The app's way of updating an archive out of its main process: a utility process
 * (upgradeProcess.ts) runs the migrations and reports each step, while the main process keeps
 * the window drawing the progress screen. (ELECTRON_RUN_AS_NODE is off in the packaged app: see
 * scripts/electronFuses.cjs.)
 */
export function upgradeInUtilityProcess(request: UpgradeRequest): UpgradeRunner {
  return (onStep, signal) =>
    new Promise((resolve, reject) => {
      const child = utilityProcess.fork(UPGRADE_ENTRY, [], { serviceName: 'Revue archive update', stdio: 'inherit' });
      /** How the update ended, once the process has said it: null for success. */
      let outcome: RevueError | null | undefined;
      const stop = (): void => {
        child.kill();
      };
      signal.addEventListener('abort', stop, { once: true });
      child.on('message', (message: unknown) => {
        const report = readUpgradeReport(message);
        if (report === null) return;
        if ('step' in report) {
          onStep(report.step);
          return;
        }
        outcome = 'failed' in report ? errorOfReport(report.failed) : null;
        child.kill();
      });
      child.once('exit', (code) => {
        signal.removeEventListener('abort', stop);
        if (outcome === null) resolve();
        else reject(outcome ?? new RevueError('DB_ERROR', { detail: `the archive's update process exited with ${code}` }));
      });
      child.postMessage(request);
    });
}
