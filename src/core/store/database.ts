import { existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
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
  /** Refuse (DB_MISSING) rather than create an archive that does not exist: read-only commands. */
  mustExist?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Refuses a file that exists but cannot be a Revue archive, before SQLite touches it: an empty
 * file (SQLite would make it a new database) or one that is not SQLite at all.
 */
function refuseForeignFile(file: string): void {
  if (file === ':memory:' || !existsSync(file)) return;
  if (statSync(file).size === 0) throw new RevueError('NOT_AN_ARCHIVE', { file });
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    if (head.toString('latin1') !== SQLITE_HEADER) throw new RevueError('NOT_AN_ARCHIVE', { file });
  } finally {
    closeSync(fd);
  }
}

/** A SQLite database that some other program made: no schema version of ours, tables of its own. */
function refuseForeignSchema(db: Db, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > 0) return;
  const tables = db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
  if (tables.n > 0) throw new RevueError('NOT_AN_ARCHIVE', { file });
}

/**
 * Opens (creating if needed) the archive at `file`, in WAL mode with foreign keys on, and
 * brings its schema up to date. Refuses an archive written by a newer Revue.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (options.mustExist && file !== ':memory:' && !existsSync(file)) throw new RevueError('DB_MISSING', { file });
  refuseForeignFile(file);
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
    refuseForeignSchema(db, file);
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
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new RevueError('NOT_AN_ARCHIVE', { file }, { cause: error });
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

/**
 * True when opening the archive at `file` will run migrations (an archive of an older Revue):
 * a shell can then say so, and show their progress, before it opens it. False for a new file.
 */
export function archiveNeedsUpdate(file: string, nativeBinding?: string): boolean {
  if (file === ':memory:' || !existsSync(file) || statSync(file).size === 0) return false;
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const version = db.pragma('user_version', { simple: true }) as number;
    return version > 0 && version < SCHEMA_VERSION;
  } catch {
    // Not an archive, or unreadable: opening it says why.
    return false;
  } finally {
    db?.close();
  }
}
