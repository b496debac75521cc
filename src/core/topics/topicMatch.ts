import { parseQuery } from '../search/parseQuery.js';

/**
 * The one place that says what a topic's query matches: an FTS5 expression over the search index,
 * or null when the query looks for nothing (only exclusions, only punctuation). Topics match the
 * way the library's search does, so an editor can try a topic's query in the search box first;
 * when search learns word forms (issue #16), this delegates to its matcher.
 */
export function topicMatchExpression(query: string): string | null {
  return parseQuery(query)?.match ?? null;
}
