import type { Db } from './database.js';

/** The process that holds an archive's refresh. */
export interface RefreshLockHolder {
  token: string;
  pid: number;
  host: string;
  acquiredAt: string;
  expiresAt: string;
}

export function readRefreshLock(db: Db): RefreshLockHolder | null {
  return (db
    .prepare('SELECT token, pid, host, acquired_at AS acquiredAt, expires_at AS expiresAt FROM refresh_lock WHERE id = 1')
    .get() ?? null) as RefreshLockHolder | null;
}

/**
 * Takes the lock in one write transaction (BEGIN IMMEDIATE: two processes cannot both read it
 * free): when there is no holder, or `canTakeOver` says the holder is gone. Returns the holder
 * that kept it, or null when the lock is now ours.
 */
export function tryTakeRefreshLock(
  db: Db,
  mine: RefreshLockHolder,
  canTakeOver: (holder: RefreshLockHolder) => boolean,
): RefreshLockHolder | null {
  return db
    .transaction((): RefreshLockHolder | null => {
      const holder = readRefreshLock(db);
      if (holder !== null && holder.token !== mine.token && !canTakeOver(holder)) return holder;
      db.prepare(
        `INSERT INTO refresh_lock (id, token, pid, host, acquired_at, expires_at) VALUES (1, @token, @pid, @host, @acquiredAt, @expiresAt)
         ON CONFLICT (id) DO UPDATE SET token = excluded.token, pid = excluded.pid, host = excluded.host,
           acquired_at = excluded.acquired_at, expires_at = excluded.expires_at`,
      ).run(mine);
      return null;
    })
    .immediate();
}

/** Pushes the expiry of our lock further; false when it is no longer ours. */
export function extendRefreshLock(db: Db, token: string, expiresAt: string): boolean {
  return db.prepare('UPDATE refresh_lock SET expires_at = ? WHERE id = 1 AND token = ?').run(expiresAt, token).changes === 1;
}

export function releaseRefreshLock(db: Db, token: string): void {
  db.prepare('DELETE FROM refresh_lock WHERE id = 1 AND token = ?').run(token);
}
