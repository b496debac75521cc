import type { FeedItem } from './feedTypes.js';
import { htmlToText } from './htmlToText.js';

/** Below this many characters of text, an item is a teaser: a press article runs to thousands. */
const SUMMARY_MAX_CHARS = 600;

// What CMSs append to a cut description: WordPress's "[…]", "Lire la suite", "اقرأ المزيد"…
const TRUNCATION_MARK = /(\[\s*(…|\.\.\.)\s*\]|…|\.\.\.|lire la suite|read more|continue reading|اقرأ المزيد)\s*[.»›>]*$/i;

/**
 * True when the item carries only a teaser, so the importer should fetch its link for the
 * full text: its longest text is short, or the feed has no full content and the summary ends
 * on a truncation mark.
 */
export function isSummaryOnly(item: Pick<FeedItem, 'summaryHtml' | 'contentHtml'>): boolean {
  const content = item.contentHtml === null ? '' : htmlToText(item.contentHtml);
  const summary = item.summaryHtml === null ? '' : htmlToText(item.summaryHtml);
  if (Math.max(content.length, summary.length) < SUMMARY_MAX_CHARS) return true;
  return content.length < SUMMARY_MAX_CHARS && TRUNCATION_MARK.test(summary);
}
