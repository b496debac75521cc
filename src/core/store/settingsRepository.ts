import { BACKUP_CAP_GB, type Settings } from '../../shared/domain.js';
import type { Db } from './database.js';

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'fr',
  organisation: '',
  distributionNotice: '',
  copyright: '',
  defaultSections: ['À la une', 'National', 'International', 'Économie', 'Société', 'Culture', 'Sport'],
  logo: null,
  chromiumPath: '',
  lastExportFolder: '',
  retentionDays: 90,
  backupCapGb: BACKUP_CAP_GB.default,
  workspace: 'read',
  lastAddSection: '',
};

/** Reads the settings, falling back to the defaults for any key never written. */
export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value);
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

/** Writes the given keys in one transaction and returns the resulting settings. */
export function writeSettings(db: Db, patch: Partial<Settings>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return readSettings(db);
}
