import type { Db } from '../store/database.js';
import {
  addPublicationDomain,
  addPublicationName,
  insertPublication,
  publicationIdByName,
  publicationRefByDomains,
  publicationRefByKey,
  updatePublication,
  type PublicationRef,
} from '../store/publicationRepository.js';
import { addressCandidates, cleanPublicationName, hostOf, isAddressName, publicationKey } from '../text/publicationKey.js';

/** What a page says about where it comes from. */
export interface PublicationClue {
  /** The site name the page (or the feed, or the aggregator's source line) states. */
  siteName: string | null;
  /** The article's address (for an aggregator page: the source's link when there is one). */
  url: string | null;
}

/** The registry's publication for a clue, without creating anything: null when it knows none. */
export function findPublication(db: Db, clue: PublicationClue): PublicationRef | null {
  const cleaned = clue.siteName ? cleanPublicationName(clue.siteName) : null;
  const byDomain = clue.url ? publicationRefByDomains(db, addressCandidates(clue.url)) : null;
  // An aggregator's address says where the page was read, not who wrote it: a stated name wins.
  if (byDomain && !(byDomain.type === 'aggregator' && cleaned)) return byDomain;
  if (!cleaned) return byDomain;
  if (isAddressName(cleaned)) {
    const byNamedAddress = publicationRefByDomains(db, addressCandidates(`https://${cleaned}`));
    if (byNamedAddress) return byNamedAddress;
  }
  const key = publicationKey(cleaned);
  return (key ? publicationRefByKey(db, key) : null) ?? byDomain;
}

/** A name no publication has: the name itself, else with the host, else numbered. */
function freeName(db: Db, name: string, host: string | null): string {
  if (publicationIdByName(db, name) === null) return name;
  if (host && publicationIdByName(db, `${name} (${host})`) === null) return `${name} (${host})`;
  for (let n = 2; ; n++) if (publicationIdByName(db, `${name} (${n})`) === null) return `${name} (${n})`;
}

/**
 * The publication an article is credited to, registering one when the registry knows neither its
 * name nor its address; null when the page names no site and has no web address. A publication
 * first known by its bare address ("example.org") takes the name a later page of it states. The
 * caller holds the transaction.
 */
export function resolvePublication(db: Db, clue: PublicationClue, now: string): PublicationRef | null {
  const found = findPublication(db, clue);
  const cleaned = clue.siteName ? cleanPublicationName(clue.siteName) : null;
  const stated = cleaned && !isAddressName(cleaned) ? cleaned : null;
  if (found) {
    const statedKey = stated ? publicationKey(stated) : '';
    if (stated && statedKey && isAddressName(found.name) && publicationRefByKey(db, statedKey) === null && publicationIdByName(db, stated) === null) {
      updatePublication(db, found.id, { name: stated });
      addPublicationName(db, found.id, statedKey, stated);
      return { ...found, name: stated };
    }
    return found;
  }
  const host = clue.url ? hostOf(clue.url) : null;
  const name = cleaned ?? host;
  if (!name) return null;
  const key = publicationKey(name);
  const credited = freeName(db, name, host);
  const id = insertPublication(db, { name: credited, type: 'site', lang: null, country: null, editionOf: null }, now);
  if (key) addPublicationName(db, id, key, name);
  // Only an address-only publication claims its host: a stated name on a page read elsewhere (an
  // aggregator without a source link) must not take the aggregator's domain.
  if (!stated && host) addPublicationDomain(db, id, isAddressName(name) ? name : host);
  return { id, name: credited, type: 'site' };
}
