import type { InboxArticle, TriageDecision } from '../../shared/domain.js';
import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

/** The latest review dated before a day (its day, edition and creation time), or null when there is none. */
export function latestReviewBefore(db: Db, day: string): { date: string; edition: string; createdAt: string } | null {
  return (
    (cachedStatement(
      db,
      'SELECT date, edition, created_at AS createdAt FROM reviews WHERE date < ? ORDER BY date DESC, created_at DESC, id DESC LIMIT 1',
    ).get(day) as { date: string; edition: string; createdAt: string } | undefined) ?? null
  );
}

/** An inbox article with its story, and whether it was already dealt with (triaged, or put in a review). */
export type InboxRow = InboxArticle & { storyId: number | null; handled: 0 | 1 };

/**
 * Live articles imported since a moment, newest first (by publication date, else import), each
 * saying whether it was already dealt with (triaged in the inbox, or put in a review).
 */
export function articlesImportedSince(db: Db, since: string): InboxRow[] {
  return cachedStatement(
    db,
    `SELECT a.id, a.story_id AS storyId, a.title, a.site_name AS siteName, a.published_time AS publishedTime,
       a.url, a.imported_at AS importedAt, a.lang, a.dir,
       (EXISTS (SELECT 1 FROM triage t WHERE t.article_id = a.id)
        OR EXISTS (SELECT 1 FROM review_items i WHERE i.article_id = a.id)) AS handled
     FROM articles a INDEXED BY articles_imported
     WHERE a.imported_at >= ? AND a.deleted_at IS NULL
     ORDER BY a.sort_time DESC, a.id DESC`,
  ).all(since) as InboxRow[];
}

/** The topics labelling each of these articles, as (article, topic) pairs. */
export function labelsOf(db: Db, articleIds: readonly number[]): { articleId: number; topicId: number }[] {
  return cachedStatement(
    db,
    `SELECT article_id AS articleId, topic_id AS topicId FROM article_topics
     WHERE article_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(articleIds)) as { articleId: number; topicId: number }[];
}

/** Which of these ids are live articles. */
export function liveArticleIds(db: Db, ids: readonly number[]): Set<number> {
  return new Set(
    cachedStatement(db, 'SELECT id FROM articles WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(ids)) as number[],
  );
}

export interface TriageEntry {
  decision: TriageDecision;
  reviewDate: string | null;
  topicId: number | null;
  now: string;
}

/** Records (or replaces) the editor's decision on articles; the caller holds the transaction. */
export function writeTriage(db: Db, articleIds: readonly number[], entry: TriageEntry): number {
  const upsert = cachedStatement(
    db,
    `INSERT INTO triage (article_id, decision, review_date, topic_id, decided_at)
     VALUES (@articleId, @decision, @reviewDate, @topicId, @now)
     ON CONFLICT (article_id) DO UPDATE SET decision = excluded.decision, review_date = excluded.review_date,
       topic_id = excluded.topic_id, decided_at = excluded.decided_at`,
  );
  let written = 0;
  for (const articleId of articleIds) written += upsert.run({ articleId, ...entry }).changes;
  return written;
}

/** Forgets the decision on articles: they are new again. */
export function clearTriage(db: Db, articleIds: readonly number[]): number {
  const remove = cachedStatement(db, 'DELETE FROM triage WHERE article_id = ?');
  let removed = 0;
  for (const articleId of articleIds) removed += remove.run(articleId).changes;
  return removed;
}
