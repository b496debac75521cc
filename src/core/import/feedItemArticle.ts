import type { ExtractedArticle } from '../../shared/article.js';
import { decodeHtml } from '../extract/decodeHtml.js';
import { extractArticle } from '../extract/extractArticle.js';
import { fetchPage, type FetchPageOptions } from '../fetch/fetchPage.js';
import { isSummaryOnly, type FeedItem } from '../feeds/parseFeed.js';

function itemAsPage(item: FeedItem): string {
  const body = item.contentHtml ?? item.summaryHtml ?? '';
  const title = item.title ?? '';
  return `<!doctype html><html><head><title>${title.replace(/</g, '&lt;')}</title></head><body><article>${body}</article></body></html>`;
}

/**
 * The article behind a feed item: the item's own content when it carries the full text, else the
 * page its link points to. The feed's own fields win where the page is silent.
 */
export async function feedItemArticle(
  item: FeedItem,
  feedName: string,
  fetchOptions: FetchPageOptions = {},
): Promise<ExtractedArticle> {
  const input = item.link ?? item.guid;
  let extracted: ExtractedArticle;
  if (isSummaryOnly(item) && item.link) {
    const page = await fetchPage(item.link, { accept: 'html', ...fetchOptions });
    extracted = extractArticle(decodeHtml(page.bytes, page.contentType).html, { url: page.url, input });
  } else {
    extracted = extractArticle(itemAsPage(item), { url: item.link, input });
  }
  return {
    ...extracted,
    title: item.title ?? extracted.title,
    byline: extracted.byline ?? item.author,
    publishedTime: extracted.publishedTime ?? item.publishedTime,
    siteName: extracted.siteName ?? feedName,
    // The page's own address (its canonical link) over the feed's, which often carries tracking.
    url: extracted.url ?? item.link,
  };
}
