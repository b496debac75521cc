import type { ArchiveStatus } from '../../../shared/domain';
import { archiveStatus } from '../lib/api';

/** How often the page asks how far the update has gone. */
const POLL_MS = 300;

/** The opening of the archive, followed until it is ready (an older archive is updated first). */
export class ArchiveOpening {
  status = $state.raw<ArchiveStatus>({ ready: false, update: null });

  /** Asks once: true when the archive is ready already (the usual case: nothing to show). */
  async untilReadyOnce(): Promise<boolean> {
    try {
      this.status = await archiveStatus();
    } catch {
      return false;
    }
    return this.status.ready;
  }

  /** Resolves once the archive is ready, keeping `status` current meanwhile. */
  async untilReady(): Promise<void> {
    for (;;) {
      try {
        this.status = await archiveStatus();
      } catch {
        // The server between two answers: ask again.
      }
      if (this.status.ready) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
