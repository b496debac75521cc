import { BACKUP_CAP_GB } from '../../shared/domain.js';

/** One backup file of the daily series, as the retention sees it. */
export interface BackupFile {
  name: string;
  /** The local day it was taken, YYYY-MM-DD. */
  day: string;
  bytes: number;
}

export interface RetentionPolicy {
  /** Every backup of the last `dailyDays` days is kept. */
  dailyDays: number;
  /** Before that, the newest backup of each of the `weeklyWeeks` weeks before is kept. */
  weeklyWeeks: number;
  /** All the kept backups together stay under this many bytes: the oldest go first (the newest always stays). */
  capBytes: number;
}

/** The cap here is the settings' default (BACKUP_CAP_GB); dailyBackup takes the one the user set. */
export const DEFAULT_RETENTION: RetentionPolicy = { dailyDays: 7, weeklyWeeks: 4, capBytes: BACKUP_CAP_GB.default * 1024 ** 3 };

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** Weeks start on Monday (as in France): the Monday's day number names the week. */
function weekOf(day: string): number {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return n - ((n + 3) % 7);
}

/**
 * Which backups to delete: daily copies for a week, then one a week for a month, and never more
 * than the size cap in all. A 2 GB archive kept as 7 full daily copies took 14 GB; this keeps
 * 11 copies at most, and the cap bounds what a large archive can take.
 */
export function backupsToRemove(files: readonly BackupFile[], today: string, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const now = dayNumber(today);
  const newestFirst = [...files].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  const kept: BackupFile[] = [];
  const weeksKept = new Set<number>();
  for (const file of newestFirst) {
    const age = now - dayNumber(file.day);
    // The newest copy always stays, however old: the app may not have run for months.
    if (age < policy.dailyDays || kept.length === 0) {
      kept.push(file);
      continue;
    }
    // Weekly copies cover a month before the daily ones, no further back.
    if (age >= policy.dailyDays + 7 * policy.weeklyWeeks) continue;
    const week = weekOf(file.day);
    if (weeksKept.has(week) || weeksKept.size >= policy.weeklyWeeks) continue;
    // Weeks already covered by the daily copies do not take a weekly slot.
    if (kept.some((k) => weekOf(k.day) === week && now - dayNumber(k.day) < policy.dailyDays)) continue;
    weeksKept.add(week);
    kept.push(file);
  }
  let total = kept.reduce((sum, file) => sum + file.bytes, 0);
  while (kept.length > 1 && total > policy.capBytes) {
    const oldest = kept.pop();
    if (oldest) total -= oldest.bytes;
  }
  const keep = new Set(kept.map((file) => file.name));
  return files.filter((file) => !keep.has(file.name)).map((file) => file.name);
}
