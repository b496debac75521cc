import { parseJsonFeed } from 'feedsmith';
import { RevueError } from '../../shared/errors.js';
import type { FeedItem, ParsedFeed } from './feedTypes.js';
import { hashGuid } from './hashGuid.js';
import { parseFeedDate } from './parseFeedDate.js';

/** True when the text is a JSON document (a JSON Feed, if anything) rather than XML or HTML. */
export function looksLikeJsonFeed(text: string): boolean {
  return /^\s*\{/.test(text.replace(/^\ufeff/, '')) && /jsonfeed\.org\/version\//.test(text.slice(0, 4096));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text as HTML paragraphs, for a feed that gives only content_text. */
function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

function dateText(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return typeof value === 'string' ? value : null;
}

function resolve(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/**
 * Reads a JSON Feed (1.0 or 1.1) through feedsmith into the same items as an RSS or Atom feed.
 * Throws FEED_MALFORMED when the text is not JSON or not a JSON Feed.
 */
export function parseJsonFeedText(text: string, feedUrl: string): ParsedFeed {
  let feed: ReturnType<typeof parseJsonFeed>;
  try {
    feed = parseJsonFeed(JSON.parse(text.replace(/^\ufeff/, '')) as unknown);
  } catch (error) {
    throw new RevueError('FEED_MALFORMED', { url: feedUrl }, { cause: error });
  }
  const items = (feed.items ?? []).map((item): FeedItem => {
    const link = resolve(item.url ?? item.external_url, feedUrl);
    const title = item.title?.trim() || null;
    const contentHtml = item.content_html ?? (item.content_text ? textAsHtml(item.content_text) : null);
    const summaryHtml = item.summary ? escapeHtml(item.summary) : null;
    const publishedTime = parseFeedDate(dateText(item.date_published)) ?? parseFeedDate(dateText(item.date_modified));
    // JSON Feed 1.0 had one `author`, which feedsmith leaves out of its 1.1 type.
    const legacy = (item as { author?: { name?: string } }).author;
    const names = (item.authors ?? (legacy ? [legacy] : [])).map((author) => author.name).filter((name): name is string => !!name);
    const guid = item.id ? String(item.id) : (link ?? hashGuid(title, publishedTime, contentHtml ?? summaryHtml));
    return { guid, link, title, summaryHtml, contentHtml, publishedTime, author: names.length === 0 ? null : names.join(', ') };
  });
  return { title: feed.title?.trim() || null, link: resolve(feed.home_page_url, feedUrl), language: feed.language ?? null, items };
}
