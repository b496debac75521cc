import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateTo } from '../../../src/core/store/database';
import type { MigrationTask } from '../../../src/core/store/migrations';
import { indexAllArticlesForSchema2 } from '../../../src/core/store/schema2SearchIndex';
import { indexNewArticle } from '../../../src/core/store/searchIndexRepository';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
beforeEach(() => {
  temp = tempArchivePath();
});
afterEach(() => temp.remove());

interface Article {
  title: string;
  byline: string | null;
  text: string;
  lang: string | null;
  published: string | null;
  deleted?: boolean;
}

/** Articles in every language and shape the stemmer choice and the search keys tell apart. */
const ARTICLES: Article[] = [
  { title: 'Les enseignants manifestent', byline: 'Claire Martin', text: 'Grève des enseignants : les lycées économiques fermés.', lang: 'fr', published: '2025-03-13' },
  { title: 'Flies and flying', byline: 'J. Smith', text: 'The teachers are striking; economies slowed.', lang: 'en-GB', published: '2025-03-14T07:30:00+01:00' },
  { title: 'أمطار غزيرة بالمغرب', byline: null, text: 'والمعلمون في المدارس بالمغرب يضربون (les enseignants, selon Reuters).', lang: 'ar', published: null },
  { title: 'Sans langue connue', byline: null, text: 'Les réformes augmentées des retraites.', lang: null, published: '2025-03-12T23:59:59Z' },
  { title: 'Québec', byline: 'Agence', text: 'Les enseignantes québécoises.', lang: 'FR_ca', published: '2024-12-31' },
  { title: 'Die Lehrer streiken', byline: 'Redaktion', text: 'Lehrerinnen und Lehrer streiken heute.', lang: 'de', published: '2025-01-02' },
  { title: 'Supprimé', byline: null, text: 'Les enseignants partis.', lang: 'fr', published: null, deleted: true },
  // Enough more to take several batches.
  ...Array.from({ length: 1100 }, (_, i): Article => ({
    title: `Dépêche ${i}`,
    byline: i % 3 === 0 ? null : `Auteur ${i % 7}`,
    text: `Les négociations ${i} reprennent ; les syndicats demandent des augmentations.`,
    lang: i % 2 === 0 ? 'fr' : 'en',
    published: i % 5 === 0 ? null : `2025-02-${String((i % 28) + 1).padStart(2, '0')}`,
  })),
];

/** An archive as Revue at schema 6 left it, holding ARTICLES, its index written by schema 6's writer. */
function archiveAtSchema6(): Database.Database {
  const db = new Database(temp.dbPath);
  migrateTo(db, temp.dbPath, 6);
  const insert = db.prepare(`INSERT INTO articles (title, byline, text, html, text_hash, lang, published_time, imported_at, updated_at, deleted_at)
    VALUES (?, ?, ?, '', ?, ?, ?, '2025-03-14T08:00:00Z', '2025-03-14T08:00:00Z', ?)`);
  db.transaction(() => {
    ARTICLES.forEach((a, i) => insert.run(a.title, a.byline, a.text, `h${i}`, a.lang, a.published, a.deleted ? '2025-03-15T08:00:00Z' : null));
    indexAllArticlesForSchema2(db);
  })();
  return db;
}

/** Every entry of the index: each term of each column of each row, at its place, and each article's search key. */
function indexRows(db: Database.Database): { terms: unknown[]; keys: unknown[] } {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, articles_fts, instance)');
  return {
    terms: db.prepare('SELECT term, doc, col, offset FROM temp.fts_terms ORDER BY doc, col, offset, term').safeIntegers(true).all(),
    keys: db.prepare('SELECT article_id, fts_rowid FROM search_keys ORDER BY article_id').safeIntegers(true).all(),
  };
}

describe('migration 7 (search by word forms)', () => {
  it('writes with its frozen writer exactly the index today’s writer writes for the same articles', () => {
    const db = archiveAtSchema6();
    try {
      const reports: [MigrationTask, number, number][] = [];
      migrateTo(db, temp.dbPath, 7, (task, done, total) => reports.push([task, done, total]));
      const live = ARTICLES.length - 1;
      expect(reports[0]).toEqual(['searchIndex', 0, live]);
      expect(reports.at(-1)).toEqual(['searchIndex', live, live]);
      expect(reports.length).toBe(4);
      const migrated = indexRows(db);
      expect(migrated.keys).toHaveLength(live);
      // The stems are there: the French, English and Arabic ones, none for German.
      const terms = new Set(migrated.terms.map((row) => (row as { term: string }).term));
      for (const stem of ['enseign', 'teacher', 'fli', 'مغرب']) expect(terms).toContain(stem);
      expect(terms).not.toContain('lehr');

      // Today's writer, over the same rows, from an empty index.
      db.exec(`DELETE FROM search_keys; INSERT INTO articles_fts (articles_fts) VALUES ('delete-all');`);
      const rows = db.prepare('SELECT id, title, byline, text, lang FROM articles WHERE deleted_at IS NULL ORDER BY id').all() as {
        id: number;
        title: string;
        byline: string | null;
        text: string;
        lang: string | null;
      }[];
      db.transaction(() => {
        for (const row of rows) indexNewArticle(db, row.id, row);
      })();
      expect(indexRows(db)).toEqual(migrated);
    } finally {
      db.close();
    }
  });
});
