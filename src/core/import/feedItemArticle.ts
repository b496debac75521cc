import { decodeHtml } from '../extract/decodeHtml.js';
import { fetchPage, type FetchPageOptions } from '../fetch/fetchPage.js';
import { isSummaryOnly, type FeedItem } from '../feeds/parseFeed.js';
import type { ExtractedPage } from '../siteRules/extractPage.js';

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
  /** Extraction with the site's rules (extractPage over the archive). */
  extract: (html: string, opts: { url: string | null; input: string }) => ExtractedPage,
  fetchOptions: FetchPageOptions = {},
): Promise<ExtractedPage> {
  const input = item.link ?? item.guid;
  let page: ExtractedPage;
  if (isSummaryOnly(item) && item.link) {
    const fetched = await fetchPage(item.link, { accept: 'html', ...fetchOptions });
    page = extract(decodeHtml(fetched.bytes, fetched.contentType).html, { url: fetched.url, input });
  } else {
    page = extract(itemAsPage(item), { url: item.link, input });
  }
  const extracted = page.article;
  const article = {
    ...extracted,
    title: item.title ?? extracted.title,
    byline: extracted.byline ?? item.author,
    publishedTime: extracted.publishedTime ?? item.publishedTime,
    siteName: extracted.siteName ?? feedName,
    // The page's own address (its canonical link) over the feed's, which often carries tracking.
    url: extracted.url ?? item.link,
  };
  return { article, original: page.original };
}
