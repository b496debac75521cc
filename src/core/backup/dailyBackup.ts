import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../store/database.js';
import { backupArchive } from './backupArchive.js';

/** How many daily backups are kept; the oldest beyond this are deleted. */
export const DAILY_BACKUPS_KEPT = 7;

const DAILY_NAME = /^revue-\d{4}-\d{2}-\d{2}\.sqlite$/;
/** What a backup killed half way leaves (backupTempName): cleaned by the next daily backup. */
const STALE_TEMP = /^\.revue-\d{4}-\d{2}-\d{2}\.sqlite\.\d+\.[0-9a-f]+\.tmp(-journal)?$/;

export interface DailyBackupOutcome {
  /** The backup written today, or null when today's existed already. */
  created: string | null;
  /** Older backups deleted by the rotation. */
  removed: string[];
}

/** The folder the daily backups go to: `backups/` beside the archive. */
export function backupFolder(archivePath: string): string {
  return join(dirname(archivePath), 'backups');
}

function localDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Once a day (local date of `now`), backs the open archive up to
 * `backups/revue-YYYY-MM-DD.sqlite` beside it, then keeps only the 7 newest daily backups.
 */
export async function dailyBackup(db: Db, archivePath: string, now: Date = new Date()): Promise<DailyBackupOutcome> {
  const folder = backupFolder(archivePath);
  const today = join(folder, `revue-${localDay(now)}.sqlite`);
  const created = existsSync(today) ? null : await backupArchive(db, today);
  const names = readdirSync(folder);
  for (const name of names) if (STALE_TEMP.test(name)) rmSync(join(folder, name), { force: true });
  // ISO dates sort as text: the newest come first in reverse order.
  const daily = names.filter((name) => DAILY_NAME.test(name)).sort().reverse();
  const removed = daily.slice(DAILY_BACKUPS_KEPT).map((name) => join(folder, name));
  for (const file of removed) rmSync(file, { force: true });
  return { created, removed };
}
