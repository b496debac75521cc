import type { ParsedInput } from '../../shared/contract.js';
import type { Publication } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import {
  addPublicationDomain,
  addPublicationName,
  insertPublication,
  mergePublicationRows,
  publicationIdByKey,
  publicationRef,
  readPublication,
  removePublicationName,
  updatePublication,
} from '../store/publicationRepository.js';
import { cleanPublicationName, isAddressName, normalizeDomain, publicationKey } from '../text/publicationKey.js';

function existing(db: Db, id: number): Publication {
  const publication = readPublication(db, id);
  if (!publication) throw notFound('publication', id);
  return publication;
}

function nameOf(db: Db, id: number): string {
  return publicationRef(db, id)?.name ?? String(id);
}

/** A name the editor typed, cleaned; refused when nothing of it is a letter or a digit. */
function cleanName(raw: string): { name: string; key: string } {
  const name = cleanPublicationName(raw);
  const key = name ? publicationKey(name) : '';
  if (!name || !key) throw new RevueError('PUBLICATION_NAME_INVALID', { name: raw });
  return { name, key };
}

/** Registers a name under the publication; PUBLICATION_NAME_TAKEN when it points to another one. */
function claimName(db: Db, id: number, raw: string): void {
  const { name, key } = cleanName(raw);
  const owner = addPublicationName(db, id, key, name);
  if (owner !== null) throw new RevueError('PUBLICATION_NAME_TAKEN', { name, other: nameOf(db, owner) });
}

function claimDomain(db: Db, id: number, raw: string): void {
  const domain = normalizeDomain(raw);
  if (!domain) throw new RevueError('DOMAIN_INVALID', { domain: raw });
  const owner = addPublicationDomain(db, id, domain);
  if (owner !== null) throw new RevueError('PUBLICATION_DOMAIN_TAKEN', { domain, other: nameOf(db, owner) });
}

function checkEdition(db: Db, id: number | null, editionOf: number | null | undefined): void {
  if (editionOf === undefined || editionOf === null) return;
  if (editionOf === id) throw new RevueError('PUBLICATION_OWN_EDITION');
  existing(db, editionOf);
}

/** Adds a publication to the registry with its names and domains, all or nothing. */
export function addPublication(db: Db, input: ParsedInput<'publications.add'>, now = new Date()): Publication {
  return db.transaction(() => {
    const { name, key } = cleanName(input.name);
    const owner = publicationIdByKey(db, key);
    if (owner !== null) throw new RevueError('PUBLICATION_NAME_TAKEN', { name, other: nameOf(db, owner) });
    checkEdition(db, null, input.editionOf);
    const id = insertPublication(
      db,
      { name, type: input.type, lang: input.lang ?? null, country: input.country ?? null, editionOf: input.editionOf ?? null },
      now.toISOString(),
    );
    for (const alias of [name, ...input.aliases]) claimName(db, id, alias);
    for (const domain of input.domains) claimDomain(db, id, domain);
    return existing(db, id);
  })();
}

/** Renames or reclassifies a publication; the old name stays an alias, so imports still find it. */
export function editPublication(db: Db, input: ParsedInput<'publications.update'>): Publication {
  return db.transaction(() => {
    const before = existing(db, input.id);
    checkEdition(db, input.id, input.editionOf);
    const name = input.name === undefined ? undefined : cleanName(input.name).name;
    if (name !== undefined && name !== before.name) claimName(db, input.id, name);
    updatePublication(db, input.id, { name, type: input.type, lang: input.lang, country: input.country, editionOf: input.editionOf });
    return existing(db, input.id);
  })();
}

/** Adds another name for a publication; an address ("lemonde.fr") is registered as its domain too. */
export function addPublicationAlias(db: Db, id: number, alias: string): Publication {
  return db.transaction(() => {
    existing(db, id);
    claimName(db, id, alias);
    if (isAddressName(alias)) claimDomain(db, id, alias);
    return existing(db, id);
  })();
}

/**
 * Forgets another name of a publication (a wrong alias that credited articles to it): the next
 * imports under that name no longer find it. Its canonical name cannot be removed (rename it).
 */
export function removePublicationAlias(db: Db, id: number, alias: string): Publication {
  return db.transaction(() => {
    const publication = existing(db, id);
    const { name, key } = cleanName(alias);
    if (key === publicationKey(publication.name)) {
      throw new RevueError('PUBLICATION_ALIAS_IS_NAME', { name });
    }
    if (!removePublicationName(db, id, key)) throw notFound('alias', name);
    return existing(db, id);
  })();
}

/** Makes two publications one: `from`'s names, domains and articles go to `into`, which keeps its name. */
export function mergePublications(db: Db, from: number, into: number): Publication {
  if (from === into) throw new RevueError('PUBLICATION_SELF_MERGE');
  return db.transaction(() => {
    existing(db, from);
    const target = existing(db, into);
    mergePublicationRows(db, from, into, target.name);
    return existing(db, into);
  })();
}
