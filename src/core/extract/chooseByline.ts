/**
 * Who wrote the article: the metadata's people first, then the page's byline markup, Readability's
 * byline, a byline line under the headline, a signature under the article; the publication named
 * as author only when nothing else names anyone.
 */
import { hostLabel } from './chooseTitle.js';
import { decodeEntities } from './jsonLd.js';
import { titleParts } from './titleParts.js';
import { datelineAgency, isPersonName, looksLikeName, nameInByline, readBylineLine, type BylineLine } from './readBylineLine.js';
import type { PageMetadata } from './readMetadata.js';

const BYLINE_LABEL = /^(?:[Bb][Yy]|[Pp]ar|PAR|[Vv]on|VON|[Pp]or|POR)\s+(?=\p{Lu})/u;

/** A name as a person reads it: entities a CMS escaped twice decoded, a leading "By" / "Par" label dropped. */
function asWritten(name: string): string {
  return decodeEntities(name).replace(BYLINE_LABEL, '').replace(/\s+/g, ' ').trim();
}

/** A Chinese, Japanese or Korean name: a few characters, no space. */
const CJK_NAME = /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]{2,6}$/u;

/** "牛镛、岳弘彬": names listed with an ideographic comma, when every part is a name; "X 著、Y 監訳" names roles too and is kept. */
function cjkNames(value: string): string[] {
  const parts = value.split(/\s*[、，]\s*/u);
  return parts.length > 1 && parts.every((p) => CJK_NAME.test(p)) ? parts : [value];
}

