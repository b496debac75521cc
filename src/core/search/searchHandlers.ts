import type { ApiHandlers } from '../../shared/contract.js';
import { RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';

type SearchMethods = 'articles.search' | 'articles.facets' | 'tags.list';

/** Search and browse the archive. */
export function createSearchHandlers(db: Db): Pick<ApiHandlers, SearchMethods> {
  void db;
  const pending = (): never => {
    throw new RevueError('INTERNAL', { detail: 'search is being built' });
  };
  return { 'articles.search': pending, 'articles.facets': pending, 'tags.list': pending };
}
