import type { ArchiveStatus } from '../../shared/domain.js';
import { ERROR_CODES, RevueError, toSerializedError, type ErrorCode, type SerializedError } from '../../shared/errors.js';
import { openDatabase } from '../store/database.js';
import type { MigrationTask } from '../store/migrations.js';

/** One step of an archive's update, as the process running it reports it: `done` of `total` units of `task`. */
export interface UpgradeStep {
  task: MigrationTask;
  done: number;
  total: number;
}

const TASKS: readonly MigrationTask[] = ['searchIndex'];

/** Whether a value that crossed a process boundary (a JSON line, a message) is an UpgradeStep. */
export function isUpgradeStep(value: unknown): value is UpgradeStep {
  if (typeof value !== 'object' || value === null) return false;
  const { task, done, total } = value as Record<string, unknown>;
  return (
    TASKS.includes(task as MigrationTask) &&
    Number.isSafeInteger(done) &&
    Number.isSafeInteger(total) &&
    (done as number) >= 0 &&
    (total as number) >= 0
  );
}

/** What a shell shows of a step: its numbers and how far along, in whole percent (100 for an empty task). */
export function updateOf(step: UpgradeStep): NonNullable<ArchiveStatus['update']> {
  const { task, done, total } = step;
  return { task, done, total, percent: total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100)) };
}

/**
 * Brings the archive at `dbPath` up to date, in this thread, telling each new step of its progress
 * (nothing when it is up to date already): what the process that a shell starts for the update
 * runs (`revue upgrade`, the app's utility process). Throws RevueError (DB_MISSING, DB_NEWER_THAN_APP...).
 */
export function upgradeArchive(dbPath: string, onStep: (step: UpgradeStep) => void, nativeBinding?: string): void {
  let last: UpgradeStep | null = null;
  const db = openDatabase(dbPath, {
    mustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
    onProgress: (task, done, total) => {
      // The migrations report after each batch; a step said twice would only be sent twice.
      if (last?.task === task && last.done === done && last.total === total) return;
      last = { task, done, total };
      onStep(last);
    },
  });
  db.close();
}

/** What a process running an update tells the shell that started it: each step, then how it ended. */
export type UpgradeReport = { step: UpgradeStep } | { done: true } | { failed: SerializedError };

/** upgradeArchive, told as reports to the process's parent (the app's utility process): never throws. */
export function upgradeWithReports(dbPath: string, post: (report: UpgradeReport) => void, nativeBinding?: string): void {
  try {
    upgradeArchive(dbPath, (step) => post({ step }), nativeBinding);
    post({ done: true });
  } catch (error) {
    post({ failed: toSerializedError(error) });
  }
}

/** The report a message holds, or null for anything else (a message that crossed a process boundary is checked). */
export function readUpgradeReport(value: unknown): UpgradeReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Record<string, unknown>;
  if (isUpgradeStep(message.step)) return { step: message.step };
  if (message.done === true) return { done: true };
  const failed = message.failed as Record<string, unknown> | null | undefined;
  if (typeof failed === 'object' && failed !== null && typeof failed.message === 'string') {
    const code = ERROR_CODES.includes(failed.code as ErrorCode) ? (failed.code as ErrorCode) : 'DB_ERROR';
    const params = typeof failed.params === 'object' && failed.params !== null ? (failed.params as SerializedError['params']) : {};
    return { failed: { code, message: failed.message, params: code === failed.code ? params : { detail: failed.message } } };
  }
  return null;
}

/** The error a failed report stands for, thrown again in the shell. */
export function errorOfReport(failed: SerializedError): RevueError {
  return new RevueError(failed.code, failed.params);
}
