import type { Publication, PublicationType } from '../../shared/domain.js';
import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

/** The few fields import needs to credit an article. */
export interface PublicationRef {
  id: number;
  name: string;
  type: PublicationType;
}

export type NewPublication = Pick<Publication, 'name' | 'type' | 'lang' | 'country'> & { editionOf: number | null };

interface PublicationRow {
  id: number;
  name: string;
  type: PublicationType;
  lang: string | null;
  country: string | null;
  edition_of: number | null;
  edition_name: string | null;
  article_count: number;
}

/** Adds a publication (its name is not registered as a key here: see addPublicationName). */
export function insertPublication(db: Db, p: NewPublication, now: string): number {
  return Number(
    cachedStatement(db, 'INSERT INTO publications (name, type, lang, country, edition_of, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      p.name,
      p.type,
      p.lang,
      p.country,
      p.editionOf,
      now,
    ).lastInsertRowid,
  );
}

/** Registers a name under its matching key; the id of the publication that already had the key, or null when it is new or already this one's. */
export function addPublicationName(db: Db, publicationId: number, key: string, name: string): number | null {
  const owner = publicationIdByKey(db, key);
  if (owner !== null) return owner === publicationId ? null : owner;
  cachedStatement(db, 'INSERT INTO publication_names (key, publication_id, name) VALUES (?, ?, ?)').run(key, publicationId, name);
  return null;
}

/** Forgets one of a publication's names (never its canonical one: the caller checks); false when it had no such name. */
export function removePublicationName(db: Db, publicationId: number, key: string): boolean {
  return cachedStatement(db, 'DELETE FROM publication_names WHERE key = ? AND publication_id = ?').run(key, publicationId).changes > 0;
}

/** Registers a domain (or host/path); the id of the publication that already had it, or null. */
export function addPublicationDomain(db: Db, publicationId: number, domain: string): number | null {
  const owner = cachedStatement(db, 'SELECT publication_id AS id FROM publication_domains WHERE domain = ?').get(domain) as { id: number } | undefined;
  if (owner) return owner.id === publicationId ? null : owner.id;
  cachedStatement(db, 'INSERT INTO publication_domains (domain, publication_id) VALUES (?, ?)').run(domain, publicationId);
  return null;
}

export function publicationIdByKey(db: Db, key: string): number | null {
  const row = cachedStatement(db, 'SELECT publication_id AS id FROM publication_names WHERE key = ?').get(key) as { id: number } | undefined;
  return row?.id ?? null;
}

export function publicationRef(db: Db, id: number): PublicationRef | null {
  return (cachedStatement(db, 'SELECT id, name, type FROM publications WHERE id = ?').get(id) as PublicationRef | undefined) ?? null;
}

export function publicationRefByKey(db: Db, key: string): PublicationRef | null {
  const id = publicationIdByKey(db, key);
  return id === null ? null : publicationRef(db, id);
}

