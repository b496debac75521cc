import type { PurgeReport } from '../../../shared/domain';
import { call } from '../lib/api';
import { debounce } from '../lib/debounce';
import { errorMessage } from '../lib/errorMessage';

/** A pause after typing a period before asking what it would purge. */
const WAIT_MS = 300;

/** What the purge would remove with the retention period being typed, before it is saved (a dry run). */
export class PurgePreview {
  report = $state.raw<PurgeReport | null>(null);
  error = $state<string | null>(null);
  #asked = 0;

  /** Asks again for `days`, once the typing pauses; the latest answer wins. */
  readonly show = debounce((days: number) => void this.load(days), WAIT_MS);

  async load(days: number): Promise<void> {
    const asked = ++this.#asked;
    try {
      const report = await call('archive.purge', { dryRun: true, retentionDays: days });
      if (asked !== this.#asked) return;
      this.report = report;
      this.error = null;
    } catch (error) {
      if (asked === this.#asked) this.error = errorMessage(error);
    }
  }
}
