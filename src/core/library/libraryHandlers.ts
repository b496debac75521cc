import type { ApiHandlers } from '../../shared/contract.js';
import { RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';

type LibraryMethods =
  | 'articles.update'
  | 'articles.delete'
  | 'articles.restore'
  | 'articles.setTags'
  | 'articles.addTag'
  | 'highlights.list'
  | 'highlights.create'
  | 'highlights.update'
  | 'highlights.delete'
  | 'reviews.addItems';

/** Edit, annotate, tag, delete and restore articles; add them to a review. */
export function createLibraryHandlers(db: Db): Pick<ApiHandlers, LibraryMethods> {
  void db;
  const pending = (): never => {
    throw new RevueError('INTERNAL', { detail: 'annotation is being built' });
  };
  return {
    'articles.update': pending,
    'articles.delete': pending,
    'articles.restore': pending,
    'articles.setTags': pending,
    'articles.addTag': pending,
    'highlights.list': pending,
    'highlights.create': pending,
    'highlights.update': pending,
    'highlights.delete': pending,
    'reviews.addItems': pending,
  };
}
