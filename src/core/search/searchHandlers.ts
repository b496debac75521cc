import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { readFacets } from '../store/searchRepository.js';
import { dayOffset, searchArticles, tagsStartingWith } from './searchArticles.js';

type SearchMethods = 'articles.search' | 'articles.dayOffset' | 'articles.facets' | 'tags.list';

/** Search and browse the archive. */
export function createSearchHandlers(db: Db): Pick<ApiHandlers, SearchMethods> {
  return {
    'articles.search': (input) => searchArticles(db, input),
    'articles.dayOffset': (input) => dayOffset(db, input),
    'articles.facets': () => readFacets(db),
    'tags.list': ({ prefix }) => tagsStartingWith(db, prefix),
  };
}
