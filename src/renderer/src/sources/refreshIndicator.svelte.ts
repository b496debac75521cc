import type { RefreshStatus } from '../../../shared/domain';
import { call } from '../lib/api';

/** How often the quiet indicator asks; faster while a refresh runs so its count moves. */
const IDLE_MS = 10_000;
const RUNNING_MS = 1_500;

/**
 * The background refresh as the topbar shows it: under way (done / total), or the articles the
 * last one brought. It only reads refresh.status; the refreshing itself happens in the core.
 */
export class RefreshIndicator {
  status = $state.raw<RefreshStatus | null>(null);
  /** Articles brought since the editor last looked (clicked the indicator). */
  unseen = $state(0);
  private lastFinished: string | null = null;
  /** Past the first answer: refreshes that end from now on are news. */
  private primed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Starts polling; returns the function that stops it (for an $effect). */
  start(onNew: () => void): () => void {
    let stopped = false;
    const tick = async (): Promise<void> => {
      try {
        const status = await call('refresh.status', {});
        if (!status.running && status.lastFinishedAt !== this.lastFinished) {
          if (this.primed && status.newArticles > 0) {
            this.unseen += status.newArticles;
            onNew();
          }
          this.lastFinished = status.lastFinishedAt;
        }
        this.primed = true;
        this.status = status;
      } catch {
        // A missed poll is not worth a message: the next one tries again.
      }
      if (!stopped) this.timer = setTimeout(() => void tick(), this.status?.running ? RUNNING_MS : IDLE_MS);
    };
    void tick();
    return () => {
      stopped = true;
      if (this.timer !== null) clearTimeout(this.timer);
    };
  }

  /** Asks again now (after a refresh started from the Sources screen). */
  seen(): void {
    this.unseen = 0;
  }
}
