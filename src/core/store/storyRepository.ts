import type { Db } from './database.js';

export interface StoryCandidate {
  id: number;
  storyId: number | null;
  siteName: string | null;
  shingles: Buffer;
}

/** Articles recent enough to be the same story as a new one, with their text signatures. */
export function recentStoryCandidates(db: Db, importedSince: string): StoryCandidate[] {
  return db
    .prepare(
      `SELECT id, story_id AS storyId, site_name AS siteName, shingles FROM articles
       WHERE shingles IS NOT NULL AND deleted_at IS NULL AND imported_at >= ?`,
    )
    .all(importedSince) as StoryCandidate[];
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
