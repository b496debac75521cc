import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import {
  extendRefreshLock,
  readRefreshLock,
  releaseRefreshLock,
  tryTakeRefreshLock,
  type RefreshLockHolder,
} from '../store/refreshLockRepository.js';

/** A holder that stops renewing its lock for this long is gone (hung, or on a machine we cannot ask). */
const LOCK_TTL_MS = 60_000;
const HEARTBEAT_MS = 15_000;
const POLL_MS = 250;

/** True when a process of that id runs on this machine (EPERM: it runs, as another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock whose holder died (killed, crashed) can be taken: expired, or its process is gone from this host. */
export function holderIsGone(holder: RefreshLockHolder, now: number): boolean {
  if (Date.parse(holder.expiresAt) <= now) return true;
  return holder.host === hostname() && !processAlive(holder.pid);
}

/** The live holder of the archive's refresh other than `token`, if any. */
export function otherHolder(db: Db, token: string | null): RefreshLockHolder | null {
  const holder = readRefreshLock(db);
  if (holder === null || holder.token === token || holderIsGone(holder, Date.now())) return null;
  return holder;
}

/**
 * The archive's refresh lock, held by this process: a row with our pid, host and an expiry that a
 * heartbeat keeps pushing, deleted on release. A process killed with SIGKILL leaves its row, which
 * the next one takes over once it sees the pid gone (same host) or the expiry past.
 */
export class RefreshLock {
  private heartbeat: NodeJS.Timeout | null = null;

  private constructor(
    private readonly db: Db,
    readonly token: string,
  ) {}

  /** Takes the lock, waiting up to waitMs for another holder to finish; REFRESH_BUSY after that. */
  static async acquire(db: Db, waitMs: number): Promise<RefreshLock> {
    const token = randomUUID();
    const deadline = Date.now() + waitMs;
    for (;;) {
      const now = Date.now();
      const mine = {
        token,
        pid: process.pid,
        host: hostname(),
        acquiredAt: new Date(now).toISOString(),
        expiresAt: new Date(now + LOCK_TTL_MS).toISOString(),
      };
      const holder = tryTakeRefreshLock(db, mine, (other) => holderIsGone(other, now));
      if (holder === null) {
        const lock = new RefreshLock(db, token);
        lock.startHeartbeat();
        return lock;
      }
      if (Date.now() >= deadline) throw new RevueError('REFRESH_BUSY', { pid: holder.pid, host: holder.host });
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
    }
  }

  release(): void {
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.db.open) releaseRefreshLock(this.db, this.token);
  }

  private startHeartbeat(): void {
    this.heartbeat = setInterval(() => {
      if (this.db.open) extendRefreshLock(this.db, this.token, new Date(Date.now() + LOCK_TTL_MS).toISOString());
    }, HEARTBEAT_MS);
    // A process with nothing else to do may exit: its lock goes with it (released or taken over).
    this.heartbeat.unref();
  }
}
