import { cleanPublicationName, publicationKey } from '../text/publicationKey.js';
import type { Db } from './database.js';

// Migration 11's own writer, frozen as schema 11 has it (migrations replay on archives of any age,
// so they use neither today's repository nor the resolver of core/publications): each source's
// publication name becomes a link to the registry's publication of that name or alias, one being
// registered under that name when the registry has none.

/** Links every source that named a publication (schema 10's `sources.publication`) to the registry. */
export function linkSourcesToRegistryForSchema11(db: Db, now: string): void {
  const idByKey = db.prepare('SELECT publication_id FROM publication_names WHERE key = ?').pluck();
  const idByName = db.prepare('SELECT id FROM publications WHERE name = ?').pluck();
  const insert = db.prepare(`INSERT INTO publications (name, type, created_at) VALUES (?, 'site', ?)`);
  const insertName = db.prepare('INSERT OR IGNORE INTO publication_names (key, publication_id, name) VALUES (?, ?, ?)');
  const link = db.prepare('UPDATE sources SET publication_id = ? WHERE id = ?');
  const sources = db.prepare('SELECT id, publication FROM sources WHERE publication IS NOT NULL').all() as { id: number; publication: string }[];
  for (const source of sources) {
    const name = cleanPublicationName(source.publication);
    if (!name) continue;
    const key = publicationKey(name);
    let id = ((key ? idByKey.get(key) : undefined) ?? idByName.get(name)) as number | undefined;
    if (id === undefined) {
      let free = name;
      for (let n = 2; idByName.get(free) !== undefined; n++) free = `${name} (${n})`;
      id = Number(insert.run(free, now).lastInsertRowid);
      if (key) insertName.run(key, id, name);
    }
    link.run(id, source.id);
  }
}
