import { bylineElements } from './bylineElements.js';
import { datesNearHeadline, findHeadline } from './dateNearHeadline.js';
import { readJsonLd, type JsonLdArticle } from './jsonLd.js';
import { labelledDates, type LabelledDates } from './labelledDates.js';
import { parseDate } from './parseDate.js';
import { TITLE_SEPARATORS } from './titleParts.js';

/** Everything a page says about its article outside the body, as raw strings (not yet chosen or parsed). */
export interface PageMetadata {
  jsonLd: JsonLdArticle | null;
  /** Title candidates by origin: og, twitter, meta (parsely, sailthru, dc…), document <title>, <h1>s. */
  ogTitle: string | null;
  twitterTitle: string | null;
  metaTitle: string | null;
  docTitle: string | null;
  h1s: string[];
  /** Texts of the first <h2>/<h3>: old and print layouts set the headline there. */
  subheads: string[];
  /** Parts of a "Site - Headline" <title> that the page shows again as a heading or a bold line. */
  titleEchoes: string[];
  /** What the page shows in and just above its <h1>s (whole <h1> texts, the elements before them): where a kicker is set. */
  aroundHeadlines: string[];
  /** Author names by source, most trusted first (JSON-LD people, Twitter card, meta tags, Parsely, JSON-LD organisations); raw strings. */
  authorSources: string[][];
  /** Names read in the page's byline elements, by tier of trust (see bylineElements), whatever the meta tags say. */
  domAuthors: string[][];
  /** People the JSON-LD names as the WebPage's author (the account that posted it): trusted below the byline elements. */
  pageAuthors: string[];
  siteName: string | null;
  /** The page's meta description (og:description when there is none). */
  description: string | null;
  /** Date strings in order of trust: JSON-LD, OpenGraph, meta tags, the URL's date, itemprop, <time>. */
  dates: string[];
  /** The day a /2019/03/04/ URL files the article under (YYYY-MM-DD): the publisher's local day. */
  urlDate: string | null;
  /** Texts around the headline, read when the metadata's date is a UTC instant: they may show the local clock. */
  dateline: string[];
  canonicalUrl: string | null;
  htmlLang: string | null;
}

const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'article:published',
  'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date',
  'dc.date.issued', 'dc.date.created', 'dcterms.created', 'dcterms.issued',
  'citation_publication_date', 'citation_date', 'parsely-pub-date', 'sailthru.date', 'article.published',
  'article_date_original', 'originalpublicationdate', 'displaydate', 'dc.date.published', 'rnews:datepublished',
  'og:pubdate', 'datecreated', 'creation_date',
];
/**
 * Dates that do not say which date they are: CMSs such as TYPO3 fill them with the page's last
 * change. A date the article's markup marks as its publication (itemprop, <time>) outranks them.
 */
const GENERIC_DATE_KEYS = ['date', 'dc.date', 'dcterms.date'];
/** An ISO date with a time in UTC ("…T02:41:00+00:00", "…Z"). */
const UTC_INSTANT = /T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:?00)$/;

/** Last resorts: a modified date is the publication date only when nothing else is known. */
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified'];
const AUTHOR_KEYS = [
  'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl',
  'citation_author', 'cxenseparse:author', 'article:author_name', 'og:article:author', 'articleauthor',
  'shareaholic:article_author_name',
];
const TITLE_KEYS = ['parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'headline', 'title', 'citation_title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'al:iphone:app_name', 'publisher', 'dc.publisher', 'cxenseparse:site'];

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** All <meta> values by lowercased name/property/itemprop, in document order. */
function metaMap(doc: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    // Some templates write value= where content= belongs; browsers ignore it, but it is the page's own claim.
    const value = clean(el.getAttribute('content') ?? el.getAttribute('value'));
    if (!key || !value) continue;
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  }
  return map;
}

function first(map: Map<string, string[]>, keys: string[]): string | null {
  for (const k of keys) {
    const v = map.get(k)?.[0];
    if (v) return v;
  }
  return null;
}

function isUrl(s: string): boolean {
  return /^(https?:)?\/\//i.test(s) || /^www\./i.test(s);
}

/** Yoast's Twitter card pairs: twitter:label1 "Written by" / "Verfasst von", twitter:data1 the name. */
function labelledAuthor(map: Map<string, string[]>): string[] {
  for (let i = 1; i <= 4; i++) {
    const label = map.get(`twitter:label${i}`)?.[0];
    const data = map.get(`twitter:data${i}`)?.[0];
    if (label && data && /written by|verfasst von|geschrieben von|écrit par|rédigé par|auteur|author|escrito por|scritto da|كتب|الكاتب/i.test(label)) return [data];
  }
  return [];
}

/** Parsely and similar put a JSON blob in one meta tag. */
function parselyPage(map: Map<string, string[]>): { title?: string; pub_date?: string; author?: string } {
  const raw = map.get('parsely-page')?.[0];
  if (!raw) return {};
  try {
    return JSON.parse(raw) as { title?: string; pub_date?: string; author?: string };
  } catch {
    return {};
  }
}

