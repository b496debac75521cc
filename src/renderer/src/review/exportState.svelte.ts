import type { Review } from '../../../shared/domain';
import { flushAutosaves } from '../lib/autosave.svelte';
import { errorMessage } from '../lib/errorMessage';
import { i18n } from '../lib/i18n.svelte';
import { saveExport } from '../lib/saveExport';
import type { ComposeState } from './composeState.svelte';

export type ExportFormat = 'docx' | 'pdf' | 'html';

/** The export bar's state: the question asked before an export that lacks something, and where it went. */
export class ExportState {
  /** An export waiting for the editor's answer: the review is empty, or items have no chapeau. */
  asking = $state<{ format: ExportFormat; kind: 'empty' | 'noSummary'; count: number } | null>(null);
  busy = $state(false);
  status = $state<string | null>(null);
  failed = $state(false);

  readonly #compose: () => ComposeState;
  readonly #review: () => Review;

  /** Getters: the component's props are read when an export starts, never captured once. */
  constructor(compose: () => ComposeState, review: () => Review) {
    this.#compose = compose;
    this.#review = review;
  }

  /** Checks what would go out before exporting: an empty review, items without a chapeau. */
  async request(format: ExportFormat): Promise<void> {
    // What is being typed goes out too.
    await flushAutosaves();
    const current = this.#compose().review ?? this.#review();
    const missing = current.items.filter((item) => item.summary.trim() === '').length;
    if (current.items.length === 0) this.asking = { format, kind: 'empty', count: 0 };
    else if (missing > 0) this.asking = { format, kind: 'noSummary', count: missing };
    else await this.exportAs(format);
  }

  async fillThenExport(format: ExportFormat): Promise<void> {
    this.asking = null;
    if (await this.#compose().fillSummaries(this.#review().id)) await this.exportAs(format);
  }

  async exportAnyway(format: ExportFormat): Promise<void> {
    this.asking = null;
    await this.exportAs(format);
  }

  private async exportAs(format: ExportFormat): Promise<void> {
    const review = this.#review();
    this.busy = true;
    this.failed = false;
    this.status = i18n.t('exportReview.working');
    try {
      this.status = await saveExport({ reviewId: review.id, format, layout: review.layout, lang: i18n.lang });
    } catch (error) {
      this.failed = true;
      this.status = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }
}
