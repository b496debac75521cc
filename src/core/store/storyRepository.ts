import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

/** An article's text signature, as stored. */
export interface StorySignatureRow {
  id: number;
  importedAt: string;
  shingles: Buffer;
}

/** Articles with a text signature added after `afterId`, in id order: what a cached index has not read yet. */
export function storySignaturesAfter(db: Db, afterId: number): StorySignatureRow[] {
  return cachedStatement(db, `SELECT id, imported_at AS importedAt, shingles FROM articles WHERE id > ? AND shingles IS NOT NULL ORDER BY id`).all(
    afterId,
  ) as StorySignatureRow[];
}

/** The story of a live article; 'deleted' for one in the bin, null for one gone for good. */
export function storyOfArticle(db: Db, id: number): { storyId: number | null } | 'deleted' | null {
  const row = cachedStatement(db, 'SELECT story_id AS storyId, deleted_at AS deletedAt FROM articles WHERE id = ?').get(id) as
    | { storyId: number | null; deletedAt: string | null }
    | undefined;
  if (row === undefined) return null;
  return row.deletedAt === null ? { storyId: row.storyId } : 'deleted';
}

/** Makes sure the article belongs to a story and returns the story's id. */
export function ensureStory(db: Db, articleId: number, existingStoryId: number | null, now: string): number {
  if (existingStoryId !== null) return existingStoryId;
  const storyId = Number(db.prepare('INSERT INTO stories (created_at) VALUES (?)').run(now).lastInsertRowid);
  assignStory(db, articleId, storyId);
  return storyId;
}

export function assignStory(db: Db, articleId: number, storyId: number): void {
  db.prepare('UPDATE articles SET story_id = ? WHERE id = ?').run(storyId, articleId);
}
