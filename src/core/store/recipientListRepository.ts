import type { RecipientList } from '../../shared/domain.js';
import type { Db } from './database.js';

/** Every list, by name (case-insensitive order). */
export function listRecipientLists(db: Db): RecipientList[] {
  const rows = db.prepare('SELECT name, addresses FROM recipient_lists ORDER BY name COLLATE NOCASE').all() as { name: string; addresses: string }[];
  return rows.map((r) => ({ name: r.name, addresses: JSON.parse(r.addresses) as string[] }));
}

/** The list of that name, whatever its case, or null. */
export function readRecipientList(db: Db, name: string): RecipientList | null {
  const row = db.prepare('SELECT name, addresses FROM recipient_lists WHERE name = ?').get(name) as { name: string; addresses: string } | undefined;
  return row ? { name: row.name, addresses: JSON.parse(row.addresses) as string[] } : null;
}

/** Creates the list or replaces its addresses (and the case of its name). */
export function saveRecipientList(db: Db, list: RecipientList, now: Date): void {
  db.prepare(
    `INSERT INTO recipient_lists (name, addresses, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET name = excluded.name, addresses = excluded.addresses, updated_at = excluded.updated_at`,
  ).run(list.name, JSON.stringify(list.addresses), now.toISOString());
}

export function removeRecipientList(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM recipient_lists WHERE name = ?').run(name).changes > 0;
}
