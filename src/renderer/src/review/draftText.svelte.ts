import { debounce } from '../lib/debounce';

export type DraftStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/**
 * A text of the review saved as the user types (title, introduction, an item's headline, summary
 * or comment). While it is being typed the field shows the draft; otherwise it shows what the
 * archive says (after an undo, say). Saved after a pause and at once on flush (blur).
 */
export class DraftText {
  draft = $state<string | null>(null);
  status = $state<DraftStatus>('idle');
  value = $derived.by(() => this.draft ?? this.source());

  private readonly source: () => string;
  private readonly save: (value: string) => Promise<boolean>;
  private readonly accepts: (value: string) => boolean;
  private readonly later;
  private saved: string | null = null;

  constructor(options: {
    source: () => string;
    save: (value: string) => Promise<boolean>;
    delay?: number;
    /** A value that may not be saved (an empty headline) stays a draft. */
    accepts?: (value: string) => boolean;
  }) {
    this.source = options.source;
    this.save = options.save;
    this.accepts = options.accepts ?? (() => true);
    this.later = debounce(() => void this.flush(), options.delay ?? 400);
  }

  input(value: string): void {
    this.draft = value;
    this.status = 'pending';
    this.later();
  }

  async flush(): Promise<void> {
    this.later.cancel();
    const value = this.draft;
    if (value === null || !this.accepts(value)) return;
    if (value === this.saved || value === this.source()) {
      if (this.status === 'pending') this.status = 'saved';
      return;
    }
    this.status = 'saving';
    const ok = await this.save(value);
    if (ok) this.saved = value;
    // Typing went on while saving: the newer text is still pending and will be saved too.
    if (this.draft === value) this.status = ok ? 'saved' : 'failed';
  }

  /**
   * Leaves the field: saves what was typed, then shows the archive's text again. Until then the
   * draft stays on screen, so the archive's trimmed copy never replaces text being typed.
   */
  async blur(): Promise<void> {
    await this.flush();
    const value = this.draft;
    if (value !== null && this.accepts(value) && this.status !== 'failed' && this.status !== 'saving') {
      this.draft = null;
      this.saved = null;
    }
  }
}
