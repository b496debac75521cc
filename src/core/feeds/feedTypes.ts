/** One entry of an RSS or Atom feed, normalised. Unknown fields are null, never empty strings. */
export interface FeedItem {
  /** Stable identity within the feed: guid/id, else the link, else a hash of title, date and summary. */
  guid: string;
  /** Absolute URL of the article, resolved against the feed's URL. */
  link: string | null;
  /** Plain text. */
  title: string | null;
  /** HTML as the feed gave it (description, summary): unsanitised. */
  summaryHtml: string | null;
  /** HTML of the full text when the feed carries it (content:encoded, Atom content): unsanitised. */
  contentHtml: string | null;
  /** ISO 8601. */
  publishedTime: string | null;
  author: string | null;
}

export interface ParsedFeed {
  title: string | null;
  /** The site the feed belongs to (its home page), absolute. */
  link: string | null;
  /** The language the feed declares (<language>, xml:lang, JSON Feed's language), as written. */
  language: string | null;
  items: FeedItem[];
}
