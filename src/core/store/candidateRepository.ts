import type { Db } from './database.js';

export interface CandidateRow {
  id: number;
  storyId: number | null;
  siteName: string | null;
  url: string | null;
  importedAt: string;
  /** Retained in the inbox (for any day). */
  retained: 0 | 1;
  /** The section of the topic it was retained under, if that topic has one. */
  section: string | null;
}

const CANDIDATE_COLUMNS = `a.id, a.story_id AS storyId, a.site_name AS siteName, a.url, a.imported_at AS importedAt,
  (t.decision IS 'retained') AS retained, CASE WHEN t.decision = 'retained' THEN p.section END AS section`;

/** Not in the review, and no story the review tells (through any outlet). */
const NOT_IN_REVIEW = `NOT EXISTS (SELECT 1 FROM review_items i WHERE i.review_id = @reviewId AND i.article_id = a.id)
  AND (a.story_id IS NULL OR NOT EXISTS (
    SELECT 1 FROM review_items i JOIN articles b ON b.id = i.article_id
    WHERE i.review_id = @reviewId AND b.story_id = a.story_id))`;

/**
 * Live articles imported since a moment that this review does not hold yet and that were not
 * dismissed in the inbox, oldest first. Walks the imported_at index; the review test is one probe
 * of the (review_id, article_id) key.
 */
export function unusedArticlesSince(db: Db, reviewId: number, since: string): CandidateRow[] {
  return db
    .prepare(
      `SELECT ${CANDIDATE_COLUMNS}
       FROM articles a INDEXED BY articles_imported
       LEFT JOIN triage t ON t.article_id = a.id
       LEFT JOIN topics p ON p.id = t.topic_id
       WHERE a.imported_at >= @since AND a.deleted_at IS NULL AND t.decision IS NOT 'dismissed'
         AND ${NOT_IN_REVIEW}
       ORDER BY a.imported_at, a.id`,
    )
    .all({ since, reviewId }) as CandidateRow[];
}

/** Live articles retained in the inbox for a day's review that this review does not hold yet, oldest first. */
export function retainedArticlesFor(db: Db, reviewId: number, date: string): CandidateRow[] {
  return db
    .prepare(
      `SELECT ${CANDIDATE_COLUMNS}
       FROM triage t INDEXED BY triage_review_date
       JOIN articles a ON a.id = t.article_id
       LEFT JOIN topics p ON p.id = t.topic_id
       WHERE t.review_date = @date AND t.decision = 'retained' AND a.deleted_at IS NULL
         AND ${NOT_IN_REVIEW}
       ORDER BY a.imported_at, a.id`,
    )
    .all({ date, reviewId }) as CandidateRow[];
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
