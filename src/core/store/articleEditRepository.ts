import type { TextDirection } from '../../shared/domain.js';
import type { Db } from './database.js';
import { reindexArticle, unindexArticle } from './searchIndexRepository.js';

/** The editable columns of an article; a field left undefined is not touched. */
export interface ArticleEdit {
  title?: string;
  siteName?: string | null;
  publicationId?: number | null;
  byline?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: TextDirection | null;
  summary?: string;
  comment?: string;
}

const COLUMNS: Record<keyof ArticleEdit, string> = {
  title: 'title',
  siteName: 'site_name',
  publicationId: 'publication_id',
  byline: 'byline',
  publishedTime: 'published_time',
  lang: 'lang',
  dir: 'dir',
  summary: 'summary',
  comment: 'comment',
};

/** The fields the full-text index is built from (the language chooses the stemmer). */
const INDEXED: readonly (keyof ArticleEdit)[] = ['title', 'siteName', 'byline', 'publishedTime', 'lang'];

/**
 * Writes the given fields of a live (not deleted) article in one transaction; false when there is
 * no such article. Only the given columns are written, and the search index is rebuilt only when
 * an indexed one changed: typing in the summary or the comment costs a one-row update.
 */
export function updateArticleFields(db: Db, id: number, edit: ArticleEdit, now: string): boolean {
  const fields = (Object.keys(COLUMNS) as (keyof ArticleEdit)[]).filter((key) => edit[key] !== undefined);
  const assignments = fields.map((key) => `${COLUMNS[key]} = @${key}`);
  const values: Record<string, unknown> = { id, now };
  for (const key of fields) values[key] = edit[key];
  return db.transaction(() => {
    const { changes } = db
      .prepare(`UPDATE articles SET ${[...assignments, 'updated_at = @now'].join(', ')} WHERE id = @id AND deleted_at IS NULL`)
      .run(values);
    if (changes === 0) return false;
    if (fields.some((key) => INDEXED.includes(key))) reindexArticle(db, id);
    return true;
  })();
}

/** A new body for an article (a re-extraction), re-indexed with it; false when there is no live article. */
export function replaceArticleBody(
  db: Db,
  id: number,
  body: { text: string; html: string; textHash: string; shingles: Buffer | null },
  now: string,
): boolean {
  return db.transaction(() => {
    const { changes } = db
      .prepare('UPDATE articles SET text = @text, html = @html, text_hash = @textHash, shingles = @shingles, updated_at = @now WHERE id = @id AND deleted_at IS NULL')
      .run({ ...body, id, now });
    if (changes === 0) return false;
    reindexArticle(db, id);
    return true;
  })();
}

/**
 * Soft-deletes the live articles among ids in one transaction and takes them out of the search
 * index; returns how many were deleted. Review items keep pointing at a deleted article (the
 * foreign key is ON DELETE RESTRICT and the item holds its own headline and summary), so a review
 * that used it still reads and exports as it was; restoring the article brings it back everywhere.
 */
export function softDeleteArticles(db: Db, ids: readonly number[], now: string): number {
  const mark = db.prepare('UPDATE articles SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL');
  return db.transaction(() => {
    let deleted = 0;
    for (const id of new Set(ids)) {
      if (mark.run(now, now, id).changes === 0) continue;
      unindexArticle(db, id);
      deleted += 1;
    }
    return deleted;
  })();
}

/** Brings soft-deleted articles among ids back, into the search index too, in one transaction; returns how many. */
export function restoreArticles(db: Db, ids: readonly number[], now: string): number {
  const unmark = db.prepare('UPDATE articles SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL');
  return db.transaction(() => {
    let restored = 0;
    for (const id of new Set(ids)) {
      if (unmark.run(now, id).changes === 0) continue;
      reindexArticle(db, id);
      restored += 1;
    }
    return restored;
  })();
}

/** Whether the article exists and is not deleted. */
export function isLiveArticle(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
}
