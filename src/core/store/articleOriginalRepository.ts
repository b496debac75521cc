import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

/** The page an article was extracted from, as stored: compressed bytes and the address it was read at. */
export interface StoredOriginal {
  url: string | null;
  packed: Buffer;
}

export function insertArticleOriginal(db: Db, articleId: number, original: StoredOriginal, now: string): void {
  cachedStatement(db, 'INSERT OR REPLACE INTO article_originals (article_id, url, html, kept_at) VALUES (?, ?, ?, ?)').run(
    articleId,
    original.url,
    original.packed,
    now,
  );
}

export function readArticleOriginal(db: Db, articleId: number): StoredOriginal | null {
  const row = cachedStatement(db, 'SELECT url, html FROM article_originals WHERE article_id = ?').get(articleId) as
    | { url: string | null; html: Buffer }
    | undefined;
  return row ? { url: row.url, packed: row.html } : null;
}

/** Whether the article's page is kept (so it can be extracted again). */
export function hasArticleOriginal(db: Db, articleId: number): boolean {
  return cachedStatement(db, 'SELECT 1 FROM article_originals WHERE article_id = ?').get(articleId) !== undefined;
}
