import type { Topic } from '../../shared/domain.js';
import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

/** A topic as stored, without its counts. */
export type TopicRow = Pick<Topic, 'id' | 'name' | 'query' | 'color' | 'section'>;

export type NewTopic = Omit<TopicRow, 'id'> & { now: string };

const TOPIC_COLUMNS = 'id, name, query, color, section';

/** Every topic, oldest first. */
export function listTopicRows(db: Db): TopicRow[] {
  return cachedStatement(db, `SELECT ${TOPIC_COLUMNS} FROM topics ORDER BY id`).all() as TopicRow[];
}

export function readTopicRow(db: Db, id: number): TopicRow | null {
  return (cachedStatement(db, `SELECT ${TOPIC_COLUMNS} FROM topics WHERE id = ?`).get(id) as TopicRow | undefined) ?? null;
}

export function countTopics(db: Db): number {
  return cachedStatement(db, 'SELECT count(*) FROM topics').pluck().get() as number;
}

export function insertTopic(db: Db, topic: NewTopic): number {
  return Number(
    cachedStatement(
      db,
      `INSERT INTO topics (name, query, color, section, created_at, updated_at)
       VALUES (@name, @query, @color, @section, @now, @now)`,
    ).run(topic).lastInsertRowid,
  );
}

/** Writes the topic's fields as given; false when there is no such topic. */
export function updateTopicRow(db: Db, row: TopicRow, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE topics SET name = @name, query = @query, color = @color, section = @section, updated_at = @now WHERE id = @id',
    ).run({ ...row, now }).changes > 0
  );
}

/** Removes a topic and its labels (the articles stay). */
export function deleteTopic(db: Db, id: number): boolean {
  return cachedStatement(db, 'DELETE FROM topics WHERE id = ?').run(id).changes > 0;
}

/** The live (indexed) articles a topic labels today. */
export function liveArticleIdsLabelled(db: Db, topicId: number): number[] {
  return cachedStatement(
    db,
    'SELECT l.article_id FROM article_topics l JOIN search_keys k ON k.article_id = l.article_id WHERE l.topic_id = ?',
  )
    .pluck()
    .all(topicId) as number[];
}

/** Labels articles with a topic (those already labelled stay as they are); the caller holds the transaction. */
export function addLabels(db: Db, topicId: number, articleIds: readonly number[]): void {
  const insert = cachedStatement(db, 'INSERT OR IGNORE INTO article_topics (topic_id, article_id) SELECT ?, id FROM articles WHERE id = ?');
  for (const articleId of articleIds) insert.run(topicId, articleId);
}

export function removeLabels(db: Db, topicId: number, articleIds: readonly number[]): void {
  const remove = cachedStatement(db, 'DELETE FROM article_topics WHERE topic_id = ? AND article_id = ?');
  for (const articleId of articleIds) remove.run(topicId, articleId);
}

/** Replaces the topics that label one article. */
export function setArticleLabels(db: Db, articleId: number, topicIds: readonly number[]): void {
  cachedStatement(db, 'DELETE FROM article_topics WHERE article_id = ?').run(articleId);
  const insert = cachedStatement(db, 'INSERT INTO article_topics (topic_id, article_id) VALUES (?, ?)');
  for (const topicId of topicIds) insert.run(topicId, articleId);
}

export interface TopicCounts {
  topicId: number;
  /** Live, untriaged, imported since the given moment. */
  count: number;
  /** Live. */
  total: number;
}

/**
 * Per topic: how many live articles it labels, and how many of them are new (imported since the
 * moment) and not yet dealt with (triaged, or put in a review). The totals go through the narrow
 * live-articles index, never the wide article rows: a topic may label tens of thousands.
 */
export function topicCounts(db: Db, since: string): TopicCounts[] {
  const totals = cachedStatement(
    db,
    `SELECT l.topic_id AS topicId, count(*) AS total FROM article_topics l
     CROSS JOIN articles a INDEXED BY articles_live_facts ON a.id = l.article_id AND a.deleted_at IS NULL
     GROUP BY l.topic_id`,
  ).all() as { topicId: number; total: number }[];
  const fresh = new Map(
    (
      cachedStatement(
        db,
        `SELECT l.topic_id AS topicId, count(*) AS count
         FROM articles a INDEXED BY articles_imported JOIN article_topics l ON l.article_id = a.id
         WHERE a.imported_at >= ? AND a.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM triage t WHERE t.article_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM review_items i WHERE i.article_id = a.id)
         GROUP BY l.topic_id`,
      ).all(since) as { topicId: number; count: number }[]
    ).map((row) => [row.topicId, row.count]),
  );
  return totals.map(({ topicId, total }) => ({ topicId, total, count: fresh.get(topicId) ?? 0 }));
}
