import type { FeedCandidate, SourceKind, SourcePreview } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { decodeHtml } from '../extract/decodeHtml.js';
import { fetchPage, parseHttpUrl, type FetchPageOptions } from '../fetch/fetchPage.js';
import { discoverFeeds } from '../feeds/discoverFeeds.js';
import type { ParsedFeed } from '../feeds/feedTypes.js';
import { pageLinks } from '../feeds/pageLinks.js';
import { feedFormat, readFeed } from '../feeds/readFeed.js';

/** Items a preview shows. */
const PREVIEW_ITEMS = 10;

export interface SourceRequest {
  url: string;
  /** CSS selector of the article links: the source is the page itself. */
  links?: string | undefined;
  /** Which of the feeds a page announces (0-based); the first by default. */
  feed?: number | undefined;
}

export interface ResolvedSource {
  url: string;
  kind: SourceKind;
  parsed: ParsedFeed;
  candidates: FeedCandidate[];
}

function text(page: { bytes: Uint8Array; contentType: string | null }): string {
  return decodeHtml(page.bytes, page.contentType).html;
}

/**
 * Finds what an address given by the editor is to follow: the feed itself, the feed a site page
 * announces in <link rel="alternate"> (the chosen one of several), or the page with its links
 * taken by a CSS selector. Reads it once, so the caller can preview it.
 * Throws SOURCE_NO_FEED when the page is not a feed and announces none, SELECTOR_* for a
 * selector that is invalid or matches no link, and the fetch errors of an unreachable address.
 */
export async function resolveSource(request: SourceRequest, fetchOptions: FetchPageOptions = {}): Promise<ResolvedSource> {
  const given = parseHttpUrl(/^[a-z][a-z0-9+.-]*:/i.test(request.url) ? request.url : `https://${request.url}`).href;
  const page = await fetchPage(given, { accept: 'any', ...fetchOptions });
  const body = text(page);
  if (request.links !== undefined) {
    return { url: page.url, kind: 'page', parsed: pageLinks(body, page.url, request.links), candidates: [] };
  }
  if (feedFormat(body) !== null) return { url: page.url, kind: 'feed', parsed: readFeed(body, page.url), candidates: [] };

  const candidates = discoverFeeds(body, page.url);
  if (candidates.length === 0) throw new RevueError('SOURCE_NO_FEED', { url: given });
  const index = request.feed ?? 0;
  const chosen = candidates[index];
  if (chosen === undefined) {
    throw new RevueError('FEED_CHOICE_INVALID', { choice: index + 1, count: candidates.length });
  }
  const feedPage = await fetchPage(chosen.url, { accept: 'feed', ...fetchOptions });
  return { url: feedPage.url, kind: 'feed', parsed: readFeed(text(feedPage), feedPage.url), candidates };
}

/** The preview of a resolved source: its title and first items. */
export function previewOf(resolved: ResolvedSource): SourcePreview {
  return {
    url: resolved.url,
    kind: resolved.kind,
    title: resolved.parsed.title,
    candidates: resolved.candidates,
    items: resolved.parsed.items.slice(0, PREVIEW_ITEMS).map((item) => ({ title: item.title, url: item.link, publishedTime: item.publishedTime })),
  };
}
