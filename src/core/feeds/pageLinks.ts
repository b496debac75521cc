import { parseHTML } from 'linkedom';
import { RevueError } from '../../shared/errors.js';
import type { FeedItem, ParsedFeed } from './feedTypes.js';

/** A section page lists tens of articles; more than this is a selector that caught the whole site. */
const MAX_LINKS = 200;

/**
 * The article links of a page without a feed, picked by the editor's CSS selector: the matched
 * <a> elements, or the links inside the matched elements (a selector naming the teaser blocks).
 * Items as a feed's, their link as guid, so a refresh imports only links it has not seen.
 * Throws SELECTOR_INVALID for a selector that does not parse, SELECTOR_NO_LINKS when it finds none.
 */
export function pageLinks(html: string, pageUrl: string, selector: string): ParsedFeed {
  const { document } = parseHTML(html);
  let matched: Element[];
  try {
    matched = [...(document.querySelectorAll(selector) as unknown as Iterable<Element>)];
  } catch (error) {
    throw new RevueError('SELECTOR_INVALID', { selector }, { cause: error });
  }
  const base = document.querySelector('base[href]')?.getAttribute('href') ?? null;
  const baseUrl = base === null ? pageUrl : (absolute(base, pageUrl) ?? pageUrl);
  const items: FeedItem[] = [];
  const seen = new Set<string>([pageUrl.replace(/#.*$/, '')]);
  for (const element of matched) {
    const anchors = element.tagName.toLowerCase() === 'a' ? [element] : [...(element.querySelectorAll('a[href]') as unknown as Iterable<Element>)];
    for (const anchor of anchors) {
      const link = absolute(anchor.getAttribute('href') ?? '', baseUrl);
      if (link === null || seen.has(link)) continue;
      seen.add(link);
      const title = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim() || (element.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
      items.push({ guid: link, link, title, summaryHtml: null, contentHtml: null, publishedTime: null, author: null });
      if (items.length >= MAX_LINKS) break;
    }
  }
  if (items.length === 0) throw new RevueError('SELECTOR_NO_LINKS', { selector, url: pageUrl });
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return { title, link: pageUrl, language: document.documentElement?.getAttribute('lang') ?? null, items };
}

/** An http(s) address without its fragment, or null. */
function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}
