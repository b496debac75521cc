import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { RevueError } from '../../shared/errors.js';
import { MIGRATIONS, SCHEMA_VERSION, type MigrationProgress } from './migrations.js';

export type Db = Database.Database;

/** The native addon each open archive was opened with: a backup worker must load the same one. */
const bindings = new WeakMap<Db, string>();

/** The path of the native addon `db` was opened with, when not the default one. */
export function nativeBindingOf(db: Db): string | undefined {
  return bindings.get(db);
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Told how far a long migration step has gone (reindexing an archive of years takes a while). */
  onProgress?: MigrationProgress;
}

/**
 * Opens (creating if needed) the archive at `file`, in WAL mode with foreign keys on, and
 * brings its schema up to date. Refuses an archive written by a newer Revue.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new RevueError('DB_ERROR', { detail: `${file}: ${(error as Error).message}` }, { cause: error });
  }
  try {
    // Before anything writes: switching to WAL rewrites the header of an archive a newer Revue made.
    refuseNewer(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // WAL makes NORMAL durable against application crashes; only a power cut can lose the last commit.
    db.pragma('synchronous = NORMAL');
    migrate(db, file, options.onProgress);
    if (options.nativeBinding) bindings.set(db, options.nativeBinding);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof RevueError) throw error;
    // "file is not a database", a damaged file: said as the archive's error, with the file's name.
    throw new RevueError('DB_ERROR', { detail: `${file}: ${(error as Error).message}` }, { cause: error });
  }
}

function refuseNewer(db: Db, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new RevueError('DB_NEWER_THAN_APP', { file, found: current, known: SCHEMA_VERSION });
  }
}

/** Applies the migrations the archive has not seen, each in its own transaction. */
export function migrate(db: Db, file: string, progress?: MigrationProgress): void {
  migrateTo(db, file, SCHEMA_VERSION, progress);
}

/**
 * Applies the migrations up to `target` only: the archive as an older Revue left it (the
 * migration tests build every earlier schema this way). Refuses an archive newer than the app.
 */
export function migrateTo(db: Db, file: string, target: number, progress: MigrationProgress = () => undefined): void {
  refuseNewer(db, file);
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current + 1; version <= Math.min(target, SCHEMA_VERSION); version++) {
    const migration = MIGRATIONS[version - 1];
    if (migration === undefined) break;
    db.transaction(() => {
      if (typeof migration === 'string') db.exec(migration);
      else migration(db, progress);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