/** Dates the article's markup marks as its publication (microdata, first two). */
function microdataDates(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"]')).slice(0, 2)) {
    const v = clean(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    if (v) out.push(v);
  }
  return out;
}

/** The first <time> elements, the one marked pubdate first: their machine-readable date, else their text. */
function timeDates(doc: Document): string[] {
  const out: string[] = [];
  const times = Array.from(doc.querySelectorAll('time[pubdate], article time[datetime], time[datetime], time')).slice(0, 3);
  for (const el of times) {
    const v = clean(el.getAttribute('datetime')) ?? clean(el.textContent);
    if (v) out.push(v);
  }
  return out;
}

/** A clock that forums and portals print in their header or footer: the day the page was saved, not written. */
const NOW_LABEL = /^(?:aktuelle zeit|it is currently|current (?:time|date)|heure actuelle|nous sommes le|date du jour|hoy es|heute ist|today is|الوقت الحالي|اليوم)\b/iu;

const DATE_HINT = /date|time|publish|posted|meta|byline|info|datum|fecha|data/i;

/** Short texts of elements whose class or id suggests a date line ("post-date", "entry-meta"…): the last resort. */
function dateLinesFromDom(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (out.length >= 8) break;
    const tag = el.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'BODY' || tag === 'SCRIPT') continue;
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_HINT.test(hint) || /update|modif|comment/i.test(hint)) continue;
    const t = clean(el.textContent);
    if (t && t.length <= 160 && /\d/.test(t) && !NOW_LABEL.test(t)) out.push(t);
  }
  return out;
}

/** Children of an <h1> that are not the headline: a kicker above it, a label, a separator only screen readers hear. */
const KICKER_CLASS = /overline|dachzeile|kicker|roofline|topline|eyebrow|super-?title|pre-?title|label|offscreen|visually-hidden|is-hidden|sr-only/i;

function isKicker(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'SMALL' || el.getAttribute('aria-hidden') === 'true') return true;
  return KICKER_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * The text of an <h1> without its kicker ("<span class=overline>Nahost</span> <span>Headline</span>"):
 * the headline alone, as readers and the page's own metadata name the article. Whole text when no
 * kicker is marked, or when nothing of substance is left without it.
 */
function headlineText(h: Element): string | null {
  const whole = clean(h.textContent);
  const parts: string[] = [];
  let skipped = false;
  const visit = (node: Node): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      else if (n.nodeType === 1) {
        const el = n as Element;
        if (isKicker(el)) {
          skipped = true;
          parts.push(' ');
        } else visit(el);
      }
    }
  };
  visit(h);
  if (!skipped) return whole;
  const rest = clean(parts.join(''))?.replace(/^[\s:|\-–—/]+/, '');
  return rest && rest.split(' ').length >= 2 ? rest : whole;
}

/**
 * The whole text of each <h1>, kicker included, and the short texts of the elements just before
 * it or before its parent: a kicker is set there ("<p class=kicker>" above the <h1>, a span in it).
 */
function aroundHeadlines(h1s: Element[]): string[] {
  const out: string[] = [];
  for (const h of h1s) {
    const whole = clean(h.textContent);
    if (whole) out.push(whole);
    let el: Element | null = h;
    for (let depth = 0; el && el.tagName.toUpperCase() !== 'BODY' && depth < 2; depth++, el = el.parentElement) {
      let sib = el.previousElementSibling;
      for (let i = 0; sib && i < 2; i++, sib = sib.previousElementSibling) {
        const t = clean(sib.textContent);
        if (t && t.length <= 200) out.push(t);
      }
    }
  }
  return out;
}

/** The date in a /2019/03/04/ or /04-03-2019 URL path. */
function dateFromUrl(url: string | null | undefined): string[] {
  const m = url ? /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[-_]|$)/.exec(url) : null;
  if (m) return [`${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`];
  // A path segment that is a whole day-first date: /29-10-2021 or /29-10-2021/.
  const d = url ? /\/(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?:\/|$|[?#])/.exec(url) : null;
  return d ? [`${d[3]}-${(d[2] ?? '').padStart(2, '0')}-${(d[1] ?? '').padStart(2, '0')}`] : [];
}

/**
 * A date that the page's title gives as one of its parts ("Headline | Site | 28.04.2023"): the
 * article's own, where a <time> of the page may belong to a teaser.
 */
function datesInTitles(titles: (string | null)[]): string[] {
  const out: string[] = [];
  for (const t of titles) {
    const parts = t ? t.split(TITLE_SEPARATORS).map((p) => p.trim()) : [];
    if (parts.length < 2) continue;
    for (const part of parts) if (part.length <= 40 && /\p{Nd}{4}/u.test(part) && !/\p{L}{4,}\s+\p{L}{4,}/u.test(part) && parseDate(part)) out.push(part);
  }
  return out;
}


/**
 * Parts of <title> that an element of the page repeats as its whole text, in a heading, a bold or
 * big-font line: on a page without metadata that repetition says which part is the headline.
 */
function titleEchoes(doc: Document, titles: (string | null)[]): string[] {
  const parts = new Map<string, string>();
  for (const t of titles) {
    const split = t ? t.split(TITLE_SEPARATORS).map((p) => p.trim()).filter((p) => p.length >= 8) : [];
    if (split.length >= 2) for (const p of split) parts.set(p.toLowerCase(), p);
  }
  if (!parts.size) return [];
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, h4, b, strong, font, big')).slice(0, 200)) {
    const hit = parts.get(clean(el.textContent)?.toLowerCase() ?? '');
    if (hit && !out.includes(hit)) out.push(hit);
  }
  return out;
}

