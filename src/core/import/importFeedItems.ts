import type { ImportOutcome } from '../../shared/domain.js';
import { toSerializedError, type SerializedError } from '../../shared/errors.js';
import { detectLanguage } from '../extract/detectLanguage.js';
import type { FeedItem } from '../feeds/feedTypes.js';
import { htmlToText } from '../feeds/htmlToText.js';
import type { Db } from '../store/database.js';
import { markItemSeen, seenGuids } from '../store/feedRepository.js';
import { feedItemArticle, type FetchArticlePage } from './feedItemArticle.js';
import { prepareArticle, storePreparedArticle, type PreparedArticle } from './saveArticle.js';
import { forgetStoryIndex } from './storyIndex.js';
import { extractPage, siteRulesFor, type ExtractedPage } from '../siteRules/extractPage.js';

/** Items of one source whose pages are fetched at once; the host limiter caps what reaches a site. */
const ITEMS_AT_ONCE = 4;
/**
 * Items written per transaction. One transaction per item made the full-text index flush a segment
 * per article and merge them again and again (two thirds of a 300-feed refresh); a feed's items
 * are written together, a very long feed in slices, so memory stays bounded and a killed process
 * loses at most a slice, which the next run imports (its items were not marked seen).
 */
const ITEMS_PER_WRITE = 100;

export interface FeedItemsResult {
  outcomes: ImportOutcome[];
  /** Articles the archive did not have. */
  imported: number;
  failed: number;
  /** The first item failure, as its error. */
  firstError: SerializedError | null;
}

interface ItemResult {
  outcome: ImportOutcome;
  error: SerializedError | null;
}

/** The source items come from: its name (the site they say they come from), language, publication. */
export interface FeedSource {
  id: number;
  name: string;
  lang?: string | null;
  /** The registry's publication the editor chose for the source: its articles are credited to it. */
  publicationId?: number | null;
}

type Prepared = { item: FeedItem; input: string; prepared: PreparedArticle } | { item: FeedItem; result: ItemResult };

/**
 * Imports a source's items it has not seen before. Items are extracted first (their pages fetched
 * when the feed gives only summaries), then saved and marked seen together in one transaction, so
 * a process killed mid-way leaves whole items only, and the next run does not import one twice. A
 * failed item stays unseen: the next refresh tries it again.
 */
export async function importFeedItems(
  db: Db,
  source: FeedSource,
  items: FeedItem[],
  options: {
    /** The language the feed declares: a hint for the one its items show. */
    declaredLang?: string | null; fetchArticlePage?: FetchArticlePage; onOutcome?: (outcome: ImportOutcome) => void } = {},
): Promise<FeedItemsResult> {
  const seen = seenGuids(db, source.id);
  const fresh: FeedItem[] = [];
  for (const item of items) {
    // A feed that repeats an item (same guid twice) gives it once.
    if (seen.has(item.guid)) continue;
    seen.add(item.guid);
    fresh.push(item);
  }
  const lang = source.lang ?? feedLanguage(fresh, options.declaredLang ?? null);
  const results: ItemResult[] = [];
  for (let start = 0; start < fresh.length; start += ITEMS_PER_WRITE) {
    const slice = fresh.slice(start, start + ITEMS_PER_WRITE);
    const prepared = new Array<Prepared>(slice.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < slice.length) {
        const index = next++;
        const item = slice[index];
        if (item === undefined) break;
        prepared[index] = await prepareItem(db, { ...source, lang }, item, options);
      }
    };
    await Promise.all(Array.from({ length: Math.min(ITEMS_AT_ONCE, slice.length) }, worker));
    for (const result of writeItems(db, source, prepared)) {
      results.push(result);
      options.onOutcome?.(result.outcome);
    }
  }
  const outcomes = results.map((result) => result.outcome);
  return {
    outcomes,
    imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
    failed: outcomes.filter((outcome) => outcome.status === 'failed').length,
    firstError: results.find((result) => result.error !== null)?.error ?? null,
  };
}

/** Items read to tell a feed's language once, instead of each item's. */
const LANGUAGE_SAMPLE_ITEMS = 3;

/** The language of a feed's items, told once from the text of its first full items; null when they carry no text. */
function feedLanguage(items: FeedItem[], declared: string | null): string | null {
  const sample = items
    .slice(0, LANGUAGE_SAMPLE_ITEMS)
    .map((item) => htmlToText(item.contentHtml ?? item.summaryHtml ?? ''))
    .join('\n');
  return detectLanguage(sample, declared).lang;
}

function failure(input: string, error: unknown): ItemResult {
  const serialized = toSerializedError(error);
  return { outcome: { input, status: 'failed', code: serialized.code, message: serialized.message, params: serialized.params }, error: serialized };
}

/** The item's article, extracted and fingerprinted (its page fetched first when needed), or why not. */
async function prepareItem(
  db: Db,
  source: FeedSource,
  item: FeedItem,
  options: { fetchArticlePage?: FetchArticlePage },
): Promise<Prepared> {
  const input = item.link ?? item.guid;
  try {
    const extract = (html: string, opts: { url: string | null; input: string }): ExtractedPage => extractPage(db, html, opts);
    const page = await feedItemArticle(item, source.name, {
      extract,
      siteHasRules: (url) => siteRulesFor(db, url) !== null,
      feedLang: source.lang ?? null,
      ...(options.fetchArticlePage ? { fetchArticlePage: options.fetchArticlePage } : {}),
    });
    return { item, input, prepared: prepareArticle(page.article, page.original) };
  } catch (error) {
    return { item, result: failure(input, error) };
  }
}

/** Saves one prepared item and marks it seen; the caller holds the transaction. */
function writeItem(db: Db, source: FeedSource, entry: Prepared, now: Date): ItemResult {
  if ('result' in entry) return entry.result;
  const outcome = storePreparedArticle(db, entry.input, entry.prepared, now, source.publicationId ?? null);
  if (outcome.status !== 'failed') markItemSeen(db, source.id, entry.item.guid, outcome.article.id, now.toISOString());
  return { outcome, error: null };
}

/**
 * Writes prepared items in one transaction. Should one of them fail to be written, that
 * transaction is undone and each item is written in its own, so the others are kept.
 */
function writeItems(db: Db, source: FeedSource, prepared: Prepared[]): ItemResult[] {
  const now = new Date();
  try {
    return db.transaction(() => prepared.map((entry) => writeItem(db, source, entry, now)))();
  } catch {
    forgetStoryIndex(db);
    return prepared.map((entry) => {
      try {
        return db.transaction(() => writeItem(db, source, entry, now))();
      } catch (error) {
        forgetStoryIndex(db);
        return failure('input' in entry ? entry.input : (entry.item.link ?? entry.item.guid), error);
      }
    });
  }
}
