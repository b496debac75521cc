import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/contract.js';
import { RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { backupArchive } from './backupArchive.js';
import { dailyBackup } from './dailyBackup.js';

type BackupMethods = 'archive.backup' | 'archive.dailyBackup';

/** Backups of the open archive: to a file the user names, and the daily one beside the archive. */
export function createBackupHandlers(db: Db, archivePath: string): Pick<ApiHandlers, BackupMethods> {
  return {
    'archive.backup': async ({ path, overwrite }) => {
      const out = resolve(path);
      if (existsSync(out) && !overwrite) throw new RevueError('FILE_EXISTS', { file: out });
      return { path: await backupArchive(db, out) };
    },
    'archive.dailyBackup': () => dailyBackup(db, archivePath),
  };
}
