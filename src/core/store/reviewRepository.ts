import type { Review, ReviewItem, ReviewLayout, ReviewSection, ReviewSummary } from '../../shared/domain.js';
import type { Db } from './database.js';

interface ReviewRow {
  id: number;
  date: string;
  edition: string;
  title: string;
  intro: string;
  layout: ReviewLayout;
  created_at: string;
  updated_at: string;
}

export interface NewReview {
  date: string;
  edition: string;
  title: string;
  sections: string[];
  now: string;
}

/** Inserts a review with its sections in one transaction; returns its id. */
export function insertReview(db: Db, review: NewReview): number {
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare('INSERT INTO reviews (date, edition, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(review.date, review.edition, review.title, review.now, review.now);
    const reviewId = Number(lastInsertRowid);
    const insertSection = db.prepare('INSERT INTO review_sections (review_id, name, position) VALUES (?, ?, ?)');
    review.sections.forEach((name, position) => insertSection.run(reviewId, name, position));
    return reviewId;
  })();
}

export function findReviewId(db: Db, date: string, edition: string): number | null {
  const row = db.prepare('SELECT id FROM reviews WHERE date = ? AND edition = ?').get(date, edition) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}

/** The whole review: its sections and items in order. */
export function readReview(db: Db, id: number): Review | null {
  const row = db.prepare('SELECT * FROM reviews WHERE id = ?').get(id) as ReviewRow | undefined;
  if (!row) return null;
  const sections = db
    .prepare('SELECT id, name, position FROM review_sections WHERE review_id = ? ORDER BY position')
    .all(id) as ReviewSection[];
  const items = db
    .prepare(
      `SELECT id, section_id AS sectionId, article_id AS articleId, position, headline, summary, comment
       FROM review_items WHERE review_id = ? ORDER BY section_id, position`,
    )
    .all(id) as ReviewItem[];
  return {
    id: row.id,
    date: row.date,
    edition: row.edition,
    title: row.title,
    intro: row.intro,
    layout: row.layout,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sections,
    items,
  };
}

/** Every review, newest day first. */
export function listReviews(db: Db): ReviewSummary[] {
  return db
    .prepare(
      `SELECT r.id, r.date, r.edition, r.title, COUNT(i.id) AS itemCount
       FROM reviews r LEFT JOIN review_items i ON i.review_id = r.id
       GROUP BY r.id ORDER BY r.date DESC, r.edition`,
    )
    .all() as ReviewSummary[];
}

/** The id of the section of that review (the given one, or else its first), or null when it has none such. */
export function findSectionId(db: Db, reviewId: number, sectionId?: number): number | null {
  const row = (
    sectionId === undefined
      ? db.prepare('SELECT id FROM review_sections WHERE review_id = ? ORDER BY position, id LIMIT 1').get(reviewId)
      : db.prepare('SELECT id FROM review_sections WHERE review_id = ? AND id = ?').get(reviewId, sectionId)
  ) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Adds a section at the end of a review; returns its id. */
export function appendSection(db: Db, reviewId: number, name: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO review_sections (review_id, name, position)
       VALUES (?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM review_sections WHERE review_id = ?))`,
    )
    .run(reviewId, name, reviewId);
  return Number(lastInsertRowid);
}

/**
 * Appends articles to the end of a section in the given order, in one transaction; an article
 * the review already has (in any section) is left where it is. Each new item's headline and
 * summary start as a copy of the article's title and summary, so later edits of the article do
 * not rewrite a review already sent. Callers check that the articles exist and are not deleted.
 */
export function appendReviewItems(
  db: Db,
  reviewId: number,
  sectionId: number,
  articleIds: readonly number[],
  now: string,
): { added: number[]; alreadyThere: number[] } {
  const insert = db.prepare(
    `INSERT INTO review_items (review_id, section_id, article_id, position, headline, summary)
     SELECT @reviewId, @sectionId, a.id,
       (SELECT COALESCE(MAX(position) + 1, 0) FROM review_items WHERE section_id = @sectionId),
       a.title, a.summary
     FROM articles a WHERE a.id = @articleId
     ON CONFLICT (review_id, article_id) DO NOTHING`,
  );
  return db.transaction(() => {
    const added: number[] = [];
    const alreadyThere: number[] = [];
    for (const articleId of articleIds) {
      if (insert.run({ reviewId, sectionId, articleId }).changes > 0) added.push(articleId);
      else alreadyThere.push(articleId);
    }
    if (added.length > 0) db.prepare('UPDATE reviews SET updated_at = ? WHERE id = ?').run(now, reviewId);
    return { added, alreadyThere };
  })();
}
