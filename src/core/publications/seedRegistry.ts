import type { Db } from '../store/database.js';
import {
  addPublicationDomain,
  addPublicationName,
  articlePublicationInputs,
  insertPublication,
  publicationIdByName,
  setArticlePublication,
  updatePublication,
} from '../store/publicationRepository.js';
import { legacySourcePublications, setSourcePublication } from '../store/followedSourceRepository.js';
import { normalizeDomain, publicationKey } from './publicationKey.js';
import { resolvePublication } from './resolvePublication.js';
import { SEED_PUBLICATIONS } from './seedPublications.js';

/** Loads the shipped outlets into the registry (an outlet already there by name is left as the user made it). */
export function seedRegistry(db: Db, now: string): void {
  for (const seed of SEED_PUBLICATIONS) {
    if (publicationIdByName(db, seed.name) !== null) continue;
    const id = insertPublication(db, { name: seed.name, type: seed.type, lang: seed.lang, country: seed.country, editionOf: null }, now);
    for (const name of [seed.name, ...(seed.aliases ?? [])]) addPublicationName(db, id, publicationKey(name), name);
    for (const domain of seed.domains) {
      const normal = normalizeDomain(domain);
      if (normal) addPublicationDomain(db, id, normal);
    }
  }
  for (const seed of SEED_PUBLICATIONS) {
    if (!seed.editionOf) continue;
    const id = publicationIdByName(db, seed.name);
    const parent = publicationIdByName(db, seed.editionOf);
    if (id !== null && parent !== null) updatePublication(db, id, { editionOf: parent });
  }
}

/** Credits every article of the archive through the registry, as import would now (existing archives). */
export function creditExistingArticles(db: Db, now: string): void {
  for (const article of articlePublicationInputs(db)) {
    const publication = resolvePublication(db, { siteName: article.siteName, url: article.url }, now);
    if (publication) setArticlePublication(db, article.id, publication);
  }
}

/** Links each source to the registry's publication for the name the editor gave it (migration 11). */
export function creditSourcesToRegistry(db: Db): void {
  const now = new Date().toISOString();
  for (const source of legacySourcePublications(db)) {
    const publication = resolvePublication(db, { siteName: source.publication, url: null }, now);
    if (publication) setSourcePublication(db, source.id, publication.id);
  }
}
