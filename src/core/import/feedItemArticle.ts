import type { ExtractedArticle } from '../../shared/article.js';
import { decodeHtml } from '../extract/decodeHtml.js';
import { extractArticle } from '../extract/extractArticle.js';
import { extractFragment } from '../extract/extractFragment.js';
import { fetchPage, type FetchedPage } from '../fetch/fetchPage.js';
import { isSummaryOnly, type FeedItem } from '../feeds/parseFeed.js';

/** How an item's page is fetched: plain, or through a refresh's polite limiter. */
export type FetchArticlePage = (url: string) => Promise<FetchedPage>;

const plainFetch: FetchArticlePage = (url) => fetchPage(url, { accept: 'html' });

/**
 * The article behind a feed item: the item's own content when it carries the full text, else the
 * page its link points to, whose canonical address then becomes the article's. The feed's own
 * fields win where the page is silent.
 */
export async function feedItemArticle(
  item: FeedItem,
  feedName: string,
  fetchArticlePage: FetchArticlePage = plainFetch,
  feedLang: string | null = null,
): Promise<ExtractedArticle> {
  const input = item.link ?? item.guid;
  if (isSummaryOnly(item) && item.link) {
    const page = await fetchArticlePage(item.link);
    const extracted = extractArticle(decodeHtml(page.bytes, page.contentType).html, { url: page.url, input });
    return {
      ...extracted,
      title: item.title ?? extracted.title,
      byline: extracted.byline ?? item.author,
      publishedTime: extracted.publishedTime ?? item.publishedTime,
      siteName: extracted.siteName ?? feedName,
      // The page's rel=canonical (or where the link landed): the identity a second feed's copy shares.
      url: extracted.url ?? item.link,
    };
  }
  const extracted = extractFragment(item.contentHtml ?? item.summaryHtml ?? '', { url: item.link, input, lang: feedLang });
  return { ...extracted, title: item.title, byline: item.author, publishedTime: item.publishedTime, siteName: feedName };
}
