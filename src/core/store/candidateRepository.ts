import type { Db } from './database.js';

export interface CandidateRow {
  id: number;
  storyId: number | null;
  siteName: string | null;
  url: string | null;
  importedAt: string;
}

/**
 * Live articles imported since a moment that this review does not hold yet, oldest first.
 * Walks the imported_at index; the review test is one probe of the (review_id, article_id) key.
 */
export function unusedArticlesSince(db: Db, reviewId: number, since: string): CandidateRow[] {
  return db
    .prepare(
      `SELECT a.id, a.story_id AS storyId, a.site_name AS siteName, a.url, a.imported_at AS importedAt
       FROM articles a INDEXED BY articles_imported
       WHERE a.imported_at >= @since AND a.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM review_items i WHERE i.review_id = @reviewId AND i.article_id = a.id)
         -- A story this review already tells (through any outlet) is no longer a candidate.
         AND (a.story_id IS NULL OR NOT EXISTS (
           SELECT 1 FROM review_items i JOIN articles b ON b.id = i.article_id
           WHERE i.review_id = @reviewId AND b.story_id = a.story_id))
       ORDER BY a.imported_at, a.id`,
    )
    .all({ since, reviewId }) as CandidateRow[];
}

export interface EarlierUse {
  storyId: number | null;
  articleId: number;
  date: string;
  edition: string;
}

/**
 * For these stories and story-less articles, the reviews other than this one that used them
 * (any article of the story), latest day first.
 */
export function earlierUses(
  db: Db,
  reviewId: number,
  storyIds: readonly number[],
  articleIds: readonly number[],
): EarlierUse[] {
  return db
    .prepare(
      `SELECT a.story_id AS storyId, a.id AS articleId, r.date, r.edition
       FROM articles a
       JOIN review_items i ON i.article_id = a.id
       JOIN reviews r ON r.id = i.review_id
       WHERE i.review_id <> @reviewId
         AND (a.story_id IN (SELECT value FROM json_each(@storyIds)) OR a.id IN (SELECT value FROM json_each(@articleIds)))
       ORDER BY r.date DESC, r.created_at DESC, r.id DESC`,
    )
    .all({ reviewId, storyIds: JSON.stringify(storyIds), articleIds: JSON.stringify(articleIds) }) as EarlierUse[];
}
