import { describe, expect, it } from 'vitest';
import { backupsToRemove, type BackupFile } from '../../../src/core/backup/backupRetention';

const GB = 1024 ** 3;

/** One backup a day for `days` days ending on `last`, each `bytes` big. */
function series(last: string, days: number, bytes = GB): BackupFile[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(end - i * 86_400_000).toISOString().slice(0, 10);
    return { name: `revue-${day}.sqlite`, day, bytes };
  });
}

function kept(files: BackupFile[], today: string, capBytes = 100 * GB): string[] {
  const removed = new Set(backupsToRemove(files, today, { dailyDays: 7, weeklyWeeks: 4, capBytes }));
  return files.filter((f) => !removed.has(f.name)).map((f) => f.day).sort();
}

describe('backup retention', () => {
  it('keeps a week of daily copies, then one copy for each of the four weeks before', () => {
    // Wednesday 2025-03-12, after 60 days of daily backups.
    const days = kept(series('2025-03-12', 60), '2025-03-12');
    expect(days.filter((d) => d >= '2025-03-06')).toEqual(['2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12']);
    const weekly = days.filter((d) => d < '2025-03-06');
    // Newest copy of each earlier week (weeks start on Monday): Sundays 2 March, 23, 16, 9 February.
    expect(weekly).toEqual(['2025-02-09', '2025-02-16', '2025-02-23', '2025-03-02']);
  });

  it('keeps everything while there is less than a week of backups', () => {
    expect(kept(series('2025-03-12', 4), '2025-03-12')).toHaveLength(4);
  });

  it('stays under the size cap by dropping the oldest, but always keeps the newest', () => {
    const files = series('2025-03-12', 60, 2 * GB);
    expect(kept(files, '2025-03-12', 9 * GB)).toEqual(['2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12']);
    expect(kept(files, '2025-03-12', GB)).toEqual(['2025-03-12']);
  });

  it('keeps a lone old backup as the weekly copy of its week', () => {
    const files = [{ name: 'old', day: '2025-02-20', bytes: GB }, { name: 'new', day: '2025-03-12', bytes: GB }];
    expect(backupsToRemove(files, '2025-03-12')).toEqual([]);
    expect(backupsToRemove(files, '2025-06-12')).toEqual(['old']);
  });
});
