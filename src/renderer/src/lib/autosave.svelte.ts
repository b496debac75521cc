import { debounce } from './debounce';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/**
 * Fields typed into and not yet safely in the archive (pending, saving or failed), wherever they
 * are. Read only by the page-leaving guards, never rendered: a plain Set on purpose.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const unsaved = new Set<Autosave>();

/**
 * A text saved as the user types — the review's title and introduction, an item's headline,
 * chapeau and comment, the reader's chapeau and private comment. While it is being typed the
 * field shows the draft; otherwise it shows what the archive says (after an undo, say). Saved
 * after a pause, at once on blur, and by flushAutosaves() when the page is hidden or closed.
 */
export class Autosave {
  draft = $state<string | null>(null);
  status = $state<AutosaveStatus>('idle');
  value = $derived.by(() => this.draft ?? this.source());

  private readonly source: () => string;
  private readonly save: (value: string) => Promise<boolean>;
  private readonly accepts: (value: string) => boolean;
  private readonly later;
  private saved: string | null = null;

  constructor(options: {
    /** The archive's text, shown when nothing is being typed. */
    source: () => string;
    /** Saves a text; false when it failed (the field says so and keeps it). */
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
    unsaved.add(this);
    this.later();
  }

  /** Saves what was typed now. The request leaves before the first await, so a closing page still sends it. */
  async flush(): Promise<void> {
    this.later.cancel();
    const value = this.draft;
    if (value === null || !this.accepts(value)) return;
    if (value === this.saved || value === this.source()) {
      if (this.status === 'pending') this.status = 'saved';
      if (this.status !== 'failed') unsaved.delete(this);
      return;
    }
    this.status = 'saving';
    const ok = await this.save(value);
    if (ok) this.saved = value;
    // Typing went on while saving: the newer text is still pending and will be saved too.
    if (this.draft === value) {
      this.status = ok ? 'saved' : 'failed';
      if (ok) unsaved.delete(this);
    }
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

  /** Shows the archive's text again (another article opened): call after flush(). */
  reset(): void {
    this.later.cancel();
    this.draft = null;
    this.saved = null;
    this.status = 'idle';
    unsaved.delete(this);
  }
}

/** Saves every field with typed text now; resolves with how many are still not saved. */
export async function flushAutosaves(): Promise<number> {
  await Promise.all([...unsaved].map((field) => field.flush()));
  return unsaved.size;
}

/** How many fields hold text that is not in the archive (typed and pending, being saved, or failed). */
export function unsavedCount(): number {
  return unsaved.size;
}

/**
 * Hiding or closing the page is the last chance to save: every pending field is flushed (the
 * browser mode's requests go out with keepalive and outlive the page), and leaving is questioned
 * while a save has failed or a text cannot be saved. Returns the function that removes the guards.
 */
export function guardAutosaves(): () => void {
  const flush = (): void => void flushAutosaves();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    flush();
    // What is being sent now will arrive; what failed (or cannot be saved) would be lost.
    const lost = [...unsaved].some((field) => field.status === 'failed' || field.status === 'pending');
    if (lost) event.preventDefault();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
