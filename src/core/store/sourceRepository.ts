import type { Db } from './database.js';

/** The id of the publication of that name, created on first sight. */
export function publicationId(db: Db, name: string, now: string): number {
  db.prepare(
    `INSERT INTO sources (name, kind, created_at) VALUES (?, 'publication', ?) ON CONFLICT (kind, name) DO NOTHING`,
  ).run(name, now);
  const row = db.prepare(`SELECT id FROM sources WHERE kind = 'publication' AND name = ?`).get(name) as { id: number };
  return row.id;
}
