/** Text direction of an article or a review item. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * What extraction makes of one page: the article and nothing else of the page.
 * Unknown fields are null, never empty strings.
 */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** The publication that wrote the article (for aggregator pages: the original one). */
  siteName: string | null;
  /** ISO 8601: a calendar date (YYYY-MM-DD) or a date-time with offset. */
  publishedTime: string | null;
  /** Primary language subtag: fr, ar, en… */
  lang: string | null;
  dir: TextDirection | null;
  /** Body as plain text, paragraphs separated by one blank line. */
  text: string;
  /** Body as sanitised HTML (no script, no handlers, no remote loads). */
  html: string;
  /** Link to the original article (canonical, or the aggregator's "source" link). */
  url: string | null;
}

/** One line of `revue extract`: the CLI contract other tools depend on. */
export type ExtractLine =
  | ({ input: string } & Omit<ExtractedArticle, 'html'>)
  | { input: string; error: string };
