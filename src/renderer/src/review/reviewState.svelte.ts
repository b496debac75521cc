import type { Review } from '../../../shared/domain';
import { ApiError, call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { today } from '../lib/today';

/** The review of the chosen day: loaded from the archive, created on demand. */
export class ReviewState {
  date = $state(today());
  review = $state<Review | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);

  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      this.review = await call('reviews.get', { date: this.date });
    } catch (error) {
      this.fail(error);
    } finally {
      this.loading = false;
    }
  }

  async create(): Promise<void> {
    this.error = null;
    try {
      this.review = await call('reviews.create', { date: this.date, lang: i18n.lang });
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.error = error instanceof ApiError ? i18n.error(error.error) : i18n.t('errors.generic');
  }
}
