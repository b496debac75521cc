import type { Db } from './database.js';

/**
 * The form under which two tag names are the same tag. SQLite's NOCASE only folds ASCII, so
 * « Économie » and « économie » are told apart there; the comparison is made here instead.
 */
function foldTagName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('und');
}

/** A tag name as stored: trimmed, inner whitespace runs as one space, NFC. */
function cleanTagName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * The ids of the tags of these names, created on first sight; a name that differs from an
 * existing tag only by case (in any script) or spacing is that tag, spelt as first created.
 * Duplicates among names collapse to one id, in first-seen order.
 */
function tagIds(db: Db, names: readonly string[]): number[] {
  const existing = new Map<string, number>();
  for (const row of db.prepare('SELECT id, name FROM tags').all() as { id: number; name: string }[]) {
    existing.set(foldTagName(row.name), row.id);
  }
  const insert = db.prepare('INSERT INTO tags (name) VALUES (?)');
  const ids = new Set<number>();
  for (const raw of names) {
    const name = cleanTagName(raw);
    if (name.length === 0) continue;
    const key = foldTagName(name);
    let id = existing.get(key);
    if (id === undefined) {
      id = Number(insert.run(name).lastInsertRowid);
      existing.set(key, id);
    }
    ids.add(id);
  }
  return [...ids];
}

/** Removes tags no article carries any more (a deleted article still carries its tags). */
function removeUnusedTags(db: Db): void {
  db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)').run();
}

/** Replaces the tags of one article by these, in one transaction. */
export function setArticleTags(db: Db, articleId: number, names: readonly string[]): void {
  db.transaction(() => {
    const ids = tagIds(db, names);
    db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(articleId);
    const link = db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)');
    for (const tagId of ids) link.run(articleId, tagId);
    removeUnusedTags(db);
  })();
}

/**
 * Adds one tag to the live articles among ids, in one transaction; returns how many articles
 * gained it (those that had it already, or are missing or deleted, do not count).
 */
export function addTagToArticles(db: Db, articleIds: readonly number[], name: string): number {
  return db.transaction(() => {
    const [tagId] = tagIds(db, [name]);
    if (tagId === undefined) return 0;
    const link = db.prepare(
      `INSERT INTO article_tags (article_id, tag_id)
       SELECT id, ? FROM articles WHERE id = ? AND deleted_at IS NULL
       ON CONFLICT (article_id, tag_id) DO NOTHING`,
    );
    let updated = 0;
    for (const id of new Set(articleIds)) updated += link.run(tagId, id).changes;
    removeUnusedTags(db);
    return updated;
  })();
}
