import { hostLabel, withoutKnownSiteName } from '../extract/chooseTitle.js';
import { decodeHtml } from '../extract/decodeHtml.js';
import { extractFragment } from '../extract/extractFragment.js';
import { fetchPage, type FetchedPage } from '../fetch/fetchPage.js';
import { isSummaryOnly, type FeedItem } from '../feeds/parseFeed.js';
import type { ExtractedPage } from '../siteRules/extractPage.js';

/** How an item's page is fetched: plain, or through a refresh's polite limiter. */
export type FetchArticlePage = (url: string) => Promise<FetchedPage>;

const plainFetch: FetchArticlePage = (url) => fetchPage(url, { accept: 'html' });

function itemAsPage(item: FeedItem): string {
  const body = item.contentHtml ?? item.summaryHtml ?? '';
  const title = item.title ?? '';
  return `<!doctype html><html><head><title>${title.replace(/</g, '&lt;')}</title></head><body><article>${body}</article></body></html>`;
}

export interface FeedItemOptions {
  /** Extraction of a fetched page with its site's rules (extractPage over the archive). */
  extract: (html: string, opts: { url: string | null; input: string }) => ExtractedPage;
  fetchArticlePage?: FetchArticlePage;
  /** True when the editor gave rules for the item's site: its content then goes through them. */
  siteHasRules?: (url: string | null) => boolean;
  /** The feed's language, kept for an item written in its script. */
  feedLang?: string | null;
}

/**
 * The article behind a feed item: the item's own content when it carries the full text, else the
 * page its link points to, whose canonical address then becomes the article's. The feed's own
 * fields win where the page is silent.
 */
export async function feedItemArticle(item: FeedItem, feedName: string, options: FeedItemOptions): Promise<ExtractedPage> {
  // How a failure names the item: its link, else its title as the editor sees it in the feed (a guid may be our own hash).
  const input = item.link ?? (item.title ? `« ${item.title} »` : item.guid);
  const fetchPageFirst = isSummaryOnly(item) && item.link !== null;
  if (fetchPageFirst || options.siteHasRules?.(item.link) === true) {
    let page: ExtractedPage;
    if (fetchPageFirst && item.link !== null) {
      const fetched = await (options.fetchArticlePage ?? plainFetch)(item.link);
      page = options.extract(decodeHtml(fetched.bytes, fetched.contentType).html, { url: fetched.url, input });
    } else {
      page = options.extract(itemAsPage(item), { url: item.link, input });
    }
    const extracted = page.article;
    const article = {
      ...extracted,
      title: item.title ? withoutKnownSiteName(item.title, [extracted.siteName, feedName, hostLabel(extracted.url ?? item.link)]) : extracted.title,
      byline: extracted.byline ?? item.author,
      publishedTime: extracted.publishedTime ?? item.publishedTime,
      siteName: extracted.siteName ?? feedName,
      // The page's rel=canonical (or where the link landed): the identity a second feed's copy shares.
      url: extracted.url ?? item.link,
    };
    return { article, original: page.original };
  }
  // The item is the article: no page around it to look for the body in.
  const extracted = extractFragment(item.contentHtml ?? item.summaryHtml ?? '', { url: item.link, input, lang: options.feedLang ?? null });
  // Aggregators and some CMSs append the site to an item's title ("Headline - Le Monde").
  const title = item.title ? withoutKnownSiteName(item.title, [feedName, hostLabel(item.link)]) : item.title;
  const article = { ...extracted, title, byline: item.author, publishedTime: item.publishedTime, siteName: feedName };
  return { article, original: { html: itemAsPage(item), url: item.link } };
}