/** The people inside one written value: "A und B", "A and B", "A; B", "A & B", "A、B", "A im Gespräch mit B" (an interview names both). */
function splitNames(value: string): string[] {
  return value
    .split(/\s*;\s*|,?\s+(?:and|und|et|og|y|e|en|och|i|و|im Gespräch mit|in conversation with|en conversation avec|in an interview with|في حوار مع)\s+(?=\p{Lu}|\p{Lo})|\s*&\s*/u)
    .flatMap(cjkNames)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** "A und B", "A and B", "A; B", "A, and B": one list of names joined by commas; "X (avec Y et Z)" is kept whole. */
function joinNames(names: string[]): string {
  return names
    .flatMap((n) => (/[()]/.test(n) ? [n] : splitNames(n)))
    .join(', ');
}

/** What some CMSs put where the author goes when there is none. */
const PLACEHOLDER = /^(?:no author|unknown|anonymous|anonyme|admin|administrator|none|null|undefined|n\/a|guest|user)$/i;

/** A name that is the publication itself (og:site_name repeated as author, "STERN.de") says nothing of who wrote. */
export function namesPublication(name: string, siteName: string | null, url: string | null): boolean {
  const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const n = squash(name);
  if (/\bwww\.|\.(?:com|de|fr|net|org|ma|dz|tn|co\.uk)\b|https?:/i.test(name) || PLACEHOLDER.test(name.trim())) return true;
  // A company or an association signs as the publisher, not as a writer.
  if (/(?:^|\s)(?:e\.\s?V\.|GmbH|AG|SE|Inc\.?|Ltd\.?|LLC|S\.A\.?|SARL|SAS|Corp\.?|PLC)$/u.test(name.trim())) return true;
  const site = siteName ? squash(siteName) : '';
  const host = url ? hostLabel(url) ?? '' : '';
  return !!n && ((site.length >= 3 && (n === site || n.includes(site) || site.includes(n))) || (host.length >= 3 && n === host));
}

/** "Gillman, Steve" and "Steve Gillman": the same words in another order. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string): string => s.toLowerCase().split(/[\s,]+/).filter(Boolean).sort().join(' ');
  return a !== b && words(a) === words(b);
}

/** True when the metadata names someone other than the publication: then no byline line need be looked for. */
export function metadataNamesSomeone(meta: PageMetadata, siteName: string | null, url: string | null): boolean {
  return meta.authorSources.some((list) => list.some((a) => /\p{L}/u.test(a) && !namesPublication(asWritten(a), siteName, url)));
}

export interface BylineClues {
  meta: PageMetadata;
  /** Readability's byline: the text of the first element it took for one. */
  readabilityByline: string | null | undefined;
  /** A byline line read under the headline or at the top of the body. */
  line: BylineLine | null;
  /** A signature line closing the body ("Autorin: X, Projektleiterin"): only its name is taken. */
  closingLine?: BylineLine | null;
  /** A labelled line anywhere else in the page, looked for only when nothing above names anyone (it reads the whole page). */
  signedLine?: () => BylineLine | null;
  /** The text's first paragraph, where a wire's dateline names the agency ("RABAT (MAP) – …"). */
  opening?: string | null;
  siteName: string | null;
  url: string | null;
}

/** The article's author(s) as one string, or null when the page names no one. */
export function chooseByline({ meta, readabilityByline, line, closingLine, signedLine, opening, siteName, url }: BylineClues): string | null {
  const isPublication = (n: string): boolean => namesPublication(n, siteName, url);
  // The byline elements by tier, then the WebPage's author in the JSON-LD (the account that posted it).
  const marked = [...meta.domAuthors, meta.pageAuthors].map((tier) => tier.filter((n) => !isPublication(n)));
  for (const source of meta.authorSources) {
    // A name has letters: "105092" is a CMS's user number.
    const written = [...new Set(source.map(asWritten).filter((a) => /\p{L}/u.test(a)))];
    const people = written.filter((n) => !isPublication(n));
    if (!people.length) continue;
    // "Gillman, Steve" in the metadata, "Steve Gillman" in the byline: the reading people see.
    const reordered = people.length === 1 ? marked.flat().find((d) => sameWords(d, people[0] ?? '')) : undefined;
    if (reordered) return reordered;
    // A theme's credit or an institute in the author tag, a person in the byline markup: the person.
    if (!people.some((p) => splitNames(p).flatMap((n) => n.split(/,\s+/)).every(isPersonName))) {
      const person = marked.flat().find(isPersonName);
      if (person) return person;
    }
    return joinNames(people.slice(0, 5));
  }
  for (const tier of marked) if (tier.length) return joinNames(tier);
  const b = readabilityByline?.replace(/\s+/g, ' ').trim();
  // Readability's byline is often the whole line ("Par X | Le Matin | 12/03/2015"): the name alone.
  const parsed = b ? (readBylineLine(b)?.author ?? (isPublication(b) ? null : nameInByline(b))) : null;
  if (parsed && !isPublication(parsed)) return joinNames([parsed]);
  for (const l of [line, closingLine]) if (l?.author && !isPublication(l.author)) return joinNames([l.author]);
  const plain = b && b.length < 120 && /\p{L}/u.test(b) && !/\p{Nd}/u.test(b) ? b : null;
  if (plain && !isPublication(plain)) return joinNames([plain]);
  const signed = signedLine?.()?.author;
  if (signed && !isPublication(signed)) return joinNames([signed]);
  // Only the publication is named as author: that is what the page says, better than nothing.
  // A byline line naming the site's owner ("Posted by jdoe" on "jdoe's Blog"): what the page says.
  if (line?.author) return line.author;
  const owner = blogOwner([meta.siteName, ...titleParts(meta.docTitle ?? '')]) ?? datelineAgency(opening);
  if (owner) return owner;
  const first = (meta.authorSources[0]?.map(asWritten) ?? meta.domAuthors.flat()).filter((a) => /\p{L}/u.test(a) && !PLACEHOLDER.test(a));
  return first.length ? joinNames([...new Set(first)].slice(0, 5)) : plain && !PLACEHOLDER.test(plain) ? plain : null;
}

/** A site named after the person who writes it: "Gregory Hale's Digital Home", "Le blog de Salma Idrissi", "Blog von Jan Roth", "مدونة يوسف العلمي". */
const BLOG_OF = [
  /^(.+?)['’]s?\s+(?:personal\s+|digital\s+)?(?:blog|weblog|home|homepage|home page|website|web site|site|journal|notebook|notes)$/iu,
  /^(?:le\s+|la\s+)?(?:blog|site|carnet|journal|page)\s+(?:de|d['’])\s*(.+)$/iu,
  /^(?:der\s+|die\s+)?(?:blog|weblog|homepage|website|seite)\s+von\s+(.+)$/iu,
  /^(?:مدونة|موقع)\s+(.+)$/u,
];

/** The person a personal site is named after, from its name or a part of its <title>. */
function blogOwner(names: (string | null)[]): string | null {
  for (const n of names) {
    for (const re of n ? BLOG_OF : []) {
      const person = re.exec(n?.trim() ?? '')?.[1]?.trim();
      if (person && isPersonName(person)) return person;
    }
  }
  return null;
}

/** The author's name signed under the article, as its last short line set in bold or italics ("<p><b><i>Stefan Wasmer</i></b></p>"). */
export function signature(content: Element | null): string | null {
  if (!content) return null;
  const blocks = Array.from(content.querySelectorAll('p, div, address')).filter((el) => /\S/.test(el.textContent ?? '') && !el.querySelector('p, div'));
  // The signature closes the article; a promotion box or two may follow it inside the chosen element.
  for (const block of blocks.slice(-3).reverse()) {
    const text = block.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length > 40 || text.split(' ').length < 2 || !looksLikeName(text) || /[.!?:]$/.test(text)) continue;
    const marked = block.tagName.toUpperCase() === 'ADDRESS' || Array.from(block.querySelectorAll('b, strong, i, em, cite')).some((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim() === text);
    if (marked) return text;
  }
  return null;
}
