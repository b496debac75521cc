import type {
  ArticleInReviews,
  Review,
  ReviewItem,
  ReviewItemArticle,
  ReviewLayout,
  ReviewSection,
  ReviewSummary,
} from '../../shared/domain.js';
import { readSummaries } from './articleSummaryRepository.js';
import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

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

export type NewReview = Pick<Review, 'date' | 'edition' | 'title'> & { sections: readonly string[]; now: string };

/** A review's identity: enough to find the one before it. */
export interface ReviewKey {
  id: number;
  date: string;
  edition: string;
  createdAt: string;
}

/** Inserts a review with its sections (positions 0..n-1) in one transaction; returns its id. */
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

export function readReviewKey(db: Db, id: number): ReviewKey | null {
  return (
    (db.prepare('SELECT id, date, edition, created_at AS createdAt FROM reviews WHERE id = ?').get(id) as
      | ReviewKey
      | undefined) ?? null
  );
}

/**
 * The latest review before a day and edition: an earlier day, or the same day made earlier
 * (when that edition does not exist yet, every other edition of the day counts as earlier).
 */
export function findPreviousReviewId(db: Db, date: string, edition: string): number | null {
  const row = db
    .prepare(
      `SELECT r.id FROM reviews r
       LEFT JOIN reviews target ON target.date = @date AND target.edition = @edition
       WHERE r.date < @date
          OR (r.date = @date AND r.edition <> @edition
              AND (target.id IS NULL OR r.created_at < target.created_at
                   OR (r.created_at = target.created_at AND r.id < target.id)))
       ORDER BY r.date DESC, r.created_at DESC, r.id DESC LIMIT 1`,
    )
    .get({ date, edition }) as { id: number } | undefined;
  return row?.id ?? null;
}

/** When the review made just before this one was created, or null for the first review. */
export function previousCreationTime(db: Db, review: ReviewKey): string | null {
  const row = db
    .prepare(
      `SELECT created_at AS createdAt FROM reviews
       WHERE created_at < @createdAt OR (created_at = @createdAt AND id < @id)
       ORDER BY created_at DESC, id DESC LIMIT 1`,
    )
    .get({ createdAt: review.createdAt, id: review.id }) as { createdAt: string } | undefined;
  return row?.createdAt ?? null;
}

/** Changes the title, the introduction and/or the layout; false when there is no such review. */
export function updateReviewFields(
  db: Db,
  id: number,
  patch: { title?: string | undefined; intro?: string | undefined; layout?: ReviewLayout | undefined },
  now: string,
): boolean {
  const { changes } = db
    .prepare(
      `UPDATE reviews SET title = COALESCE(@title, title), intro = COALESCE(@intro, intro),
         layout = COALESCE(@layout, layout), updated_at = @now WHERE id = @id`,
    )
    .run({ id, title: patch.title ?? null, intro: patch.intro ?? null, layout: patch.layout ?? null, now });
  return changes > 0;
}

/** Marks a review as changed now. */
export function touchReview(db: Db, id: number, now: string): void {
  db.prepare('UPDATE reviews SET updated_at = ? WHERE id = ?').run(now, id);
}

function readItemArticles(db: Db, articleIds: number[]): Record<number, ReviewItemArticle> {
  const articles: Record<number, ReviewItemArticle> = {};
  if (articleIds.length === 0) return articles;
  const deleted = new Set(
    (
      cachedStatement(
        db,
        'SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NOT NULL',
      ).all(JSON.stringify(articleIds)) as { id: number }[]
    ).map((row) => row.id),
  );
  for (const { summary } of readSummaries(db, articleIds, false)) {
    articles[summary.id] = {
      id: summary.id,
      title: summary.title,
      siteName: summary.siteName,
      byline: summary.byline,
      publishedTime: summary.publishedTime,
      lang: summary.lang,
      dir: summary.dir,
      url: summary.url,
      alsoIn: summary.alsoIn,
      deleted: deleted.has(summary.id),
    };
  }
  return articles;
}

function readQuotes(db: Db, items: ReviewItem[]): Review['quotes'] {
  const quotes: Review['quotes'] = {};
  const ids = [...new Set(items.flatMap((item) => item.quoteIds))];
  if (ids.length === 0) return quotes;
  const rows = cachedStatement(
    db,
    'SELECT id, exact, note FROM highlights WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as { id: number; exact: string; note: string }[];
  for (const row of rows) quotes[row.id] = row;
  return quotes;
}

function hasHistory(db: Db, reviewId: number, kind: 'undo' | 'redo'): boolean {
  return cachedStatement(db, 'SELECT 1 FROM review_history WHERE review_id = ? AND kind = ? LIMIT 1').get(reviewId, kind) !== undefined;
}

/** The whole review: its sections and items in order, their articles and quotes, and whether undo/redo can run. */
export function readReview(db: Db, id: number): Review | null {
  const row = db.prepare('SELECT * FROM reviews WHERE id = ?').get(id) as ReviewRow | undefined;
  if (!row) return null;
  const sections = db
    .prepare('SELECT id, name, position FROM review_sections WHERE review_id = ? ORDER BY position, id')
    .all(id) as ReviewSection[];
  const items = (
    db
      .prepare(
        `SELECT i.id, i.section_id AS sectionId, i.article_id AS articleId, i.position, i.headline,
           CASE WHEN i.summary_own = 1 THEN i.summary ELSE a.summary END AS summary, i.summary_own AS summaryOwn,
           i.comment, i.quote_ids AS quoteIds
         FROM review_items i JOIN review_sections s ON s.id = i.section_id JOIN articles a ON a.id = i.article_id
         WHERE i.review_id = ? ORDER BY s.position, s.id, i.position, i.id`,
      )
      .all(id) as (Omit<ReviewItem, 'quoteIds' | 'summaryFromArticle'> & { quoteIds: string; summaryOwn: number })[]
  ).map(({ summaryOwn, ...item }) => ({ ...item, summaryFromArticle: summaryOwn === 0, quoteIds: JSON.parse(item.quoteIds) as number[] }));
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
    articles: readItemArticles(db, [...new Set(items.map((item) => item.articleId))]),
    quotes: readQuotes(db, items),
    canUndo: hasHistory(db, id, 'undo'),
    canRedo: hasHistory(db, id, 'redo'),
  };
}

/** For each of these articles used in reviews: the reviews (day, edition, title), newest first. */
export function reviewsUsingArticles(db: Db, articleIds: readonly number[]): ArticleInReviews[] {
  const rows = db
    .prepare(
      `SELECT i.article_id AS articleId, a.title AS articleTitle, r.date, r.edition, r.title
       FROM review_items i JOIN reviews r ON r.id = i.review_id JOIN articles a ON a.id = i.article_id
       WHERE i.article_id IN (SELECT value FROM json_each(?))
       ORDER BY i.article_id, r.date DESC, r.edition`,
    )
    .all(JSON.stringify(articleIds)) as { articleId: number; articleTitle: string; date: string; edition: string; title: string }[];
  const byArticle = new Map<number, ArticleInReviews>();
  for (const row of rows) {
    let entry = byArticle.get(row.articleId);
    if (!entry) {
      entry = { articleId: row.articleId, title: row.articleTitle, reviews: [] };
      byArticle.set(row.articleId, entry);
    }
    entry.reviews.push({ date: row.date, edition: row.edition, title: row.title });
  }
  return [...byArticle.values()];
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
