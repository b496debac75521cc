import { parseHTML } from 'linkedom';

/** What Revue reads from a page's schema.org JSON-LD article object. */
export interface JsonLdArticle {
  headline: string | null;
  /** The people (or untyped names) the article names as author or creator. */
  authors: string[];
  /** Authors typed Organization: the publisher signing for itself, kept apart from the people. */
  authorOrganisations: string[];
  /** People typed Person as the author of the WebPage when no article object names one: weaker than the page's own byline. */
  pageAuthors: string[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  url: string | null;
  inLanguage: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'liveblogposting', 'scholarlyarticle', 'techarticle',
  'report', 'socialmediaposting', 'posting', 'medicalscholarlyarticle', 'satiricalarticle', 'askpublicnewsarticle',
]);

/** Objects inside an article whose dates are their own, not the article's. */
const MEDIA_TYPES = new Set(['imageobject', 'videoobject', 'audioobject', 'mediaobject', 'comment', 'review', 'person', 'organization']);

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^schema:/, ''));
}

/** Every object in a JSON-LD tree: arrays, @graph, mainEntity and other nesting flattened. */
function walk(v: Json, out: Obj[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, out, depth + 1);
  } else if (isObj(v)) {
    out.push(v);
    for (const [k, x] of Object.entries(v)) if (k === '@graph' || k === 'mainEntity' || k === 'itemListElement') walk(x, out, depth + 1);
  }
}

/** Lenient JSON parse: sites leave CDATA markers, raw newlines and trailing commas in their JSON-LD. */
export function parseLenientJson(raw: string): Json | undefined {
  const cleaned = raw.replace(/^\s*(?:<!\[CDATA\[|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '').trim();
  for (const attempt of [cleaned, cleaned.replace(/\p{Cc}+/gu, ' ').replace(/,\s*([}\]])/g, '$1')]) {
    try {
      return JSON.parse(attempt) as Json;
    } catch {
      // try the next, more forgiving, reading
    }
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** CMSs often HTML-escape the strings they put in JSON-LD (and escape twice in meta tags). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? namedEntity(whole);
  });
}

/** Any other named entity ("&oacute;"), read by the HTML parser, which knows them all. */
function namedEntity(entity: string): string {
  const { document } = parseHTML('<!doctype html><html><body><p></p></body></html>');
  const p = document.querySelector('p');
  if (!p) return entity;
  p.innerHTML = entity;
  return p.textContent || entity;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return decodeEntities(v).replace(/\s+/g, ' ').trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObj(v)) return str(v['@value'] ?? v['name']);
  return null;
}

/** A person written as parts ("givenName": "Anna Giulia", "familyName": "Fink"): the name as people write it. */
function partsName(o: Obj): string | null {
  const parts = ['givenName', 'additionalName', 'familyName'].map((k) => str(o[k])).filter((p): p is string => !!p);
  return parts.length ? parts.join(' ') : null;
}

const ORGANISATION_TYPES = /organization|corporation|newsmedia|ngo|governmentorganization|educationalorganization/;

interface Names {
  people: string[];
  organisations: string[];
}

/** The names of an author value (string, object, @id reference, array), people apart from organisations. */
function names(v: Json | undefined, byId: Map<string, Obj>, out: Names = { people: [], organisations: [] }): Names {
  if (v === undefined || v === null) return out;
  if (Array.isArray(v)) {
    for (const x of v) names(x, byId, out);
  } else if (typeof v === 'string') {
    if (v.trim()) out.people.push(v.trim());
  } else if (isObj(v)) {
    const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
    const name = str(v['name']) ?? partsName(v) ?? (ref ? (str(ref['name']) ?? partsName(ref)) : null);
    const types = [...typesOf(v), ...(ref ? typesOf(ref) : [])];
    if (name) (types.some((t) => ORGANISATION_TYPES.test(t)) ? out.organisations : out.people).push(name);
  }
  return out;
}

/** The names of an author value whose objects (or the objects their @id points to) are typed Person. */
function typedPeople(v: Json | undefined, byId: Map<string, Obj>): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.flatMap((x) => {
    if (!isObj(x)) return [];
    const ref = typeof x['@id'] === 'string' ? byId.get(x['@id']) : undefined;
    return [...typesOf(x), ...(ref ? typesOf(ref) : [])].includes('person') ? names(x, byId).people : [];
  });
}

/** The article described by the page's JSON-LD blocks, or null when none describes an article. */
export function readJsonLd(blocks: string[]): JsonLdArticle | null {
  const all: Obj[] = [];
  for (const b of blocks) {
    const parsed = parseLenientJson(b);
    if (parsed !== undefined) walk(parsed, all);
  }
  const byId = new Map<string, Obj>();
  for (const o of all) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const articles = all.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  // Fall back to a WebPage only for its date and name: many CMSs put those there.
  // Then any other dated work the page is about (a HowTo, a Recipe…), for its date only; not the images in it.
  const art =
    articles.find((o) => o['headline'] !== undefined) ??
    articles[0] ??
    all.find((o) => typesOf(o).includes('webpage')) ??
    all.find((o) => o['datePublished'] !== undefined && !typesOf(o).some((t) => MEDIA_TYPES.has(t)));
  if (!art) return null;
  const isArticle = articles.includes(art);
  const publisher = names(art['publisher'], byId);
  const pubName = publisher.organisations[0] ?? publisher.people[0] ?? null;
  const authors = isArticle ? names(art['author'] ?? art['creator'], byId) : { people: [], organisations: [] };
  const siteObj = all.find((o) => typesOf(o).includes('website'));
  return {
    headline: str(art['headline']) ?? (isArticle ? str(art['name']) : null),
    authors: authors.people,
    authorOrganisations: authors.organisations,
    // A WebPage's author is the account that posted it, the site's owner or its web agency: kept
    // apart, and only when typed a Person (older Yoast graphs link one so).
    pageAuthors: isArticle ? [] : typedPeople(art['author'], byId),
    publisher: pubName ?? (siteObj ? str(siteObj['name']) : null),
    datePublished: str(art['datePublished']) ?? str(art['dateCreated']),
    dateModified: str(art['dateModified']),
    url: str(art['url']) ?? (isObj(art['mainEntityOfPage']) ? str(art['mainEntityOfPage']['@id']) : str(art['mainEntityOfPage'])),
    inLanguage: str(art['inLanguage']),
  };
}
