import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestRevue } from '../helpers/openTestRevue';
import { migrateTo, openDatabase } from '../../../src/core/store/database';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { indexAllArticlesForSchema2 } from '../../../src/core/store/schema2SearchIndex';
import { indexAllArticlesForSchema7 } from '../../../src/core/store/schema7SearchIndex';
import { RevueError } from '../../../src/shared/errors';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
beforeEach(() => {
  temp = tempArchivePath();
});
afterEach(() => temp.remove());

/** The tables every schema has had since version 1, and the columns version 1 gave them. */
const TABLES = ['sources', 'stories', 'articles', 'tags', 'article_tags', 'highlights', 'reviews', 'review_sections', 'review_items', 'feed_items', 'settings'];

/**
 * Fills an archive at `version` the way that Revue wrote it: plain SQL of that schema. From
 * version 2 on the search index is written by the code, here through the writer of that schema:
 * migration 2's own up to version 6, migration 7's from version 7.
 */
function seed(db: Database.Database, version: number): void {
  const now = '2025-03-14T08:00:00.000Z';
  db.exec(`
    INSERT INTO sources (id, name, kind, url, created_at) VALUES
      (1, 'Le Quotidien', 'publication', NULL, '${now}'),
      (2, 'Flux du Soir', 'feed', 'https://soir.example/rss', '${now}');
    INSERT INTO stories (id, created_at) VALUES (1, '${now}');
  `);
  const article = db.prepare(`INSERT INTO articles (id, source_id, story_id, url, canonical_url, title, byline, site_name, published_time, lang, dir,
    text, html, text_hash, summary, comment, imported_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  article.run(1, 1, 1, 'https://q.example/a', 'https://q.example/a', 'La réforme des retraites', 'Claire Martin', 'Le Quotidien', '2025-03-13',
    'fr', 'ltr', 'Le gouvernement présente la réforme zanzibarique des retraites.\n\nLes syndicats protestent.', '<p>Le gouvernement…</p>',
    'hash-a', 'Résumé A', 'Commentaire A', now, now, null);
  article.run(2, 2, 1, 'https://soir.example/b', null, 'مقال عن الاقتصاد', null, 'Flux du Soir', '2025-03-14T07:30:00+01:00',
    'ar', 'rtl', 'نص المقال عن الاقتصاد والتجارة. quokkatrade', '<p>نص</p>', 'hash-b', '', '', now, now, null);
  article.run(3, 1, null, null, null, 'Article supprimé', null, null, null, 'fr', 'ltr', 'Texte effacé ornithorynque.', '<p>x</p>', 'hash-c', '', '', now, now, now);
  db.exec(`
    INSERT INTO feed_items (feed_id, guid, article_id, seen_at) VALUES (2, 'guid-b', 2, '${now}');
    INSERT INTO tags (id, name) VALUES (1, 'Politique'), (2, 'Économie');
    INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1), (2, 2), (1, 2);
    INSERT INTO highlights (id, article_id, exact, prefix, suffix, color, note, created_at)
      VALUES (1, 1, 'réforme zanzibarique', 'présente la ', ' des retraites', 'green', 'à citer', '${now}');
    INSERT INTO reviews (id, date, edition, title, intro, layout, created_at, updated_at)
      VALUES (1, '2025-03-14', '', 'Revue de presse du 14 mars 2025', 'Bonjour.', 'sections', '${now}', '${now}'),
             (2, '2025-03-14', 'soir', 'Revue du soir', '', 'newspapers', '${now}', '${now}');
    INSERT INTO review_sections (id, review_id, name, position) VALUES (1, 1, 'À la une', 0), (2, 1, 'Économie', 1), (3, 2, 'Monde', 0);
    INSERT INTO review_items (id, review_id, section_id, article_id, position, headline, summary, comment, quote_ids) VALUES
      (1, 1, 1, 1, 0, 'Retraites : la réforme', 'Le résumé', 'Le commentaire', '[1]'),
      (2, 1, 2, 2, 0, 'L''économie', '', '', '[]'),
      (3, 2, 3, 2, 0, 'Le soir', '', '', '[]');
    INSERT INTO settings (key, value) VALUES ('organisation', '"Ministère"'), ('uiLanguage', '"en"');
  `);
  if (version >= 7) indexAllArticlesForSchema7(db, () => undefined);
  else if (version >= 2) indexAllArticlesForSchema2(db);
}

type Row = Record<string, unknown>;

/** Every row of the version-1 tables, with only the columns `columns` names (the older schema's). */
function snapshot(db: Database.Database, columns?: Record<string, string[]>): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const table of TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Row[];
    const keep = columns?.[table];
    out[table] = keep ? rows.map((row) => Object.fromEntries(keep.map((key) => [key, row[key]]))) : rows;
  }
  return out;
}

/** Columns a later migration replaced (their content checked where it moved, by tests of their own). */
const REPLACED: Record<string, string[]> = {
  // Migration 11: a source's publication name became a link to the registry (tests/unit/sources/sourcePublication.test.ts).
  sources: ['publication'],
};

/** The columns the older schema had, as its rows show them (generated ones included). */
function columnsOf(rows: Record<string, Row[]>): Record<string, string[]> {
  return Object.fromEntries(
    TABLES.map((table) => [table, Object.keys(rows[table]?.[0] ?? {}).filter((column) => !REPLACED[table]?.includes(column))]),
  );
}

/** An archive as Revue at schema `version` left it: only the migrations up to it, then its rows. */
function archiveAt(version: number, file: string): { rows: Record<string, Row[]>; columns: Record<string, string[]> } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrateTo(db, file, version);
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  seed(db, version);
  const columns = columnsOf(snapshot(db));
  const result = { rows: snapshot(db, columns), columns };
  db.close();
  return result;
}

const EARLIER = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);

describe('opening an archive written by an earlier Revue', () => {
  it.each(EARLIER)('migrates a schema-%i archive to the current schema without losing a row', async (version) => {
    const file = join(temp.dir, `v${version}.sqlite`);
    const before = archiveAt(version, file);

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(snapshot(db, before.columns)).toEqual(before.rows);
    db.close();

    const revue = openTestRevue({ dbPath: file });
    try {
      const search = (query: string) =>
        revue.call('articles.search', { query, limit: 10 });
      expect((await search('zanzibarique')).hits.map((hit) => hit.id)).toEqual([1]);
      expect((await search('quokkatrade')).hits.map((hit) => hit.id)).toEqual([2]);
      expect((await search('ornithorynque')).total).toBe(0);
      const review = await revue.handlers['reviews.get']({ date: '2025-03-14', edition: '' });
      expect(review?.sections.map((s) => s.name)).toEqual(['À la une', 'Économie']);
      expect(review?.items.map((item) => [item.headline, item.quoteIds])).toEqual([['Retraites : la réforme', [1]], ['L\'économie', []]]);
      expect((await revue.handlers['highlights.list']({ articleId: 1 }))[0]).toMatchObject({ exact: 'réforme zanzibarique', color: 'green', note: 'à citer' });
      expect((await revue.handlers['articles.get']({ id: 1 })).tags).toEqual(expect.arrayContaining(['Politique', 'Économie']));
      expect((await revue.handlers['settings.get']({})).organisation).toBe('Ministère');
      // The migrated archive takes new work like a new one.
      const added = await revue.handlers['sections.add']({ reviewId: 1, name: 'Culture' });
      expect(added.sections.map((s) => s.name)).toEqual(['À la une', 'Économie', 'Culture']);
      expect(added.canUndo).toBe(true);
      expect((await revue.handlers['reviews.undo']({ reviewId: 1 })).sections).toHaveLength(2);
    } finally {
      revue.close();
    }
  });

  it('migrates an archive from each earlier schema to the same schema as a new archive', () => {
    const fresh = openDatabase(join(temp.dir, 'neuve.sqlite'));
    const schemaOf = (db: Database.Database) =>
      db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
    const expected = schemaOf(fresh);
    fresh.close();
    for (const version of EARLIER) {
      const file = join(temp.dir, `schema-v${version}.sqlite`);
      archiveAt(version, file);
      const db = openDatabase(file);
      expect(schemaOf(db), `from schema ${version}`).toEqual(expected);
      db.close();
    }
  });
});

describe('opening an archive written by a newer Revue', () => {
  it.each(['wal', 'delete'])('refuses it with a clear message and leaves the file byte for byte as it was (%s journal)', (mode) => {
    const file = join(temp.dir, 'future.sqlite');
    archiveAt(SCHEMA_VERSION, file);
    const raw = new Database(file);
    raw.pragma(`journal_mode = ${mode}`);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const bytes = readFileSync(file);
    copyFileSync(file, join(temp.dir, 'copie.sqlite'));

    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RevueError);
    expect((caught as RevueError).code).toBe('DB_NEWER_THAN_APP');
    expect((caught as RevueError).message).toContain(`schéma ${SCHEMA_VERSION + 1}`);
    expect((caught as RevueError).message).toContain('Mettez Revue à jour');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('says a file that is not an archive is not one, and leaves it alone', () => {
    const file = join(temp.dir, 'texte.sqlite');
    copyFileSync(new URL(import.meta.url).pathname, file);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'NOT_AN_ARCHIVE' }));
  });
});
