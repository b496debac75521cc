import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/store/database';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { resolveDbPath } from '../../../src/core/store/dbPath';
import { RevueError } from '../../../src/shared/errors';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
beforeEach(() => {
  temp = tempArchivePath();
});
afterEach(() => temp.remove());

describe('the archive file', () => {
  it('is created with the current schema, WAL and foreign keys on', () => {
    const db = openDatabase(temp.dbPath);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    for (const name of ['sources', 'articles', 'articles_fts', 'tags', 'highlights', 'reviews', 'review_sections', 'review_items', 'settings']) {
      expect(tables).toContain(name);
    }
    db.close();
  });

  it('opens again without re-running migrations', () => {
    openDatabase(temp.dbPath).close();
    const db = openDatabase(temp.dbPath);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses an archive written by a newer Revue, and leaves it untouched', () => {
    const raw = new Database(temp.dbPath);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    let caught: unknown;
    try {
      openDatabase(temp.dbPath);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RevueError);
    expect((caught as RevueError).code).toBe('DB_NEWER_THAN_APP');
    const again = new Database(temp.dbPath);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    again.close();
  });

  it('refuses rows that break the schema (STRICT, NOT NULL, foreign keys)', () => {
    const db = openDatabase(temp.dbPath);
    expect(() => db.prepare("INSERT INTO reviews (date, title, created_at, updated_at) VALUES ('2025-12-31', NULL, 'x', 'x')").run()).toThrow();
    expect(() => db.prepare('INSERT INTO review_sections (review_id, name, position) VALUES (999, ?, 0)').run('X')).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('where the archive lives', () => {
  it('prefers --db, then REVUE_DB, then the app folder', () => {
    expect(resolveDbPath('/a/b.sqlite', { REVUE_DB: '/c.sqlite' }, 'linux')).toBe('/a/b.sqlite');
    expect(resolveDbPath(null, { REVUE_DB: '/c.sqlite' }, 'linux')).toBe('/c.sqlite');
    expect(resolveDbPath(null, { XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe('/home/u/.config/Revue/revue.sqlite');
    expect(resolveDbPath(null, { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toContain('Revue');
  });
});
