import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { uiLanguageSchema, type UiLanguage } from '../../shared/vocabulary.js';

// Kept apart from the store's other modules (database.ts, migrations.ts): the CLI reads the
// language before it writes its help, and loading the whole store would cost every `revue --help`
// the migrations' text libraries. SQLite itself is required only once there is a file to read, so
// a help with no archive never loads it.

/**
 * The language setting of the archive at `file`, read from that one row of a read-only connection
 * opened and closed here; null when the file is no readable archive or has no such setting
 * (whoever opens it next says what is wrong).
 */
export function readArchiveLanguage(file: string): UiLanguage | null {
  let db: BetterSqlite3.Database | null = null;
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    db = new Database(file, { readonly: true, fileMustExist: true });
    const value = db.prepare("SELECT value FROM settings WHERE key = 'uiLanguage'").pluck().get() as string | undefined;
    if (value === undefined) return null;
    const parsed = uiLanguageSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
