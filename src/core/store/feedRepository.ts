import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

/** Guids already imported from this source: a refresh skips them. */
export function seenGuids(db: Db, sourceId: number): Set<string> {
  const rows = cachedStatement(db, 'SELECT guid FROM feed_items WHERE feed_id = ?').all(sourceId) as { guid: string }[];
  return new Set(rows.map((row) => row.guid));
}

/**
 * Records that an item of a source is in the archive. The primary key (source, guid) is the last
 * guard against importing an item twice: a second writer's insert is ignored.
 */
export function markItemSeen(db: Db, sourceId: number, guid: string, articleId: number, now: string): void {
  cachedStatement(
    db,
    `INSERT INTO feed_items (feed_id, guid, article_id, seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (feed_id, guid) DO UPDATE SET article_id = excluded.article_id`,
  ).run(sourceId, guid, articleId, now);
}