/**
 * Collects the article's metadata from JSON-LD, OpenGraph, meta tags, microdata and link rel=canonical;
 * `url` is where the page came from, read for its date when the page names no canonical address.
 */
export function readMetadata(doc: Document, url: string | null = null): PageMetadata {
  const meta = metaMap(doc);
  const blocks = Array.from(doc.querySelectorAll('script[type*="ld+json" i]')).map((s) => s.textContent ?? '');
  const jsonLd = readJsonLd(blocks);
  const parsely = parselyPage(meta);

  // Sources are not mixed (that repeats one person under two spellings): the byline takes the first that names a person.
  const authorSources: string[][] = [
    jsonLd?.authors ?? [],
    labelledAuthor(meta),
    ...AUTHOR_KEYS.map((k) => meta.get(k) ?? []),
    typeof parsely.author === 'string' ? [parsely.author] : [],
    jsonLd?.authorOrganisations ?? [],
  ]
    .map((list) => list.filter((a) => typeof a === 'string' && !isUrl(a)))
    .filter((list) => list.length > 0);

  const ogTitle = first(meta, ['og:title']);
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const ogUrl = first(meta, ['og:url']);
  const urlDate = dateFromUrl(canonical ?? ogUrl ?? url)[0] ?? null;
  // The URL's day outranks dates in the page's markup, which may belong to comments, teasers or a
  // sidebar (as htmldate ranks them); the metadata's own dates stay first.
  const dates: string[] = [
    jsonLd?.datePublished ?? null,
    ...DATE_KEYS.flatMap((k) => meta.get(k) ?? []),
    typeof parsely.pub_date === 'string' ? parsely.pub_date : null,
    ...datesInTitles([ogTitle, docTitle]),
    urlDate,
    ...microdataDates(doc),
    ...timeDates(doc),
    ...GENERIC_DATE_KEYS.flatMap((k) => meta.get(k) ?? []),
  ].filter((d): d is string => !!d);

  const domAuthors = bylineElements(doc);
  // The visible-text passes walk the page: run them only when the metadata holds no readable date.
  let labelled: LabelledDates | null = null;
  let dateline: string[] = [];
  const firstDate = dates.map((d) => parseDate(d)).find((d) => d !== null);
  const headline = (): Element | null => findHeadline(doc, [jsonLd?.headline, ogTitle, docTitle]);
  if (!firstDate) {
    labelled = labelledDates(doc);
    dates.push(...labelled.published, ...datesNearHeadline(headline()), ...dateLinesFromDom(doc));
    // Blog templates link the post's title to its permalink (rel=bookmark), which often holds the date.
    dates.push(...dateFromUrl(doc.querySelector('a[rel~="bookmark" i][href]')?.getAttribute('href') ?? null));
  } else if (UTC_INSTANT.test(firstDate)) {
    // A UTC instant's day may not be the publisher's: the dateline may show the local clock.
    dateline = datesNearHeadline(headline());
  }
  dates.push(...MODIFIED_KEYS.flatMap((k) => meta.get(k) ?? []), ...(jsonLd?.dateModified ? [jsonLd.dateModified] : []), ...(labelled?.updated ?? []));
  const h1Elements = Array.from(doc.querySelectorAll('h1')).slice(0, 5);
  return {
    jsonLd,
    ogTitle,
    twitterTitle: first(meta, ['twitter:title']),
    metaTitle: first(meta, TITLE_KEYS) ?? (typeof parsely.title === 'string' ? clean(parsely.title) : null),
    docTitle,
    h1s: h1Elements.map(headlineText).filter((t): t is string => !!t),
    subheads: Array.from(doc.querySelectorAll('h2, h3')).slice(0, 8).map((h) => clean(h.textContent)).filter((t): t is string => !!t),
    titleEchoes: titleEchoes(doc, [docTitle, ogTitle]),
    aroundHeadlines: aroundHeadlines(h1Elements),
    authorSources,
    domAuthors,
    pageAuthors: jsonLd?.pageAuthors ?? [],
    description: first(meta, ['description', 'og:description']),
    siteName: first(meta, SITE_KEYS.slice(0, 1)) ?? jsonLd?.publisher ?? first(meta, SITE_KEYS.slice(1)),
    dates,
    urlDate,
    dateline,
    canonicalUrl: clean(canonical) ?? jsonLd?.url ?? ogUrl,
    htmlLang: clean(doc.documentElement?.getAttribute('lang') ?? first(meta, ['og:locale', 'content-language', 'language', 'dc.language'])),
  };
}
