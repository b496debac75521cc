import type { FeedSummary } from '../../shared/contract.js';
import type { Db } from './database.js';

const FEED_COLUMNS = `s.id, s.name, s.url, s.last_refreshed_at AS lastRefreshedAt,
  (SELECT COUNT(*) FROM feed_items f WHERE f.feed_id = s.id AND f.article_id IS NOT NULL) AS itemCount`;

/** The feed at that URL, created when new (a second subscription keeps the first name). */
export function upsertFeed(db: Db, url: string, name: string, now: string): FeedSummary {
  db.prepare(
    `INSERT INTO sources (name, kind, url, created_at) VALUES (?, 'feed', ?, ?) ON CONFLICT DO NOTHING`,
  ).run(name, url, now);
  return db.prepare(`SELECT ${FEED_COLUMNS} FROM sources s WHERE s.kind = 'feed' AND s.url = ?`).get(url) as FeedSummary;
}

export function readFeed(db: Db, id: number): FeedSummary | null {
  return (db.prepare(`SELECT ${FEED_COLUMNS} FROM sources s WHERE s.kind = 'feed' AND s.id = ?`).get(id) ??
    null) as FeedSummary | null;
}

export function listFeeds(db: Db): FeedSummary[] {
  return db.prepare(`SELECT ${FEED_COLUMNS} FROM sources s WHERE s.kind = 'feed' ORDER BY s.name`).all() as FeedSummary[];
}

/** Guids already imported from this feed: a refresh skips them. */
export function seenGuids(db: Db, feedId: number): Set<string> {
  const rows = db.prepare('SELECT guid FROM feed_items WHERE feed_id = ?').all(feedId) as { guid: string }[];
  return new Set(rows.map((row) => row.guid));
}

export function markItemSeen(db: Db, feedId: number, guid: string, articleId: number, now: string): void {
  db.prepare(
    `INSERT INTO feed_items (feed_id, guid, article_id, seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (feed_id, guid) DO UPDATE SET article_id = excluded.article_id`,
  ).run(feedId, guid, articleId, now);
}

export function markFeedRefreshed(db: Db, feedId: number, now: string): void {
  db.prepare('UPDATE sources SET last_refreshed_at = ? WHERE id = ?').run(now, feedId);
}
