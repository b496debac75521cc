import { normalizeForSearch } from '../text/normalizeForSearch.js';
import type Database from 'better-sqlite3';
import type { Db } from './database.js';

interface Row {
  id: number;
  title: string;
  byline: string | null;
  text: string;
}

/**
 * Schema 2's search key of an article (its date in minutes above its id in 31 bits): the statement
 * that writes it to search_keys and returns it, given the article id. Migration 7 keeps these keys.
 */
export function searchKeyWriterForSchema2(db: Db): Database.Statement {
  return db
    .prepare(
      `INSERT INTO search_keys (article_id, fts_rowid)
       SELECT id, ((max(0, coalesce(unixepoch(substr(sort_time, 1, 19)), 0)) / 60) << 31) | id FROM articles WHERE id = ?
       RETURNING fts_rowid`,
    )
    .pluck()
    .safeIntegers(true);
}

/**
 * Migration 2's own writer of the search index, frozen as that schema had it (title, byline and
 * text in search form, under date-ordered search keys): migrations replay on archives of any age,
 * so they cannot call today's writer, whose columns later migrations changed.
 */
export function indexAllArticlesForSchema2(db: Db, batchSize = 500): number {
  const page = db.prepare('SELECT id, title, byline, text FROM articles WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?');
  const key = searchKeyWriterForSchema2(db);
  const insert = db.prepare('INSERT INTO articles_fts (rowid, title, byline, text) VALUES (?, ?, ?, ?)');
  let last = 0;
  let count = 0;
  for (;;) {
    const rows = page.all(last, batchSize) as Row[];
    if (rows.length === 0) return count;
    for (const row of rows) {
      const byline = row.byline === null ? null : normalizeForSearch(row.byline);
      insert.run(key.get(row.id) as bigint, normalizeForSearch(row.title), byline, normalizeForSearch(row.text));
    }
    count += rows.length;
    last = rows[rows.length - 1]?.id ?? last;
  }
}
