import { RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { sourcesToRefresh } from '../store/followedSourceRepository.js';
import type { RefreshService } from './refreshService.js';

/** How often the app looks for due sources; each source's own interval is jittered (schedule.ts). */
const TICK_MS = 60_000;
/** The first look, soon after start: what fell due while the app was closed. */
const FIRST_TICK_MS = 5_000;

/**
 * Refreshes due sources in the background while the app or `revue serve` runs. A refresh held
 * by another process (a cron job) is not waited for: the next tick looks again.
 */
export class BackgroundRefresh {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly refresh: RefreshService,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  start(firstMs = FIRST_TICK_MS): void {
    this.stopped = false;
    this.schedule(firstMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      if (this.db.open && sourcesToRefresh(this.db, new Date().toISOString()).length > 0) await this.refresh.run({ waitMs: 0 });
    } catch (error) {
      if (!(error instanceof RevueError && error.code === 'REFRESH_BUSY')) this.onError(error);
    } finally {
      this.schedule(TICK_MS);
    }
  }
}
