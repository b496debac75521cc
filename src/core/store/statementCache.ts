import type Database from 'better-sqlite3';
import type { Db } from './database.js';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The prepared statement for this SQL on this connection, prepared once: preparing costs more
 * than running a small query, and search runs on every keystroke.
 */
export function cachedStatement(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
