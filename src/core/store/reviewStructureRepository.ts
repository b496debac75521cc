import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

/** A section row with the review it belongs to. */
export interface SectionRow {
  id: number;
  reviewId: number;
  name: string;
  position: number;
}

/** An item row as stored; quoteIds is the JSON array text. */
export interface ItemRow {
  id: number;
  reviewId: number;
  sectionId: number;
  articleId: number;
  position: number;
  headline: string;
  summary: string;
  comment: string;
  quoteIds: string;
  /** 1 when the editor wrote the item's chapeau (in summary), 0 when it follows the article's. */
  summaryOwn: number;
}

const SECTION_COLUMNS = 'id, review_id AS reviewId, name, position';
const ITEM_COLUMNS = `id, review_id AS reviewId, section_id AS sectionId, article_id AS articleId, position,
  headline, summary, comment, quote_ids AS quoteIds, summary_own AS summaryOwn`;

export function readSection(db: Db, id: number): SectionRow | null {
  return (db.prepare(`SELECT ${SECTION_COLUMNS} FROM review_sections WHERE id = ?`).get(id) as SectionRow | undefined) ?? null;
}

/** The sections of a review, in order. */
export function sectionsOf(db: Db, reviewId: number): SectionRow[] {
  return db
    .prepare(`SELECT ${SECTION_COLUMNS} FROM review_sections WHERE review_id = ? ORDER BY position, id`)
    .all(reviewId) as SectionRow[];
}

/** Inserts a section at a position (the caller renumbers the others with setSectionOrder); returns its id. */
export function insertSection(db: Db, reviewId: number, name: string, position: number): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO review_sections (review_id, name, position) VALUES (?, ?, ?)')
    .run(reviewId, name, position);
  return Number(lastInsertRowid);
}

export function renameSectionRow(db: Db, id: number, name: string): void {
  db.prepare('UPDATE review_sections SET name = ? WHERE id = ?').run(name, id);
}

/** Deletes a section; its items must have been moved or deleted first. */
export function deleteSectionRow(db: Db, id: number): void {
  db.prepare('DELETE FROM review_sections WHERE id = ?').run(id);
}

/** Gives the sections the positions 0..n-1 in the order of `ids`. */
export function setSectionOrder(db: Db, ids: readonly number[]): void {
  const update = cachedStatement(db, 'UPDATE review_sections SET position = ? WHERE id = ?');
  ids.forEach((id, position) => update.run(position, id));
}

export function readItem(db: Db, id: number): ItemRow | null {
  return (cachedStatement(db, `SELECT ${ITEM_COLUMNS} FROM review_items WHERE id = ?`).get(id) as ItemRow | undefined) ?? null;
}

/** The ids of a section's items, in order. */
export function itemIdsOf(db: Db, sectionId: number): number[] {
  return (
    cachedStatement(db, 'SELECT id FROM review_items WHERE section_id = ? ORDER BY position, id').all(sectionId) as {
      id: number;
    }[]
  ).map((row) => row.id);
}

/** The item that holds this article in this review, if any. */
export function findItemByArticle(db: Db, reviewId: number, articleId: number): ItemRow | null {
  return (
    (cachedStatement(db, `SELECT ${ITEM_COLUMNS} FROM review_items WHERE review_id = ? AND article_id = ?`).get(
      reviewId,
      articleId,
    ) as ItemRow | undefined) ?? null
  );
}

/**
 * Inserts an item for an article at the end of a section, its headline copied from the article's
 * title and its chapeau following the article's (until the editor writes one in the item);
 * returns its id. The caller checks the article is not in the review yet.
 */
export function insertItem(db: Db, reviewId: number, sectionId: number, articleId: number): number {
  const { lastInsertRowid } = cachedStatement(
    db,
    `INSERT INTO review_items (review_id, section_id, article_id, position, headline, summary, summary_own)
     SELECT @reviewId, @sectionId, id,
       (SELECT COALESCE(MAX(position) + 1, 0) FROM review_items WHERE section_id = @sectionId), title, '', 0
     FROM articles WHERE id = @articleId`,
  ).run({ reviewId, sectionId, articleId });
  return Number(lastInsertRowid);
}

/** Puts the items `ids` in this section, at the positions 0..n-1 in that order. */
export function setItemOrder(db: Db, sectionId: number, ids: readonly number[]): void {
  const update = cachedStatement(db, 'UPDATE review_items SET section_id = ?, position = ? WHERE id = ?');
  ids.forEach((id, position) => update.run(sectionId, position, id));
}

export function deleteItemRow(db: Db, id: number): void {
  cachedStatement(db, 'DELETE FROM review_items WHERE id = ?').run(id);
}

export function deleteItemsOfSection(db: Db, sectionId: number): void {
  db.prepare('DELETE FROM review_items WHERE section_id = ?').run(sectionId);
}

/**
 * Changes an item's texts and/or chosen quotes; absent fields stay as they are. A summary makes
 * the chapeau the item's own; summaryFromArticle makes it follow the article's again.
 */
export function updateItemFields(
  db: Db,
  id: number,
  patch: {
    headline?: string | undefined;
    summary?: string | undefined;
    summaryFromArticle?: boolean | undefined;
    comment?: string | undefined;
    quoteIds?: number[] | undefined;
  },
): void {
  const summary = patch.summaryFromArticle ? '' : (patch.summary ?? null);
  const own = patch.summaryFromArticle ? 0 : patch.summary !== undefined ? 1 : null;
  db.prepare(
    `UPDATE review_items SET headline = COALESCE(@headline, headline), summary = COALESCE(@summary, summary),
       summary_own = COALESCE(@own, summary_own),
       comment = COALESCE(@comment, comment), quote_ids = COALESCE(@quoteIds, quote_ids) WHERE id = @id`,
  ).run({
    id,
    headline: patch.headline ?? null,
    summary,
    own,
    comment: patch.comment ?? null,
    quoteIds: patch.quoteIds ? JSON.stringify(patch.quoteIds) : null,
  });
}

/** Which of these highlight ids belong to this article. */
export function highlightIdsOfArticle(db: Db, articleId: number, ids: readonly number[]): Set<number> {
  const rows = db
    .prepare('SELECT id FROM highlights WHERE article_id = ? AND id IN (SELECT value FROM json_each(?))')
    .all(articleId, JSON.stringify(ids)) as { id: number }[];
  return new Set(rows.map((row) => row.id));
}
