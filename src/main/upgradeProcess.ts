// The entry of the utility process that updates an archive of an older Revue (see
// upgradeInUtilityProcess.ts): the migrations block the thread that runs them, so they run here
// while the main process keeps the window showing their progress. Built beside out/main/index.js.
import { upgradeWithReports } from '../core/revue.js';
import type { UpgradeRequest } from './upgradeInUtilityProcess.js';

process.parentPort.once('message', ({ data }: { data: unknown }) => {
  const request = data as Partial<UpgradeRequest> | null;
  const post = (report: unknown): void => process.parentPort.postMessage(report);
  if (typeof request?.dbPath !== 'string') {
    post({ failed: { code: 'INTERNAL', message: 'no archive to update', params: { detail: 'no archive to update' } } });
    return;
  }
  // The parent ends this process once it has the outcome, which the last message carries.
  upgradeWithReports(request.dbPath, post, typeof request.nativeBinding === 'string' ? request.nativeBinding : undefined);
});
