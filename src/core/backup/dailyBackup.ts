import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localIsoDay } from '../../shared/localDay.js';
import type { Db } from '../store/database.js';
import { backupArchive } from './backupArchive.js';
import { readSettings } from '../store/settingsRepository.js';
import { backupsToRemove, DEFAULT_RETENTION, type RetentionPolicy } from './backupRetention.js';

const DAILY_NAME = /^revue-(\d{4}-\d{2}-\d{2})\.sqlite$/;
/** What a backup killed half way leaves (backupTempName): cleaned by the next daily backup. */
const STALE_TEMP = /^\.revue-\d{4}-\d{2}-\d{2}\.sqlite\.\d+\.[0-9a-f]+\.tmp(-journal)?$/;

export interface DailyBackupOutcome {
  /** The backup written today, or null when today's existed already. */
  created: string | null;
  /** Older backups deleted by the retention (backupRetention.ts). */
  removed: string[];
}

/**
 * When the day's backup starts: after 30 s without a request, or 10 min after launch at the
 * latest. REVUE_BACKUP_IDLE_MS and REVUE_BACKUP_MAX_WAIT_MS change them (benchmarks, tests).
 */
export function backupTiming(env: NodeJS.ProcessEnv = process.env): { idleMs: number; maxWaitMs: number } {
  const read = (value: string | undefined, fallback: number): number => {
    const n = Number(value);
    return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return { idleMs: read(env.REVUE_BACKUP_IDLE_MS, 30_000), maxWaitMs: read(env.REVUE_BACKUP_MAX_WAIT_MS, 600_000) };
}

/** The retention the archive's settings ask for: the default one, with the size cap the user chose. */
export function retentionOf(db: Db): RetentionPolicy {
  return { ...DEFAULT_RETENTION, capBytes: readSettings(db).backupCapGb * 1024 ** 3 };
}

/** The folder the daily backups go to: `backups/` beside the archive. */
export function backupFolder(archivePath: string): string {
  return join(dirname(archivePath), 'backups');
}

/**
 * Once a day (local date of `now`), backs the open archive up to
 * `backups/revue-YYYY-MM-DD.sqlite` beside it (off the caller's thread), then applies the
 * retention: daily copies for a week, weekly ones for a month, under the size cap of the settings.
 */
export async function dailyBackup(db: Db, archivePath: string, now: Date = new Date(), policy: RetentionPolicy = retentionOf(db)): Promise<DailyBackupOutcome> {
  const folder = backupFolder(archivePath);
  const day = localIsoDay(now);
  const today = join(folder, `revue-${day}.sqlite`);
  const created = existsSync(today) ? null : await backupArchive(db, today);
  const names = readdirSync(folder);
  for (const name of names) if (STALE_TEMP.test(name)) rmSync(join(folder, name), { force: true });
  const daily = names.flatMap((name) => {
    const match = DAILY_NAME.exec(name);
    return match?.[1] ? [{ name, day: match[1], bytes: statSync(join(folder, name)).size }] : [];
  });
  const removed = backupsToRemove(daily, day, policy).map((name) => join(folder, name));
  for (const file of removed) rmSync(file, { force: true });
  return { created, removed };
}
