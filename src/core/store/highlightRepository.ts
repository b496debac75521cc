import type { Highlight, HighlightColor } from '../../shared/domain.js';
import type { Db } from './database.js';

export type NewHighlight = Omit<Highlight, 'id' | 'createdAt'> & { now: string };

const COLUMNS = 'id, article_id AS articleId, exact, prefix, suffix, color, note, created_at AS createdAt';

/** Stores one highlight; returns its id. */
export function insertHighlight(db: Db, h: NewHighlight): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO highlights (article_id, exact, prefix, suffix, color, note, created_at)
       VALUES (@articleId, @exact, @prefix, @suffix, @color, @note, @now)`,
    )
    .run(h);
  return Number(lastInsertRowid);
}

export function readHighlight(db: Db, id: number): Highlight | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM highlights WHERE id = ?`).get(id) as Highlight | undefined) ?? null;
}

/** The highlights of one article, oldest first. */
export function listHighlights(db: Db, articleId: number): Highlight[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM highlights WHERE article_id = ? ORDER BY created_at, id`)
    .all(articleId) as Highlight[];
}

/** Changes the colour and/or the note of a highlight; false when there is no such highlight. */
export function updateHighlight(db: Db, id: number, patch: { color?: HighlightColor; note?: string }): boolean {
  const { changes } = db
    .prepare('UPDATE highlights SET color = COALESCE(@color, color), note = COALESCE(@note, note) WHERE id = @id')
    .run({ id, color: patch.color ?? null, note: patch.note ?? null });
  return changes > 0;
}

/** Moves a highlight's context to where its quote now sits (after a re-extraction). */
export function reanchorHighlight(db: Db, id: number, prefix: string, suffix: string): void {
  db.prepare('UPDATE highlights SET prefix = ?, suffix = ? WHERE id = ?').run(prefix, suffix, id);
}

/** Deletes a highlight; false when there was none. */
export function deleteHighlight(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM highlights WHERE id = ?').run(id).changes > 0;
}
