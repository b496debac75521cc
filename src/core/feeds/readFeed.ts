import type { ParsedFeed } from './feedTypes.js';
import { looksLikeJsonFeed, parseJsonFeedText } from './jsonFeed.js';
import { looksLikeFeed } from './looksLikeFeed.js';
import { parseFeed } from './parseFeed.js';
import type { FeedFormat } from '../../shared/domain.js';

/** The format of a text that is a feed, or null when it is something else (a web page). */
export function feedFormat(text: string): FeedFormat | null {
  if (looksLikeJsonFeed(text)) return 'json';
  if (!looksLikeFeed(text)) return null;
  return /<(atom:)?feed[\s>/]/i.test(text.slice(0, 8192)) ? 'atom' : 'rss';
}

/**
 * Reads any feed a source may serve (RSS 2.0, RSS 1.0, Atom, JSON Feed) into one shape, so a
 * source that changes format keeps working. Throws FEED_MALFORMED for anything else.
 */
export function readFeed(text: string, feedUrl: string): ParsedFeed {
  // RSS and Atom through our own tolerant parser: real feeds' broken XML defeats strict ones.
  return looksLikeJsonFeed(text) ? parseJsonFeedText(text, feedUrl) : parseFeed(text, feedUrl);
}
