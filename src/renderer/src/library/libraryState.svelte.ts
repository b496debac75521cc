import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { ArticleInReviews, Facets, SearchHit, SearchResult, SearchSort } from '../../../shared/domain';
import { call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { errorMessage } from '../lib/errorMessage';
import { reviewChanges } from '../lib/reviewChanges.svelte';
import { today } from '../lib/today';

/**
 * Rows asked for at a time, with their snippets: a screenful and some. Each keystroke asks for one
 * page, and a page of 50 costs the server about 30 % less than one of 100 (snippets and rows).
 */
export const PAGE_SIZE = 50;
/** Select-all gathers ids by pages of this size, up to what one bulk call accepts. */
const ID_PAGE_SIZE = 500;
const MAX_BULK = 10_000;
/** When the list is scrolled this close to the end of a lower-bound count, count exactly. */
const EXACT_COUNT_MARGIN = 2 * PAGE_SIZE;


export interface Filters {
  from: string;
  to: string;
  source: string;
  lang: string;
  tag: string;
  unused: boolean;
}

const NO_FILTERS: Filters = { from: '', to: '', source: '', lang: '', tag: '', unused: false };

/** What the undo toast offers back. */
export interface UndoOffer {
  ids: number[];
  key: number;
}

/**
 * The archive as the list shows it: one search (query, sort, filters) whose results arrive by
 * pages of PAGE_SIZE as the list scrolls, the cursor, the multi-selection, the open article.
 * Every request carries the generation it was made for: an answer to an older search is dropped,
 * so typing never shows old results.
 */
export class LibraryState {
  /** What is in the search box now; `query` follows it after a pause. */
  queryInput = $state('');
  query = $state('');
  sort = $state<SearchSort>('date');
  filters = $state<Filters>({ ...NO_FILTERS });
  facets = $state.raw<Facets>({ sources: [], langs: [], tags: [] });

  total = $state(0);
  /** False when `total` is a lower bound (the search stopped counting at 10,000). */
  totalExact = $state(true);
  /** True while the exact count of a large result is asked for. */
  counting = $state(false);
  /** Pages of results by page index; replaced as a whole when a new search answers. */
  pages = new SvelteMap<number, readonly SearchHit[]>();
  /** True once the current search has answered (so "no articles" is not shown while loading). */
  loaded = $state(false);
  /** Counts the searches that answered: the list asks for the pages it shows after each. */
  searchVersion = $state(0);
  error = $state<string | null>(null);

  cursor = $state(0);
  selected = new SvelteSet<number>();
  /** A deletion waiting for the user's answer: these articles are in reviews. */
  confirming = $state.raw<{ ids: number[]; usage: ArticleInReviews[] } | null>(null);
  openId = $state<number | null>(null);
  undo = $state<UndoOffer | null>(null);
  notice = $state<string | null>(null);

  filtered = $derived(
    this.query !== '' ||
      Object.entries(this.filters).some(([key, value]) => value !== NO_FILTERS[key as keyof Filters]),
  );
  cursorHit = $derived(this.rowAt(this.cursor));

  private generation = 0;
  // Bookkeeping only, never shown: a plain Set on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private inFlight = new Set<number>();
  private anchor: number | null = null;
  private undoKey = 0;
  /**
   * The search for what is being typed, while one is under way. Typing searches at once, with no
   * pause; a keystroke during a search waits for it, then one search for the latest text runs
   * (the texts typed meanwhile are skipped). So the list follows each keystroke within one search
   * when typing is slower than the search, and searches never queue up on a slow machine.
   */
  private typing: Promise<void> | null = null;
  private typedSinceSearch = false;
  /** Counting exactly is asked once per search: whoever asks again waits for the same answer. */
  private exactCounting: Promise<void> | null = null;
  /** The first page, asked for while the app starts (prefetch); the list takes it when it appears. */
  private early: Promise<void> | null = null;

  rowAt(index: number): SearchHit | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** The articles an action applies to: the ticked ones, else the row under the cursor (the one just opened or moved to). */
  targets(): number[] {
    if (this.selected.size > 0) return [...this.selected];
    const id = this.cursorHit?.id ?? this.openId;
    return id === undefined || id === null ? [] : [id];
  }

  type(text: string): void {
    this.queryInput = text;
    this.typedSinceSearch = true;
    this.typing ??= this.searchWhatIsTyped();
  }

  private async searchWhatIsTyped(): Promise<void> {
    try {
      while (this.typedSinceSearch) {
        this.typedSinceSearch = false;
        // Keep a trailing space: it tells the search that the last word is finished (no prefix).
        this.query = this.queryInput.trim() === '' ? '' : this.queryInput.trimStart();
        await this.search();
      }
    } finally {
      this.typing = null;
    }
  }

  setSort(sort: SearchSort): void {
    this.sort = sort;
    void this.search();
  }

  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this.filters[key] = value;
    void this.search();
  }

  clearFilters(): void {
    this.filters = { ...NO_FILTERS };
    void this.search();
  }

  /**
   * Asks for the list's first page as soon as the archive is ready, before the app is drawn: the
   * request and the drawing of the panes overlap, instead of the list asking only once mounted.
   */
  prefetch(): void {
    this.early ??= this.search();
  }

  /**
   * The list appears: it shows the page prefetched at start (then the facets, which the filter
   * menus need later, so they do not hold up the first page), or else the same search again.
   */
  async show(): Promise<void> {
    const early = this.early;
    this.early = null;
    if (!early) return this.reload();
    await early;
    await this.loadFacets();
  }

  /** After an import or an edit: the same search again, and the facets. */
  async reload(): Promise<void> {
    await Promise.all([this.search({ keepPosition: true }), this.loadFacets()]);
  }

  async loadFacets(): Promise<void> {
    try {
      this.facets = await call('articles.facets', {});
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Starts the current search over: the first page replaces every cached one when it arrives. */
  async search(options: { keepPosition?: boolean } = {}): Promise<void> {
    this.generation += 1;
    this.inFlight.clear();
    const generation = this.generation;
    this.exactCounting = null;
    try {
      const result = await this.fetch(0, PAGE_SIZE);
      if (generation !== this.generation) return;
      this.pages.clear();
      this.pages.set(0, result.hits);
      this.total = result.total;
      this.totalExact = result.totalExact;
      this.loaded = true;
      this.searchVersion += 1;
      this.error = null;
      if (!options.keepPosition) {
        this.cursor = 0;
        this.selected.clear();
        this.anchor = null;
      } else if (this.cursor >= this.total) {
        this.cursor = Math.max(0, this.total - 1);
      }
    } catch (error) {
      if (generation === this.generation) this.error = errorMessage(error);
    }
  }

  /** Fetches the pages that rows first…last fall on, unless cached or already asked for. */
  ensureRows(first: number, last: number): void {
    if (!this.loaded) return;
    const lastRow = Math.min(last, this.total - 1);
    // Scrolling towards the end of "more than 10,000": the list needs the real length to go on.
    if (!this.totalExact && lastRow >= this.total - EXACT_COUNT_MARGIN) void this.countExactly();
    for (let page = Math.floor(Math.max(0, first) / PAGE_SIZE); page <= Math.floor(lastRow / PAGE_SIZE); page += 1) {
      if (!this.pages.has(page) && !this.inFlight.has(page)) void this.loadPage(page);
    }
  }

  private async loadPage(page: number): Promise<void> {
    const generation = this.generation;
    this.inFlight.add(page);
    try {
      const result = await this.fetch(page * PAGE_SIZE, PAGE_SIZE);
      if (generation !== this.generation) return;
      this.pages.set(page, result.hits);
      // A page's count is as capped as the first one's: never shrink an exact count back.
      if (result.totalExact || !this.totalExact) {
        this.total = result.total;
        this.totalExact = result.totalExact;
      }
    } catch (error) {
      if (generation === this.generation) this.error = errorMessage(error);
    } finally {
      if (generation === this.generation) this.inFlight.delete(page);
    }
  }

  /** The exact number of results, when the count stopped at its cap ("Compter"). */
  countExactly(): Promise<void> {
    if (this.totalExact) return Promise.resolve();
    this.exactCounting ??= this.askExactCount();
    return this.exactCounting;
  }

  private async askExactCount(): Promise<void> {
    const generation = this.generation;
    this.counting = true;
    try {
      const result = await call('articles.search', { ...this.scope(), sort: this.sort, limit: 1, offset: 0, exactCount: true });
      if (generation !== this.generation) return;
      this.total = result.total;
      this.totalExact = true;
    } catch (error) {
      if (generation === this.generation) this.error = errorMessage(error);
    } finally {
      this.counting = false;
    }
  }

  /**
   * Moves the cursor to the first article of `day` (or of the nearest earlier day) in the
   * date-sorted list: the way to reach any point of a list of 100,000.
   */
  async jumpToDay(day: string): Promise<void> {
    if (this.sort !== 'date') {
      this.sort = 'date';
      await this.search();
    }
    const generation = this.generation;
    try {
      const { offset } = await call('articles.dayOffset', { ...this.scope(), day });
      if (generation !== this.generation) return;
      if (offset >= this.total && !this.totalExact) await this.countExactly();
      this.moveTo(Math.min(offset, Math.max(0, this.total - 1)));
    } catch (error) {
      if (generation === this.generation) this.error = errorMessage(error);
    }
  }

  /** The query and filters of the current search, as the API takes them. */
  private scope(): { query: string; asYouType: true; unused: boolean; from?: string; to?: string; source?: string; lang?: string; tag?: string } {
    const { from, to, source, lang, tag, unused } = this.filters;
    return {
      query: this.query,
      asYouType: true,
      unused,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(source ? { source } : {}),
      ...(lang ? { lang } : {}),
      ...(tag ? { tag } : {}),
    };
  }

  private fetch(offset: number, limit: number): Promise<SearchResult> {
    return call('articles.search', { ...this.scope(), sort: this.sort, limit, offset });
  }

  // —— cursor and selection ——

  /**
   * Moves the cursor; with `extend`, the selection grows from the anchor. A plain move ticks
   * nothing: bulk actions act on the rows the user ticked (Ctrl, Shift), never on the one read.
   */
  moveTo(index: number, extend = false): void {
    if (this.total === 0) return;
    const next = Math.min(Math.max(0, index), this.total - 1);
    this.cursor = next;
    if (extend) this.selectRange(this.anchor ?? next, next);
    else this.anchor = next;
  }

  /** A click: Ctrl toggles the row, Shift selects from the anchor, a plain click opens (and ticks nothing). */
  click(index: number, modifiers: { toggle: boolean; range: boolean }): void {
    const hit = this.rowAt(index);
    if (!hit) return;
    if (modifiers.range) {
      this.cursor = index;
      this.selectRange(this.anchor ?? index, index);
    } else if (modifiers.toggle) {
      this.toggle(index);
    } else {
      this.moveTo(index);
      this.openId = hit.id;
    }
  }

  toggle(index: number): void {
    const hit = this.rowAt(index);
    if (!hit) return;
    this.cursor = index;
    this.anchor = index;
    if (this.selected.has(hit.id)) this.selected.delete(hit.id);
    else this.selected.add(hit.id);
  }

  openCursor(): void {
    const hit = this.cursorHit;
    if (hit) this.openId = hit.id;
  }

  private selectRange(from: number, to: number): void {
    this.selected.clear();
    for (let index = Math.min(from, to); index <= Math.max(from, to); index += 1) {
      const hit = this.rowAt(index);
      if (hit) this.selected.add(hit.id);
    }
  }

  /** Every result of the search (up to what one bulk action takes), fetched by large pages. */
  async selectAll(): Promise<void> {
    const generation = this.generation;
    const ids: number[] = [];
    try {
      for (let offset = 0; offset < Math.min(this.total, MAX_BULK); offset += ID_PAGE_SIZE) {
        const result = await this.fetch(offset, ID_PAGE_SIZE);
        if (generation !== this.generation) return;
        ids.push(...result.hits.map((hit) => hit.id));
        if (result.hits.length < ID_PAGE_SIZE) break;
      }
    } catch (error) {
      this.error = errorMessage(error);
      return;
    }
    this.selected.clear();
    for (const id of ids.slice(0, MAX_BULK)) this.selected.add(id);
  }

  clearSelection(): void {
    this.selected.clear();
  }

  // —— actions ——

  /**
   * Deletes articles (undoable). Articles that reviews print are named first, with those reviews,
   * and deleted only once the user confirms (confirmRemove).
   */
  async remove(ids: number[], confirmed = false): Promise<void> {
    if (ids.length === 0) return;
    this.confirming = null;
    try {
      if (!confirmed) {
        const usage = await call('articles.usage', { ids });
        if (usage.length > 0) {
          this.confirming = { ids, usage };
          return;
        }
      }
      await call('articles.delete', { ids });
      reviewChanges.notify();
      if (this.openId !== null && ids.includes(this.openId)) this.openId = null;
      this.selected.clear();
      this.undoKey += 1;
      this.undo = { ids, key: this.undoKey };
      await this.reload();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  async restore(offer: UndoOffer): Promise<void> {
    if (this.undo?.key === offer.key) this.undo = null;
    try {
      await call('articles.restore', { ids: offer.ids });
      reviewChanges.notify();
      await this.reload();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  dismissUndo(key: number): void {
    if (this.undo?.key === key) this.undo = null;
  }

  async addTag(ids: number[], tag: string): Promise<void> {
    const name = tag.trim();
    if (ids.length === 0 || name === '') return;
    try {
      await call('articles.addTag', { ids, tag: name });
      this.notice = i18n.t('library.tagged', { count: ids.length, tag: name });
      await this.reload();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Adds the articles to today's review, then tells the review pane to look again. */
  /** Adds articles to today's review, in the section of that name (the review's first when none is given). */
  async addToReview(ids: number[], section?: string): Promise<void> {
    if (ids.length === 0) return;
    try {
      let added = 0;
      let already = 0;
      for (let start = 0; start < ids.length; start += 500) {
        const result = await call('reviews.addItems', {
          date: today(),
          edition: '',
          articleIds: ids.slice(start, start + 500),
          ...(section ? { sectionName: section } : {}),
          lang: i18n.lang,
        });
        added += result.added.length;
        already += result.alreadyThere.length;
      }
      this.notice =
        added > 0 && section
          ? i18n.t('library.addedToSection', { count: added, section })
          : added > 0
            ? i18n.t('library.addedToReview', { count: added })
            : i18n.t('library.alreadyInReview', { count: already });
      reviewChanges.notify();
      await this.reload();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}

export const library = new LibraryState();
