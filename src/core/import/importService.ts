import type { FeedRefreshResult, FeedSummary } from '../../shared/contract.js';
import type { ImportOutcome } from '../../shared/domain.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';
import { fetchPage, type FetchPageOptions } from '../fetch/fetchPage.js';
import { decodeHtml } from '../extract/decodeHtml.js';
import { parseFeed } from '../feeds/parseFeed.js';
import type { Db } from '../store/database.js';
import { listFeeds, markFeedRefreshed, markItemSeen, readFeed, seenGuids, upsertFeed } from '../store/feedRepository.js';
import { feedItemArticle } from './feedItemArticle.js';
import { isUrlInput, loadFileBytes, loadInput, type LoadedInput } from './loadInput.js';
import { articleFromPastedText } from './pastedText.js';
import { saveArticle } from './saveArticle.js';
import { extractPage, type ExtractedPage } from '../siteRules/extractPage.js';

/** "lemonde.fr/article" as typed by a hurried editor means https://lemonde.fr/article. */
function withScheme(input: string): string {
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(input) ? `https://${input}` : input;
}

function failed(input: string, error: unknown): ImportOutcome {
  const serialized = toSerializedError(error);
  return { input, status: 'failed', code: serialized.code, message: serialized.message };
}

/** Turns pages, files, feeds and pasted text into articles of the archive, one transaction each. */
export class ImportService {
  constructor(
    private readonly db: Db,
    private readonly fetchOptions: FetchPageOptions = {},
  ) {}

  /**
   * URLs (and, from the CLI only, file paths), in order; a feed among them is subscribed to and its
   * items imported. The UI's transports never pass allowFiles: a page must not read the disk.
   */
  async importInputs(
    inputs: string[],
    options: { allowFiles?: boolean; onOutcome?: (outcome: ImportOutcome) => void } = {},
  ): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const raw of inputs) {
      const input = options.allowFiles ? raw : withScheme(raw);
      let results: ImportOutcome[];
      try {
        if (!options.allowFiles && !isUrlInput(input)) throw new RevueError('URL_INVALID', { url: raw });
        results = await this.importLoaded(await loadInput(input, this.fetchOptions));
      } catch (error) {
        results = [failed(input, error)];
      }
      for (const outcome of results) {
        outcomes.push(outcome);
        options.onOutcome?.(outcome);
      }
    }
    return outcomes;
  }

  /** Files dropped on the window or picked: their bytes, decoded by their own charset. */
  async importFileData(name: string, bytes: Uint8Array): Promise<ImportOutcome> {
    try {
      const loaded = await loadFileBytes(name, bytes);
      if (loaded.kind === 'feed') throw new RevueError('INVALID_INPUT', { detail: `${name}: subscribe to feeds by URL` });
      const page = extractPage(this.db, loaded.html, { url: loaded.url, input: name });
      return saveArticle(this.db, name, page.article, undefined, page.original);
    } catch (error) {
      return failed(name, error);
    }
  }

  importPastedText(text: string, url: string | null = null): ImportOutcome {
    try {
      return saveArticle(this.db, 'texte collé', articleFromPastedText(text, url));
    } catch (error) {
      return failed('texte collé', error);
    }
  }

  async subscribe(url: string, name?: string): Promise<FeedRefreshResult> {
    const page = await fetchPage(url, { accept: 'feed', ...this.fetchOptions });
    const xml = decodeHtml(page.bytes, page.contentType).html;
    return this.subscribeParsed(page.url, xml, name);
  }

  async refresh(feedId?: number): Promise<FeedRefreshResult[]> {
    const feeds = feedId === undefined ? listFeeds(this.db) : [readFeed(this.db, feedId)];
    const results: FeedRefreshResult[] = [];
    for (const feed of feeds) {
      if (!feed) throw new RevueError('NOT_FOUND', { what: `flux ${feedId}` });
      try {
        const page = await fetchPage(feed.url, { accept: 'feed', ...this.fetchOptions });
        results.push(await this.refreshParsed(feed, decodeHtml(page.bytes, page.contentType).html));
      } catch (error) {
        results.push({ feed, outcomes: [failed(feed.url, error)] });
      }
    }
    return results;
  }

  feeds(): FeedSummary[] {
    return listFeeds(this.db);
  }

  private async importLoaded(loaded: LoadedInput): Promise<ImportOutcome[]> {
    if (loaded.kind === 'feed') return (await this.subscribeParsed(loaded.url, loaded.xml)).outcomes;
    const page = extractPage(this.db, loaded.html, { url: loaded.url, input: loaded.input });
    return [saveArticle(this.db, loaded.input, page.article, undefined, page.original)];
  }

  private async subscribeParsed(url: string, xml: string, name?: string): Promise<FeedRefreshResult> {
    const parsed = parseFeed(xml, url);
    const feed = upsertFeed(this.db, url, name || parsed.title || new URL(url).hostname, new Date().toISOString());
    return this.refreshParsed(feed, xml);
  }

  /** Imports the items not seen before; a failed item stays unseen, so the next refresh retries it. */
  private async refreshParsed(feed: FeedSummary, xml: string): Promise<FeedRefreshResult> {
    const parsed = parseFeed(xml, feed.url);
    const seen = seenGuids(this.db, feed.id);
    const outcomes: ImportOutcome[] = [];
    for (const item of parsed.items) {
      if (seen.has(item.guid)) continue;
      const input = item.link ?? item.guid;
      try {
        const extract = (html: string, opts: { url: string | null; input: string }): ExtractedPage => extractPage(this.db, html, opts);
        const page = await feedItemArticle(item, feed.name, extract, this.fetchOptions);
        const outcome = saveArticle(this.db, input, page.article, undefined, page.original);
        if (outcome.status !== 'failed') markItemSeen(this.db, feed.id, item.guid, outcome.article.id, new Date().toISOString());
        outcomes.push(outcome);
      } catch (error) {
        outcomes.push(failed(input, error));
      }
    }
    markFeedRefreshed(this.db, feed.id, new Date().toISOString());
    return { feed: readFeed(this.db, feed.id) ?? feed, outcomes };
  }
}
