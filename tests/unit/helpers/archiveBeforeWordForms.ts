import Database from 'better-sqlite3';
import { migrateTo } from '../../../src/core/store/database';
import { indexAllArticlesForSchema2 } from '../../../src/core/store/schema2SearchIndex';

/**
 * Writes at `dbPath` an archive as the Revue before word forms left it (schema 6): `count`
 * articles about "enseignants", one Arabic article ("بالمغرب") and one deleted article.
 */
export function archiveBeforeWordForms(dbPath: string, count: number): void {
  const db = new Database(dbPath);
  migrateTo(db, dbPath, 6);
  const insert = db.prepare(`INSERT INTO articles (title, text, html, text_hash, lang, imported_at, updated_at, deleted_at)
    VALUES (?, ?, '', ?, ?, '2025-03-14T08:00:00Z', '2025-03-14T08:00:00Z', ?)`);
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`Grève ${i}`, `Les enseignants du lycée ${i} manifestent.`, `h${i}`, 'fr', null);
    insert.run('بالمغرب', 'أمطار غزيرة بالمغرب', 'ar-1', 'ar', null);
    insert.run('Supprimé', 'Les enseignants partis.', 'gone', 'fr', '2025-03-15T08:00:00Z');
    indexAllArticlesForSchema2(db);
  })();
  db.close();
}
