import { call } from '../lib/api';
import { debounce } from '../lib/debounce';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

const SAVE_DELAY_MS = 400;

/**
 * One of the article's own texts (summary or private comment), saved as the user types: after a
 * pause, and at once on flush (blur, another article, the window hidden or closed).
 */
export class AutosaveText {
  value = $state('');
  status = $state<SaveStatus>('idle');

  private articleId: number | null = null;
  private saved = '';
  private readonly later = debounce(() => void this.flush(), SAVE_DELAY_MS);

  constructor(private readonly field: 'summary' | 'comment') {}

  /** Shows another article's text; what was typed for the previous one is saved first. */
  async load(articleId: number | null, value: string): Promise<void> {
    await this.flush();
    this.articleId = articleId;
    this.value = value;
    this.saved = value;
    this.status = 'idle';
  }

  input(value: string): void {
    this.value = value;
    this.status = 'pending';
    this.later();
  }

  async flush(): Promise<void> {
    this.later.cancel();
    const id = this.articleId;
    const value = this.value;
    if (id === null || value === this.saved) {
      if (this.status === 'pending') this.status = 'saved';
      return;
    }
    this.status = 'saving';
    try {
      await call('articles.update', this.field === 'summary' ? { id, summary: value } : { id, comment: value });
      this.saved = value;
      if (this.articleId === id) this.status = this.value === value ? 'saved' : 'pending';
    } catch {
      // Kept as typed: the indicator says it is not saved, the next keystroke or blur tries again.
      if (this.articleId === id) this.status = 'failed';
    }
  }
}
