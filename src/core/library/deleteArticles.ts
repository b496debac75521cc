import type { ArticleInReviews } from '../../shared/domain.js';
import type { Db } from '../store/database.js';
import { reviewsUsingArticles } from '../store/reviewRepository.js';
import { restoreArticles, softDeleteArticles } from '../store/articleEditRepository.js';

/**
 * Moves articles to the bin (they vanish from the library, search and articles.get but keep their
 * tags, highlights and review items); ids already deleted or unknown are skipped, not errors.
 */
export function deleteArticles(db: Db, ids: readonly number[], now = new Date()): { deleted: number } {
  return { deleted: softDeleteArticles(db, ids, now.toISOString()) };
}

/** The articles among `ids` that reviews print, with those reviews: what the UI names before deleting. */
export function articleUsage(db: Db, ids: readonly number[]): ArticleInReviews[] {
  return reviewsUsingArticles(db, ids);
}

/** Undoes deleteArticles: the articles come back as they were. */
export function undeleteArticles(db: Db, ids: readonly number[], now = new Date()): { restored: number } {
  return { restored: restoreArticles(db, ids, now.toISOString()) };
}
