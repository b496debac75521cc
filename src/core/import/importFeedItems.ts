import type { ImportOutcome } from '../../shared/domain.js';
import { toSerializedError, type SerializedError } from '../../shared/errors.js';
import { detectLanguage } from '../extract/detectLanguage.js';
import type { FeedItem } from '../feeds/feedTypes.js';
import { htmlToText } from '../feeds/htmlToText.js';
import type { Db } from '../store/database.js';
import { markItemSeen, seenGuids } from '../store/feedRepository.js';
import { feedItemArticle, type FetchArticlePage } from './feedItemArticle.js';
import { saveArticle } from './saveArticle.js';
import { extractPage, siteRulesFor, type ExtractedPage } from '../siteRules/extractPage.js';

/** Items of one source whose pages are fetched at once; the host limiter caps what reaches a site. */
const ITEMS_AT_ONCE = 4;

export interface FeedItemsResult {
  outcomes: ImportOutcome[];
  /** Articles the archive did not have. */
  imported: number;
  failed: number;
  /** The first item failure, as its error. */
  firstError: SerializedError | null;
}

/**
 * Imports a source's items it has not seen before. Each item is saved and marked seen in one
 * transaction, so a process killed mid-way leaves whole items only, and the next run does not
 * import one twice. A failed item stays unseen: the next refresh tries it again.
 */
export async function importFeedItems(
  db: Db,
  source: { id: number; name: string; lang?: string | null },
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
  const outcomes: ImportOutcome[] = [];
  let firstError: SerializedError | null = null;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < fresh.length) {
      const item = fresh[next++];
      if (item === undefined) break;
      const { outcome, error } = await importItem(db, { ...source, lang }, item, options);
      firstError ??= error;
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(ITEMS_AT_ONCE, fresh.length) }, worker));
  return {
    outcomes,
    imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
    failed: outcomes.filter((outcome) => outcome.status === 'failed').length,
    firstError,
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

async function importItem(
  db: Db,
  source: { id: number; name: string; lang?: string | null },
  item: FeedItem,
  options: { fetchArticlePage?: FetchArticlePage },
): Promise<{ outcome: ImportOutcome; error: SerializedError | null }> {
  const input = item.link ?? item.guid;
  try {
    const extract = (html: string, opts: { url: string | null; input: string }): ExtractedPage => extractPage(db, html, opts);
    const page = await feedItemArticle(item, source.name, {
      extract,
      siteHasRules: (url) => siteRulesFor(db, url) !== null,
      feedLang: source.lang ?? null,
      ...(options.fetchArticlePage ? { fetchArticlePage: options.fetchArticlePage } : {}),
    });
    const outcome = db.transaction((): ImportOutcome => {
      const saved = saveArticle(db, input, page.article, undefined, page.original);
      if (saved.status !== 'failed') markItemSeen(db, source.id, item.guid, saved.article.id, new Date().toISOString());
      return saved;
    })();
    return { outcome, error: null };
  } catch (error) {
    const serialized = toSerializedError(error);
    return { outcome: { input, status: 'failed', code: serialized.code, message: serialized.message, params: serialized.params }, error: serialized };
  }
}
