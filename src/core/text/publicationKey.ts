import { normalizeForSearch } from './normalizeForSearch.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A host name (labels of letters, digits and hyphens, ending with a top-level domain of letters), an IPv4 address or localhost. */
const HOST = /^(?:(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,24}|\d{1,3}(?:\.\d{1,3}){3}|localhost)$/u;
/** "…fr", "…com.tn", "…co.uk": the top-level domain (with a second level such as com, co, org) a name may end with. */
const TRAILING_TLD = /(?:\.(?:com?|org|net|gov|ac|press|info))?\.\p{L}{2,6}$/u;

/** The name without scheme, "www." and trailing slashes: "https://www.tdg.ch/" → "tdg.ch". */
function withoutAddressParts(name: string): string {
  return name.trim().replace(SCHEME, '').replace(/\/+$/, '').replace(/^www\./i, '');
}

/** Whether a name is a bare web address ("lemonde.fr", "tdg.ch/", "DW.COM"), not a name a page states. */
export function isAddressName(name: string): boolean {
  return HOST.test(withoutAddressParts(name));
}

/**
 * The key a publication's names are matched by: case, accents, Arabic letter variants, spaces and
 * punctuation, "www." and a trailing top-level domain do not count, so "Le Monde", "LeMonde",
 * "Le Monde.fr" and "lemonde.fr" share one key. Empty when the name has no letter or digit.
 */
export function publicationKey(name: string): string {
  const bare = withoutAddressParts(name).replace(TRAILING_TLD, '');
  return normalizeForSearch(bare).replace(/[^\p{L}\p{N}]/gu, '');
}

/** French small words that stay lower case inside a title-cased name. */
const SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'à', 'au', 'aux', 'sur', "d'", "l'", 'of', 'the', 'and']);

function titleCase(name: string): string {
  return name
    .toLocaleLowerCase('fr')
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      // "D'ORAN" → "d'Oran", "L'OPINION" → "L'Opinion": the elided article, then the word.
      const elided = /^([dl]['’])(.+)$/u.exec(word);
      if (elided?.[1] && elided[2]) return `${i > 0 ? elided[1] : elided[1].toUpperCase()}${elided[2].charAt(0).toUpperCase()}${elided[2].slice(1)}`;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/**
 * A site name as it should be credited when the registry does not know it: spaces tidied, no
 * trailing "/", an address written as a host in lower case ("TDG.CH/" → "tdg.ch"), a long name in
 * capitals ("LE QUOTIDIEN D'ORAN") in title case; acronyms ("AFP", "BBC") stay as they are. Null
 * when nothing is left.
 */
export function cleanPublicationName(raw: string): string | null {
  let name = raw.replace(/\s+/gu, ' ').trim();
  if (isAddressName(name)) return withoutAddressParts(name).toLowerCase();
  name = name.replace(/\s*\/+$/u, '').trim();
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length > 5 && / /.test(name) && letters === letters.toLocaleUpperCase('fr') && letters !== letters.toLocaleLowerCase('fr')) {
    name = titleCase(name);
  }
  return /[\p{L}\p{N}]/u.test(name) ? name : null;
}

/** The host of a web address, lower case, without "www." (null for anything but http(s)). */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The registry entries a web address could belong to, most specific first: host with its first
 * path segment, then the host, then each parent domain ("fr.hespress.com/x" → "fr.hespress.com/x",
 * "fr.hespress.com", "hespress.com").
 */
export function addressCandidates(url: string): string[] {
  const host = hostOf(url);
  if (!host) return [];
  const segment = new URL(url).pathname.split('/')[1]?.toLowerCase() ?? '';
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) {
    const domain = labels.slice(i).join('.');
    if (segment) out.push(`${domain}/${segment}`);
    out.push(domain);
  }
  return out;
}

/** A domain as the registry stores it: "https://www.BBC.com/arabic/" → "bbc.com/arabic". */
export function normalizeDomain(raw: string): string | null {
  const bare = withoutAddressParts(raw).toLowerCase();
  const [host = '', ...path] = bare.split('/');
  if (!HOST.test(host)) return null;
  const first = path.find((part) => part !== '');
  return first ? `${host}/${first}` : host;
}
