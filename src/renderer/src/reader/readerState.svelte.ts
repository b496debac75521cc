import type { Input } from '../../../shared/contract';
import type { Article, Highlight, HighlightColor, ReextractResult } from '../../../shared/domain';
import { call } from '../lib/api';
import { errorMessage } from '../lib/errorMessage';

export type MetadataPatch = Omit<Input<'articles.update'>, 'id' | 'summary' | 'comment'>;

export interface QuoteToSave {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The open article and its highlights; every change goes to the archive first. */
export class ReaderState {
  article = $state.raw<Article | null>(null);
  highlights = $state.raw<Highlight[]>([]);
  loading = $state(false);
  error = $state<string | null>(null);
  /** Images are shown per article, on request: reset whenever another article opens. */
  showImages = $state(false);
  /** What the last "Ré-extraire" did to the highlights; cleared when another article opens. */
  reextracted = $state.raw<Omit<ReextractResult, 'article'> | null>(null);
  reextracting = $state(false);

  private requested: number | null = null;

  async open(id: number | null): Promise<void> {
    this.requested = id;
    this.showImages = false;
    this.reextracted = null;
    this.error = null;
    if (id === null) {
      this.article = null;
      this.highlights = [];
      return;
    }
    this.loading = true;
    try {
      const [article, highlights] = await Promise.all([call('articles.get', { id }), call('highlights.list', { articleId: id })]);
      // A later click opened something else while this one loaded.
      if (this.requested !== id) return;
      this.article = article;
      this.highlights = highlights;
    } catch (error) {
      if (this.requested === id) {
        this.article = null;
        this.highlights = [];
        this.fail(error);
      }
    } finally {
      if (this.requested === id) this.loading = false;
    }
  }

  async saveMetadata(patch: MetadataPatch): Promise<boolean> {
    const article = this.article;
    if (!article) return false;
    try {
      this.article = await call('articles.update', { id: article.id, ...patch });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  /** Saves the open article's chapeau or private comment; false (and nothing changed) when it failed. */
  async saveText(patch: { summary: string } | { comment: string }): Promise<boolean> {
    const article = this.article;
    if (!article) return false;
    try {
      const saved = await call('articles.update', { id: article.id, ...patch });
      if (this.article?.id === saved.id) this.article = { ...this.article, summary: saved.summary, comment: saved.comment };
      return true;
    } catch {
      // Kept as typed: the field says it is not saved, the next keystroke or blur tries again.
      return false;
    }
  }

  /** Extracts the open article again from its kept page, with its site's rules; true when done. */
  async reextract(): Promise<boolean> {
    const article = this.article;
    if (!article) return false;
    this.reextracting = true;
    this.error = null;
    try {
      const { article: fresh, ...report } = await call('articles.reextract', { id: article.id });
      const highlights = await call('highlights.list', { articleId: article.id });
      if (this.article?.id !== article.id) return false;
      this.article = fresh;
      this.highlights = highlights;
      this.reextracted = report;
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    } finally {
      this.reextracting = false;
    }
  }

  async setTags(tags: string[]): Promise<void> {
    const article = this.article;
    if (!article) return;
    try {
      this.article = await call('articles.setTags', { id: article.id, tags });
    } catch (error) {
      this.fail(error);
    }
  }

  async highlight(quote: QuoteToSave, color: HighlightColor, note = ''): Promise<void> {
    const article = this.article;
    if (!article || quote.exact.trim() === '') return;
    try {
      const created = await call('highlights.create', { articleId: article.id, ...quote, color, note });
      if (this.article?.id === article.id) this.highlights = [...this.highlights, created];
    } catch (error) {
      this.fail(error);
    }
  }

  async updateHighlight(id: number, patch: { color?: HighlightColor; note?: string }): Promise<void> {
    try {
      const updated = await call('highlights.update', { id, ...patch });
      this.highlights = this.highlights.map((one) => (one.id === id ? updated : one));
    } catch (error) {
      this.fail(error);
    }
  }

  async deleteHighlight(id: number): Promise<void> {
    try {
      await call('highlights.delete', { id });
      this.highlights = this.highlights.filter((one) => one.id !== id);
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.error = errorMessage(error);
  }
}
