import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';
import type { ItemRow, SectionRow } from './reviewStructureRepository.js';

/** A review's structure at one moment: its sections and items, each list in order. */
export interface ReviewStructure {
  sections: Omit<SectionRow, 'reviewId'>[];
  items: Omit<ItemRow, 'reviewId'>[];
}

export type HistoryKind = 'undo' | 'redo';

/** The sections and items of a review, in a stable order (so two equal structures compare equal as JSON). */
export function readStructure(db: Db, reviewId: number): ReviewStructure {
  const sections = cachedStatement(
    db,
    'SELECT id, name, position FROM review_sections WHERE review_id = ? ORDER BY position, id',
  ).all(reviewId) as ReviewStructure['sections'];
  const items = cachedStatement(
    db,
    `SELECT id, section_id AS sectionId, article_id AS articleId, position, headline, summary, comment,
       quote_ids AS quoteIds, summary_own AS summaryOwn
     FROM review_items WHERE review_id = ? ORDER BY section_id, position, id`,
  ).all(reviewId) as ReviewStructure['items'];
  return { sections, items };
}

/**
 * Replaces a review's sections and items by those of a snapshot. Items still in the review (by
 * article) keep their current texts, so undoing a move never undoes an edit made since; items
 * whose article was deleted for good are skipped; an id taken meanwhile by another review is
 * given up for a new one. Positions come out dense (0..n-1) whatever was skipped.
 */
export function replaceStructure(db: Db, reviewId: number, snapshot: ReviewStructure): void {
  const current = new Map(readStructure(db, reviewId).items.map((item) => [item.articleId, item]));
  db.prepare('DELETE FROM review_items WHERE review_id = ?').run(reviewId);
  db.prepare('DELETE FROM review_sections WHERE review_id = ?').run(reviewId);

  const sectionTaken = db.prepare('SELECT 1 FROM review_sections WHERE id = ?');
  const insertSectionWithId = db.prepare('INSERT INTO review_sections (id, review_id, name, position) VALUES (?, ?, ?, ?)');
  const insertSection = db.prepare('INSERT INTO review_sections (review_id, name, position) VALUES (?, ?, ?)');
  const sectionIds = new Map<number, number>();
  [...snapshot.sections]
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .forEach((section, position) => {
      if (sectionTaken.get(section.id) === undefined) {
        insertSectionWithId.run(section.id, reviewId, section.name, position);
        sectionIds.set(section.id, section.id);
      } else {
        sectionIds.set(section.id, Number(insertSection.run(reviewId, section.name, position).lastInsertRowid));
      }
    });

  const articleExists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
  const itemTaken = db.prepare('SELECT 1 FROM review_items WHERE id = ?');
  const insertItem = db.prepare(
    `INSERT INTO review_items (id, review_id, section_id, article_id, position, headline, summary, comment, quote_ids, summary_own)
     VALUES (@id, @reviewId, @sectionId, @articleId, @position, @headline, @summary, @comment, @quoteIds, @summaryOwn)`,
  );
  const nextPosition = new Map<number, number>();
  const items = [...snapshot.items].sort((a, b) => a.sectionId - b.sectionId || a.position - b.position || a.id - b.id);
  for (const item of items) {
    const sectionId = sectionIds.get(item.sectionId);
    if (sectionId === undefined || articleExists.get(item.articleId) === undefined) continue;
    const position = nextPosition.get(sectionId) ?? 0;
    nextPosition.set(sectionId, position + 1);
    const texts = current.get(item.articleId) ?? item;
    insertItem.run({
      id: itemTaken.get(item.id) === undefined ? item.id : null,
      reviewId,
      sectionId,
      articleId: item.articleId,
      position,
      headline: texts.headline,
      summary: texts.summary,
      comment: texts.comment,
      quoteIds: texts.quoteIds,
      // Snapshots from before the chapeau could follow the article hold the item's own copy.
      summaryOwn: (texts as Partial<typeof texts>).summaryOwn ?? 1,
    });
  }
}

/** Pushes a snapshot on a review's undo or redo stack, keeping at most `cap` entries there. */
export function pushHistory(db: Db, reviewId: number, kind: HistoryKind, snapshot: ReviewStructure, now: string, cap: number): void {
  cachedStatement(
    db,
    `INSERT INTO review_history (review_id, kind, seq, snapshot, created_at)
     VALUES (@reviewId, @kind,
       (SELECT COALESCE(MAX(seq) + 1, 0) FROM review_history WHERE review_id = @reviewId AND kind = @kind),
       @snapshot, @now)`,
  ).run({ reviewId, kind, snapshot: JSON.stringify(snapshot), now });
  cachedStatement(
    db,
    `DELETE FROM review_history WHERE review_id = @reviewId AND kind = @kind AND seq <=
       (SELECT MAX(seq) FROM review_history WHERE review_id = @reviewId AND kind = @kind) - @cap`,
  ).run({ reviewId, kind, cap });
}

/** Takes the latest snapshot off a stack, or null when it is empty. */
export function popHistory(db: Db, reviewId: number, kind: HistoryKind): ReviewStructure | null {
  const row = cachedStatement(
    db,
    'SELECT id, snapshot FROM review_history WHERE review_id = ? AND kind = ? ORDER BY seq DESC LIMIT 1',
  ).get(reviewId, kind) as { id: number; snapshot: string } | undefined;
  if (!row) return null;
  cachedStatement(db, 'DELETE FROM review_history WHERE id = ?').run(row.id);
  return JSON.parse(row.snapshot) as ReviewStructure;
}

/** Empties a review's redo stack: a new change starts a new future. */
export function clearRedo(db: Db, reviewId: number): void {
  cachedStatement(db, "DELETE FROM review_history WHERE review_id = ? AND kind = 'redo'").run(reviewId);
}