export function publicationIdByName(db: Db, name: string): number | null {
  const row = cachedStatement(db, 'SELECT id FROM publications WHERE name = ?').get(name) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The publication of the first of these domains (most specific first) that the registry holds. */
export function publicationRefByDomains(db: Db, candidates: readonly string[]): PublicationRef | null {
  if (candidates.length === 0) return null;
  const rows = cachedStatement(
    db,
    `SELECT d.domain, p.id, p.name, p.type FROM publication_domains d JOIN publications p ON p.id = d.publication_id
     WHERE d.domain IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(candidates)) as (PublicationRef & { domain: string })[];
  for (const candidate of candidates) {
    const row = rows.find((r) => r.domain === candidate);
    if (row) return { id: row.id, name: row.name, type: row.type };
  }
  return null;
}

/** Every publication with its names, domains and live article count, by name. */
export function listPublications(db: Db, onlyId?: number): Publication[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.type, p.lang, p.country, p.edition_of, e.name AS edition_name,
         (SELECT count(*) FROM articles a WHERE a.publication_id = p.id AND a.deleted_at IS NULL) AS article_count
       FROM publications p LEFT JOIN publications e ON e.id = p.edition_of
       ${onlyId === undefined ? '' : 'WHERE p.id = @onlyId'}
       ORDER BY p.name COLLATE NOCASE`,
    )
    .all(onlyId === undefined ? {} : { onlyId }) as PublicationRow[];
  const names = new Map<number, string[]>();
  const domains = new Map<number, string[]>();
  const push = (map: Map<number, string[]>, id: number, value: string): void => {
    const list = map.get(id);
    if (list) list.push(value);
    else map.set(id, [value]);
  };
  const scope = onlyId === undefined ? '' : 'WHERE publication_id = @onlyId';
  const params = onlyId === undefined ? {} : { onlyId };
  for (const r of db.prepare(`SELECT publication_id AS id, name FROM publication_names ${scope} ORDER BY name`).all(params) as { id: number; name: string }[]) {
    push(names, r.id, r.name);
  }
  for (const r of db.prepare(`SELECT publication_id AS id, domain FROM publication_domains ${scope} ORDER BY domain`).all(params) as { id: number; domain: string }[]) {
    push(domains, r.id, r.domain);
  }
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    lang: row.lang,
    country: row.country,
    editionOf: row.edition_of === null || row.edition_name === null ? null : { id: row.edition_of, name: row.edition_name },
    aliases: (names.get(row.id) ?? []).filter((name) => name !== row.name),
    domains: domains.get(row.id) ?? [],
    articleCount: row.article_count,
  }));
}

export function readPublication(db: Db, id: number): Publication | null {
  return listPublications(db, id)[0] ?? null;
}

/** Writes the given fields; the articles credited to the publication follow a new name. */
export function updatePublication(
  db: Db,
  id: number,
  fields: Partial<Pick<NewPublication, 'name' | 'type' | 'lang' | 'country' | 'editionOf'>>,
): void {
  const columns: Record<string, string> = { name: 'name', type: 'type', lang: 'lang', country: 'country', editionOf: 'edition_of' };
  const keys = Object.keys(fields).filter((key) => fields[key as keyof typeof fields] !== undefined);
  if (keys.length === 0) return;
  db.prepare(`UPDATE publications SET ${keys.map((key) => `${columns[key]} = @${key}`).join(', ')} WHERE id = @id`).run({ ...fields, id });
  if (fields.name !== undefined) db.prepare('UPDATE articles SET site_name = ? WHERE publication_id = ?').run(fields.name, id);
}

/**
 * Folds `fromId` into `intoId`: its names, domains, editions, articles and sources go to `intoId` (the
 * articles under `intoId`'s name), then it is deleted. The caller holds the transaction.
 */
export function mergePublicationRows(db: Db, fromId: number, intoId: number, intoName: string): void {
  db.prepare('UPDATE publication_names SET publication_id = ? WHERE publication_id = ?').run(intoId, fromId);
  db.prepare('UPDATE publication_domains SET publication_id = ? WHERE publication_id = ?').run(intoId, fromId);
  db.prepare('UPDATE publications SET edition_of = ? WHERE edition_of = ? AND id <> ?').run(intoId, fromId, intoId);
  db.prepare('UPDATE publications SET edition_of = NULL WHERE id = ? AND edition_of = ?').run(intoId, fromId);
  db.prepare('UPDATE articles SET publication_id = ?, site_name = ? WHERE publication_id = ?').run(intoId, intoName, fromId);
  db.prepare('UPDATE sources SET publication_id = ? WHERE publication_id = ?').run(intoId, fromId);
  db.prepare('DELETE FROM publications WHERE id = ?').run(fromId);
}

/** The articles (deleted ones too) as the registry maps them: id, stated site name, address. */
export function articlePublicationInputs(db: Db): { id: number; siteName: string | null; url: string | null }[] {
  return db.prepare('SELECT id, site_name AS siteName, url FROM articles').all() as { id: number; siteName: string | null; url: string | null }[];
}

/** Credits an article to a publication (or to none) under that publication's name. */
export function setArticlePublication(db: Db, articleId: number, publication: { id: number; name: string } | null): void {
  cachedStatement(db, 'UPDATE articles SET publication_id = ?, site_name = ? WHERE id = ?').run(publication?.id ?? null, publication?.name ?? null, articleId);
}
