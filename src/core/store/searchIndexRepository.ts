import { searchFormsOf, type IndexedFields, type SearchForms } from '../text/prepareArticleText.js';
import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

/**
 * The full-text index (articles_fts) holds the NORMALISED title, byline and text of every live
 * article, and the stems of its title's and text's words (title_stems, text_stems: see
 * prepareArticleText.ts), and nothing of deleted ones. It is contentless: the original text stays in `articles`,
 * snippets are cut from it. SQL cannot call our normaliser, so the repository code keeps the index
 * in step, inside the transaction of the article write.
 *
 * An entry's rowid is not the article id but its SEARCH KEY: the article's date (sort_time, in
 * minutes) in the high bits and its id in the low 31 bits. FTS5 walks its doclists in rowid order,
 * so "newest first" and date ranges cost the same for a word in ten articles or in forty thousand:
 * no sort of all the matches, no lookup of each one's date. search_keys remembers each article's
 * key, since an edit of its date changes the key the next one would compute.
 */

/** Bits of the search key that hold the article id. */
export const ID_BITS = 31;
/** The article id inside a search key, in SQL. */
export const ID_OF_KEY = `& ${2 ** ID_BITS - 1}`;

/** SQL: the search key for a day or date-time string (its wall-clock time, as printed). */
export function keyOfTime(sqlTime: string): string {
  return `((max(0, coalesce(unixepoch(substr(${sqlTime}, 1, 19)), 0)) / 60) << ${ID_BITS})`;
}

export type { IndexedFields } from '../text/prepareArticleText.js';

/** Adds an article to the index (the caller has just written it, in the same transaction). */
export function indexNewArticle(db: Db, id: number, fields: IndexedFields): void {
  indexSearchForms(db, id, searchFormsOf(fields));
}

/** indexNewArticle, for fields already normalised (searchFormsOf): bulk imports normalise elsewhere. */
export function indexSearchForms(db: Db, id: number, forms: SearchForms): void {
  // The key is computed from the row just written, so it agrees with sort_time whatever its format;
  // it is read as a BigInt, being past 2^53.
  const key = cachedStatement(
    db,
    `INSERT INTO search_keys (article_id, fts_rowid) SELECT id, ${keyOfTime('sort_time')} | id FROM articles WHERE id = ?
     RETURNING fts_rowid`,
  )
    .pluck()
    .safeIntegers(true)
    .get(id) as bigint;
  cachedStatement(db, 'INSERT INTO articles_fts (rowid, title, byline, text, title_stems, text_stems) VALUES (?, ?, ?, ?, ?, ?)').run(
    key,
    forms.title,
    forms.byline,
    forms.text,
    forms.titleStems,
    forms.textStems,
  );
}

/** FTS5's default: merge a level's segments once it has this many. */
const AUTOMERGE = 4;
/** During a bulk load: fewer, larger merges (each article's terms are rewritten fewer times). */
const BULK_AUTOMERGE = 16;

/**
 * Runs `write` (many index writes, inside the caller's transaction) with the index merging its
 * segments less eagerly, then restores the setting: later writes keep merging at the usual pace.
 */
export function withBulkIndexing<T>(db: Db, write: () => T): T {
  // FTS5 takes the value of a setting as a literal, not as a bound parameter.
  const automerge = (value: number): void => {
    cachedStatement(db, `INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', ${value})`).run();
  };
  automerge(BULK_AUTOMERGE);
  const result = write();
  automerge(AUTOMERGE);
  return result;
}

/** Takes one article out of the index (deleted articles are never found). */
export function unindexArticle(db: Db, id: number): void {
  cachedStatement(db, 'DELETE FROM articles_fts WHERE rowid = (SELECT fts_rowid FROM search_keys WHERE article_id = ?)').run(id);
  cachedStatement(db, 'DELETE FROM search_keys WHERE article_id = ?').run(id);
}

/**
 * Brings the index entry of one article in line with its row (title, byline, text, date):
 * re-indexed if live, dropped if deleted or gone.
 */
export function reindexArticle(db: Db, id: number): void {
  db.transaction(() => {
    unindexArticle(db, id);
    const row = cachedStatement(db, 'SELECT title, byline, text, lang FROM articles WHERE id = ? AND deleted_at IS NULL').get(id) as
      | IndexedFields
      | undefined;
    if (row) indexNewArticle(db, id, row);
  })();
}
