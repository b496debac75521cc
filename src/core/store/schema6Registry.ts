import { addressCandidates, cleanPublicationName, hostOf, isAddressName, normalizeDomain, publicationKey } from '../text/publicationKey.js';
import type { Db } from './database.js';
import { SEED_PUBLICATIONS } from './schema6SeedPublications.js';

// Migration 6's own writer of the publication registry, frozen as that schema had it: migrations
// replay on archives of any age, so they use neither today's repository nor the resolver of
// core/publications, which later schemas may change. The name keys come from the ground floor
// (core/text/publicationKey.ts), like the search forms of migration 2.

interface Ref {
  id: number;
  name: string;
  type: string;
}

/** The statements of schema 6's registry, prepared once for the migration. */
function registryStatements(db: Db) {
  const idByName = db.prepare('SELECT id FROM publications WHERE name = ?').pluck();
  const idByKey = db.prepare('SELECT publication_id FROM publication_names WHERE key = ?').pluck();
  const ownerOfDomain = db.prepare('SELECT publication_id FROM publication_domains WHERE domain = ?').pluck();
  const insertName = db.prepare('INSERT INTO publication_names (key, publication_id, name) VALUES (?, ?, ?)');
  const insertDomain = db.prepare('INSERT INTO publication_domains (domain, publication_id) VALUES (?, ?)');
  const ref = db.prepare('SELECT id, name, type FROM publications WHERE id = ?');
  return {
    idByName: (name: string) => (idByName.get(name) as number | undefined) ?? null,
    refByKey: (key: string): Ref | null => {
      const id = idByKey.get(key) as number | undefined;
      return id === undefined ? null : ((ref.get(id) as Ref | undefined) ?? null);
    },
    refByDomains: (candidates: readonly string[]): Ref | null => {
      for (const domain of candidates) {
        const id = ownerOfDomain.get(domain) as number | undefined;
        if (id !== undefined) return (ref.get(id) as Ref | undefined) ?? null;
      }
      return null;
    },
    insert: db.prepare('INSERT INTO publications (name, type, lang, country, edition_of, created_at) VALUES (?, ?, ?, ?, NULL, ?)'),
    rename: db.prepare('UPDATE publications SET name = ? WHERE id = ?'),
    creditRenamed: db.prepare('UPDATE articles SET site_name = ? WHERE publication_id = ?'),
    setEditionOf: db.prepare('UPDATE publications SET edition_of = ? WHERE id = ?'),
    /** Registers a name key unless some publication holds it already. */
    addName: (id: number, key: string, name: string) => {
      if (idByKey.get(key) === undefined) insertName.run(key, id, name);
    },
    /** Registers a domain unless some publication holds it already. */
    addDomain: (id: number, domain: string) => {
      if (ownerOfDomain.get(domain) === undefined) insertDomain.run(domain, id);
    },
  };
}

type Statements = ReturnType<typeof registryStatements>;

function seed(s: Statements, now: string): void {
  for (const outlet of SEED_PUBLICATIONS) {
    if (s.idByName(outlet.name) !== null) continue;
    const id = Number(s.insert.run(outlet.name, outlet.type, outlet.lang, outlet.country, now).lastInsertRowid);
    for (const name of [outlet.name, ...(outlet.aliases ?? [])]) s.addName(id, publicationKey(name), name);
    for (const domain of outlet.domains) {
      const normal = normalizeDomain(domain);
      if (normal) s.addDomain(id, normal);
    }
  }
  for (const outlet of SEED_PUBLICATIONS) {
    const id = outlet.editionOf ? s.idByName(outlet.name) : null;
    const parent = outlet.editionOf ? s.idByName(outlet.editionOf) : null;
    if (id !== null && parent !== null) s.setEditionOf.run(parent, id);
  }
}

/** The publication an article of schema 6 is credited to, registering one when needed (as import then did). */
function credit(s: Statements, siteName: string | null, url: string | null, now: string): Ref | null {
  const cleaned = siteName ? cleanPublicationName(siteName) : null;
  const stated = cleaned && !isAddressName(cleaned) ? cleaned : null;
  const byDomain = url ? s.refByDomains(addressCandidates(url)) : null;
  let found: Ref | null;
  if (byDomain && !(byDomain.type === 'aggregator' && cleaned)) found = byDomain;
  else if (!cleaned) found = byDomain;
  else {
    const byNamedAddress = isAddressName(cleaned) ? s.refByDomains(addressCandidates(`https://${cleaned}`)) : null;
    const key = publicationKey(cleaned);
    found = byNamedAddress ?? (key ? s.refByKey(key) : null) ?? byDomain;
  }
  if (found) {
    const statedKey = stated ? publicationKey(stated) : '';
    if (!stated || !statedKey || !isAddressName(found.name) || s.refByKey(statedKey) !== null || s.idByName(stated) !== null) return found;
    s.rename.run(stated, found.id);
    s.creditRenamed.run(stated, found.id);
    s.addName(found.id, statedKey, stated);
    return { ...found, name: stated };
  }
  const host = url ? hostOf(url) : null;
  const name = cleaned ?? host;
  if (!name) return null;
  let free = name;
  if (s.idByName(free) !== null) free = host && s.idByName(`${name} (${host})`) === null ? `${name} (${host})` : name;
  for (let n = 2; s.idByName(free) !== null; n++) free = `${name} (${n})`;
  const id = Number(s.insert.run(free, 'site', null, null, now).lastInsertRowid);
  const key = publicationKey(name);
  if (key) s.addName(id, key, name);
  if (!stated && host) s.addDomain(id, isAddressName(name) ? name : host);
  return { id, name: free, type: 'site' };
}

/** Loads the shipped outlets into schema 6's registry, then credits every article through it. */
export function seedRegistryForSchema6(db: Db, now: string): void {
  const s = registryStatements(db);
  seed(s, now);
  const setPublication = db.prepare('UPDATE articles SET publication_id = ?, site_name = ? WHERE id = ?');
  const articles = db.prepare('SELECT id, site_name AS siteName, url FROM articles').all() as { id: number; siteName: string | null; url: string | null }[];
  for (const article of articles) {
    const publication = credit(s, article.siteName, article.url, now);
    if (publication) setPublication.run(publication.id, publication.name, article.id);
  }
}
