import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { listPublications, readPublication } from '../store/publicationRepository.js';
import { addPublication, addPublicationAlias, editPublication, mergePublications, removePublicationAlias } from './editRegistry.js';
import { findPublication } from './resolvePublication.js';

type PublicationMethods =
  | 'publications.list'
  | 'publications.resolve'
  | 'publications.add'
  | 'publications.update'
  | 'publications.addAlias'
  | 'publications.removeAlias'
  | 'publications.merge';

/** The publication registry: list, look up, add, rename or reclassify, add or remove an alias, merge. */
export function createPublicationHandlers(db: Db): Pick<ApiHandlers, PublicationMethods> {
  return {
    'publications.list': () => listPublications(db),
    'publications.resolve': ({ name, url }) => {
      const found = findPublication(db, { siteName: name ?? null, url: url ?? null });
      return found ? readPublication(db, found.id) : null;
    },
    'publications.add': (input) => addPublication(db, input),
    'publications.update': (input) => editPublication(db, input),
    'publications.addAlias': ({ id, alias }) => addPublicationAlias(db, id, alias),
    'publications.removeAlias': ({ id, alias }) => removePublicationAlias(db, id, alias),
    'publications.merge': ({ from, into }) => mergePublications(db, from, into),
  };
}
