import type { ArticleSummary } from '../../../shared/domain';
import { ApiError, call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';

/** The archive's article list as the UI shows it; reloaded after every import. */
export class LibraryState {
  articles = $state<ArticleSummary[]>([]);
  total = $state(0);
  selectedId = $state<number | null>(null);
  error = $state<string | null>(null);

  async reload(): Promise<void> {
    try {
      const page = await call('articles.list', {});
      this.articles = page.articles;
      this.total = page.total;
      this.error = null;
    } catch (error) {
      this.error = error instanceof ApiError ? i18n.error(error.error) : i18n.t('errors.generic');
    }
  }
}

export const library = new LibraryState();
