import { matchArticleIds, type MatchScope } from '../search/matchArticleIds.js';
import { parseQuery } from '../search/parseQuery.js';
import type { Db } from '../store/database.js';

/**
 * The one place that says what a topic matches: exactly what a library search for its query finds
 * (word forms, "phrases", -exclusions, prefixes*, accents and Arabic letters folded), so an editor
 * can try a topic's query in the search box first. Scoped to some articles (an import's) or not.
 */
export function topicMatches(db: Db, query: string, scope: MatchScope = {}): number[] {
  return matchArticleIds(db, query, scope);
}

/** False when a query looks for nothing (only exclusions, only punctuation): such a topic would label nothing. */
export function topicQueryLooksForSomething(query: string): boolean {
  return (parseQuery(query)?.match ?? null) !== null;
}
