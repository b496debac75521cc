import { notFound, RevueError } from '../../shared/errors.js';

/** The error for an article that does not exist or was deleted: to the user, both are gone. */
export function articleNotFound(id: number): RevueError {
  return notFound('article', id);
}
