import type { SendLogEntry } from '../../../shared/domain';
import { call } from '../lib/api';

/** A review's last send, the reminder under the send button. */
export class LastSend {
  entry = $state<SendLogEntry | null>(null);

  async load(reviewId: number): Promise<void> {
    try {
      this.entry = (await call('send.log', { reviewId }))[0] ?? null;
    } catch {
      // The line is a reminder: without it the review is still there to send.
      this.entry = null;
    }
  }
}
