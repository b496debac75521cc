import { SvelteSet } from 'svelte/reactivity';
import type { Highlight, Review, ReviewItem, ReviewLayout, ReviewSummary, UiLanguage } from '../../../shared/domain';
import type { Input, Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { errorMessage } from '../lib/errorMessage';
import { today } from '../lib/today';

export type ComposeTab = 'compose' | 'candidates' | 'preview' | 'reviews';

/** Where an item is: its section and its index there, for announcements and keyboard moves. */
interface ItemPlace {
  item: ReviewItem;
  sectionIndex: number;
  index: number;
}

/**
 * The review being composed: which day and edition, the review as the archive last answered,
 * and every action on it. Each action is one call whose answer is the whole new review; answers
 * are applied in the order the calls were made, so a slow answer never brings back an old state.
 */
export class ComposeState {
  date = $state(today());
  edition = $state('');
  review = $state.raw<Review | null>(null);
  /** The latest review before this day and edition, offered as a structure to start from. */
  previous = $state.raw<Review | null>(null);
  reviews = $state.raw<ReviewSummary[]>([]);
  tab = $state<ComposeTab>('compose');
  loading = $state(false);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);
  /** Read by screen readers: what the last move did. */
  announcement = $state('');
  /** The items whose editor is open. */
  expanded = new SvelteSet<number>();
  /** Counts the answers applied: the candidates and the preview look again after each. */
  version = $state(0);

  editions = $derived.by(() => {
    const named = this.reviews.filter((summary) => summary.date === this.date).map((summary) => summary.edition);
    const all = ['', 'matin', 'soir', ...named, this.edition];
    return all.filter((edition, index) => all.indexOf(edition) === index);
  });
  /** How many items each section holds, by section id. */
  sectionCounts = $derived(
    (this.review?.items ?? []).reduce<Record<number, number>>((counts, item) => {
      counts[item.sectionId] = (counts[item.sectionId] ?? 0) + 1;
      return counts;
    }, {}),
  );

  private sent = 0;
  private applied = 0;
  private loadGeneration = 0;

  /** The items of a section, in order. */
  itemsOf(sectionId: number): ReviewItem[] {
    return (this.review?.items ?? [])
      .filter((item) => item.sectionId === sectionId)
      .sort((a, b) => a.position - b.position);
  }

  sectionName(sectionId: number): string {
    return this.review?.sections.find((section) => section.id === sectionId)?.name ?? '';
  }

  /**
   * The review as the exported web page, for the preview tab: without its fonts, which weigh
   * twenty times the page and are the same for every review (see fontFaces).
   */
  async renderHtml(reviewId: number, lang: UiLanguage): Promise<string> {
    return (await call('reviews.renderHtml', { reviewId, lang, embedFonts: false })).html;
  }

  private fonts: Promise<string> | null = null;

  /** The export's @font-face rules, asked once for the session (again only after a failure). */
  fontFaces(): Promise<string> {
    this.fonts ??= call('reviews.fontFaces', {}).then(
      ({ css }) => css,
      (error: unknown) => {
        this.fonts = null;
        throw error;
      },
    );
    return this.fonts;
  }

  /** The stories not yet in the review, for the candidates tab. */
  candidates(reviewId: number): Promise<Output<'reviews.candidates'>> {
    return call('reviews.candidates', { reviewId });
  }

  /** An article's highlights, offered as quotes in an item's editor. */
  highlights(articleId: number): Promise<Highlight[]> {
    return call('highlights.list', { articleId });
  }

  /** Puts a deleted article back in the library; its items were never gone. */
  async restoreArticle(articleId: number): Promise<void> {
    await call('articles.restore', { ids: [articleId] });
  }

  /** Opens the review of a day and edition (or the screen that creates it). */
  async open(date: string, edition: string): Promise<void> {
    this.date = date;
    this.edition = edition;
    await this.load();
  }

  async load(): Promise<void> {
    const generation = ++this.loadGeneration;
    const key = { date: this.date, edition: this.edition };
    this.loading = true;
    this.error = null;
    this.notice = null;
    try {
      const [review, reviews] = await Promise.all([call('reviews.get', key), call('reviews.list', {})]);
      if (generation !== this.loadGeneration) return;
      this.reviews = reviews;
      this.review = review;
      // Answers to calls made for the review shown before no longer apply.
      this.applied = this.sent;
      this.version += 1;
      const previous = review ? null : await call('reviews.previous', key);
      // The user may have opened another day while the previous review was looked up.
      if (generation === this.loadGeneration) this.previous = previous;
    } catch (error) {
      if (generation === this.loadGeneration) this.error = errorMessage(error);
    } finally {
      if (generation === this.loadGeneration) this.loading = false;
    }
  }

  async create(copyPrevious: boolean): Promise<void> {
    const from = copyPrevious ? this.previous : null;
    const created = await this.run(() =>
      call('reviews.create', {
        date: this.date,
        edition: this.edition,
        lang: i18n.lang,
        ...(from ? { copySectionsFrom: { date: from.date, edition: from.edition } } : {}),
      }),
    );
    if (created) await this.refreshList();
  }

  async refreshList(): Promise<void> {
    try {
      this.reviews = await call('reviews.list', {});
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  // —— the review itself ——

  /** Saves the title, introduction or layout of a review (named by id: a late save keeps its review). */
  update(id: number, fields: { title?: string; intro?: string; layout?: ReviewLayout }): Promise<boolean> {
    return this.run(() => call('reviews.update', { id, ...fields }));
  }

  async undo(): Promise<void> {
    const review = this.review;
    if (!review?.canUndo) return;
    if (await this.run(() => call('reviews.undo', { reviewId: review.id }))) this.announcement = i18n.t('compose.undone');
  }

  async redo(): Promise<void> {
    const review = this.review;
    if (!review?.canRedo) return;
    if (await this.run(() => call('reviews.redo', { reviewId: review.id }))) this.announcement = i18n.t('compose.redone');
  }

  // —— sections ——

  addSection(name: string): Promise<boolean> {
    const review = this.review;
    if (!review || name.trim() === '') return Promise.resolve(false);
    return this.run(() => call('sections.add', { reviewId: review.id, name: name.trim() }));
  }

  renameSection(id: number, name: string): Promise<boolean> {
    if (name.trim() === '' || name.trim() === this.sectionName(id)) return Promise.resolve(false);
    return this.run(() => call('sections.rename', { id, name: name.trim() }));
  }

  moveSection(id: number, position: number): Promise<boolean> {
    return this.run(() => call('sections.move', { id, position }));
  }

  removeSection(id: number, moveItemsTo: number | null): Promise<boolean> {
    return this.run(() => call('sections.remove', { id, moveItemsTo }));
  }

  // —— items ——

  updateItem(input: Input<'items.update'>): Promise<boolean> {
    return this.run(() => call('items.update', input));
  }

  /** Gives the items without a chapeau their article's opening paragraph. */
  fillSummaries(reviewId: number): Promise<boolean> {
    return this.run(() => call('items.fillSummaries', { reviewId }));
  }

  removeItem(id: number): Promise<boolean> {
    return this.run(() => call('items.remove', { id }));
  }

  /** Moves an item to a section, at its final index there (0 = first); announces the move. */
  async moveItem(id: number, sectionId: number, position: number): Promise<boolean> {
    const before = this.place(id);
    const moved = await this.run(() => call('items.move', { id, sectionId, position }));
    const after = this.place(id);
    if (moved && after) {
      const key = before && before.item.sectionId === sectionId ? 'compose.movedWithin' : 'compose.movedTo';
      this.announcement = i18n.t(key, {
        headline: after.item.headline,
        section: this.sectionName(sectionId),
        position: after.index + 1,
      });
    }
    return moved;
  }

  /** Alt+↑/↓: one place up or down in its section. */
  nudge(id: number, delta: -1 | 1): Promise<boolean> {
    const place = this.place(id);
    if (!place) return Promise.resolve(false);
    const count = this.itemsOf(place.item.sectionId).length;
    const target = place.index + delta;
    if (target < 0 || target >= count) return Promise.resolve(false);
    return this.moveItem(id, place.item.sectionId, target);
  }

  /** Alt+Shift+↑/↓: to the end of the section above, or the start of the section below. */
  hop(id: number, delta: -1 | 1): Promise<boolean> {
    const place = this.place(id);
    const sections = this.review?.sections ?? [];
    const target = sections[place ? place.sectionIndex + delta : -1];
    if (!place || !target) return Promise.resolve(false);
    return this.moveItem(id, target.id, delta < 0 ? this.itemsOf(target.id).length : 0);
  }

  /**
   * Adds articles from the library or the candidates, to a section given by id or by name (a
   * retained candidate's topic section, made when the review has none of that name); says where an
   * article already was.
   */
  async addArticles(articleIds: number[], section: number | { name: string }, position?: number): Promise<boolean> {
    const review = this.review;
    if (!review || articleIds.length === 0) return false;
    let answer: { added: number[]; alreadyThere: number[] } | null = null;
    const done = await this.run(async () => {
      const result = await call('reviews.addItems', {
        date: review.date,
        edition: review.edition,
        articleIds,
        ...(typeof section === 'number' ? { sectionId: section } : { sectionName: section.name }),
        lang: i18n.lang,
        ...(position === undefined ? {} : { position }),
      });
      answer = result;
      return result.review;
    });
    const result = answer as { added: number[]; alreadyThere: number[] } | null;
    if (!done || !result) return false;
    if (result.added.length > 0) {
      const sectionId = this.review?.items.find((item) => item.articleId === result.added[0])?.sectionId ?? -1;
      this.notice = i18n.t('compose.added', { count: result.added.length, section: this.sectionName(sectionId) });
    } else {
      const there = this.review?.items.find((item) => result.alreadyThere.includes(item.articleId));
      this.notice = i18n.t('compose.alreadyThere', { section: there ? this.sectionName(there.sectionId) : '' });
    }
    this.announcement = this.notice;
    return result.added.length > 0;
  }

  place(id: number): ItemPlace | null {
    const review = this.review;
    const item = review?.items.find((candidate) => candidate.id === id);
    if (!review || !item) return null;
    return {
      item,
      sectionIndex: review.sections.findIndex((section) => section.id === item.sectionId),
      index: this.itemsOf(item.sectionId).findIndex((candidate) => candidate.id === id),
    };
  }

  /** Runs one call whose answer is the new review; applies it unless a later call already answered. */
  private async run(action: () => Promise<Review>): Promise<boolean> {
    const ticket = ++this.sent;
    this.error = null;
    // A notice speaks of the last action only.
    this.notice = null;
    try {
      const review = await action();
      // An answer about another day or edition (the user moved on meanwhile) is not shown.
      const current = review.date === this.date && review.edition === this.edition;
      if (ticket > this.applied && current) {
        this.applied = ticket;
        this.review = review;
        this.version += 1;
      }
      return true;
    } catch (error) {
      this.error = errorMessage(error);
      return false;
    }
  }
}
