import type { Db } from '../store/database.js';
import { matchingIds, type MatchScope } from '../store/searchRepository.js';
import { parseQuery } from './parseQuery.js';

export type { MatchScope } from '../store/searchRepository.js';

/**
 * The ids of the live articles that a query finds, newest first: the library's matching (word
 * forms, "exact phrases", -exclusions, prefixes*), for the watch topics and the Candidats tab, so a
 * topic labels exactly what a search for it would list. Scope it to a batch of `ids` (an import's
 * new articles) or to articles dated `since` a day. A query with nothing to look for finds nothing.
 */
export function matchArticleIds(db: Db, query: string, scope: MatchScope = {}): number[] {
  const parsed = parseQuery(query);
  if (parsed?.match == null) return [];
  return matchingIds(db, parsed.match, scope);
}
