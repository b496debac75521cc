import { RevueError } from '../../shared/errors.js';
import type { FeedItem, ParsedFeed } from './feedTypes.js';
import { attr, field, fields, findAll, findElement, nameOf, ownHtml, ownText, parseXml, xhtmlInner, type Element } from './feedXml.js';
import { hashGuid } from './hashGuid.js';
import { htmlToText } from './htmlToText.js';
import { parseFeedDate } from './parseFeedDate.js';

export type { FeedItem, ParsedFeed } from './feedTypes.js';
export { isSummaryOnly } from './isSummaryOnly.js';
export { looksLikeFeed } from './looksLikeFeed.js';

// Atom elements are sometimes written with an explicit "atom:" prefix; both spellings are read.
const ROOTS = ['rss', 'rdf:rdf', 'feed', 'atom:feed'];
// Fields found below these belong to something else: the channel's logo has a <title> too.
const CHANNEL_FENCE = new Set(['item', 'entry', 'atom:entry', 'image', 'textinput', 'author', 'source']);
const ITEM_FENCE = new Set(['item', 'entry', 'atom:entry', 'source', 'atom:source']);
const NO_FENCE: ReadonlySet<string> = new Set();

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed, tolerating the broken XML real feeds carry
 * (stray "&", missing end tags, HTML entities, leading garbage). Links come out absolute.
 * Throws FEED_MALFORMED when the text is not a feed, or a feed with neither channel nor items.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const doc = parseXml(xml);
  // A feed whose <rss> was cut off still has its <channel>.
  const root = findElement(doc.children, ROOTS) ?? findElement(doc.children, ['channel']);
  if (root === null) throw new RevueError('FEED_MALFORMED', { url: feedUrl });

  const atom = nameOf(root).endsWith('feed');
  const channel = atom || nameOf(root) === 'channel' ? root : findElement(root.children, ['channel']);
  const itemElements = atom ? [...findAll(root.children, 'entry'), ...findAll(root.children, 'atom:entry')] : findAll(root.children, 'item');
  const hasChannel = channel !== null && (!atom || field(channel, ['title', 'atom:title', 'id', 'atom:id'], CHANNEL_FENCE) !== null);
  if (!hasChannel && itemElements.length === 0) throw new RevueError('FEED_MALFORMED', { url: feedUrl });

  const base = baseOf(root, feedUrl);
  return {
    title: channel === null ? null : plainText(field(channel, ['title', 'atom:title', 'dc:title'], CHANNEL_FENCE), atom),
    link: channel === null ? null : linkOf(channel, CHANNEL_FENCE, base),
    language: (channel === null ? null : ownText(field(channel, ['language', 'dc:language'], CHANNEL_FENCE))) ?? attr(root, 'xml:lang'),
    items: itemElements.map((el) => readItem(el, atom, baseOf(el, base))),
  };
}

function readItem(el: Element, atom: boolean, base: string): FeedItem {
  const title = plainText(field(el, ['title', 'atom:title', 'dc:title'], ITEM_FENCE), atom);
  const guidText = ownText(field(el, ['guid', 'id', 'atom:id'], ITEM_FENCE));
  const link = itemLink(el, base, guidText);
  const summaryHtml = htmlOf(field(el, ['description', 'summary', 'atom:summary', 'dc:description'], ITEM_FENCE), atom);
  const contentElement = field(el, ['content:encoded', 'content', 'atom:content'], ITEM_FENCE);
  // Atom content with src= lives elsewhere: only the summary is here.
  const contentHtml = contentElement === null || attr(contentElement, 'src') !== null ? null : htmlOf(contentElement, atom);
  const publishedTime =
    parseFeedDate(ownText(field(el, ['pubdate', 'dc:date', 'published', 'atom:published', 'issued'], ITEM_FENCE))) ??
    parseFeedDate(ownText(field(el, ['updated', 'atom:updated', 'modified', 'dc:modified'], ITEM_FENCE)));
  const guid = guidText ?? attr(el, 'rdf:about') ?? link ?? hashGuid(title, publishedTime, summaryHtml);
  return { guid, link, title, summaryHtml, contentHtml, publishedTime, author: authorOf(el) };
}

function itemLink(el: Element, base: string, guid: string | null): string | null {
  // FeedBurner rewrites <link> to its click counter and keeps the article's own address here.
  const original = ownText(field(el, ['feedburner:origlink'], ITEM_FENCE));
  const found = original ?? linkHref(el, ITEM_FENCE) ?? attr(el, 'rdf:about');
  if (found !== null) return resolve(found, base);
  const guidElement = field(el, ['guid'], ITEM_FENCE);
  // An RSS guid is a permalink unless it says isPermaLink="false".
  if (guid !== null && guidElement !== null && attr(guidElement, 'ispermalink') !== 'false' && /^https?:\/\//i.test(guid)) {
    return resolve(guid, base);
  }
  return null;
}

function linkOf(scope: Element, fence: ReadonlySet<string>, base: string): string | null {
  const href = linkHref(scope, fence);
  return href === null ? null : resolve(href, base);
}

/** RSS writes <link>url</link>; Atom writes <link rel="alternate" href="url"/> beside rel="self" and others. */
function linkHref(scope: Element, fence: ReadonlySet<string>): string | null {
  const links = fields(scope, ['link', 'atom:link'], fence);
  for (const link of links) {
    const text = ownText(link);
    if (text !== null && attr(link, 'href') === null) return text;
  }
  for (const link of links) {
    const rel = attr(link, 'rel') ?? 'alternate';
    const href = attr(link, 'href');
    if (rel === 'alternate' && href !== null && href.trim() !== '') return href.trim();
  }
  return null;
}

function authorOf(el: Element): string | null {
  const names: string[] = [];
  for (const creator of fields(el, ['dc:creator'], ITEM_FENCE)) {
    const name = ownText(creator);
    if (name !== null) names.push(name);
  }
  for (const author of fields(el, ['author', 'atom:author'], ITEM_FENCE)) {
    const atomName = ownText(field(author, ['name', 'atom:name'], NO_FENCE));
    const name = atomName ?? rssAuthorName(ownText(author));
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names.length === 0 ? null : names.join(', ');
}

/** RSS 2.0 asks for "email (Name)"; most feeds write just a name. */
function rssAuthorName(text: string | null): string | null {
  if (text === null) return null;
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  return named?.[1]?.trim() ?? text;
}

/** A title as plain text. Atom says whether it is text or HTML; RSS titles are often escaped HTML, sometimes twice. */
function plainText(el: Element | null, atom: boolean): string | null {
  const text = ownText(el);
  if (el === null || text === null) return null;
  if (atom && (attr(el, 'type') ?? 'text') === 'text') return text;
  if (!/[<&]/.test(text)) return text;
  const plain = htmlToText(text);
  return plain === '' ? null : plain;
}

/** A description or content as HTML, whatever the feed's convention for it. */
function htmlOf(el: Element | null, atom: boolean): string | null {
  if (el === null) return null;
  if (!atom) return ownHtml(el);
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return ownHtml(el);
  if (type === 'xhtml' || type === 'application/xhtml+xml') return ownHtml(xhtmlInner(el));
  const text = ownText(el);
  return text === null ? null : escapeHtml(text);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Atom lets any element re-base relative links with xml:base. */
function baseOf(el: Element, parentBase: string): string {
  const xmlBase = attr(el, 'xml:base');
  return xmlBase === null ? parentBase : resolve(xmlBase, parentBase) ?? parentBase;
}

function resolve(href: string, base: string): string | null {
  const trimmed = href.trim();
  try {
    return new URL(trimmed, base).href;
  } catch {
    // The feed's own URL may be unusable as a base (a local file): keep absolute links only.
    return URL.canParse(trimmed) ? new URL(trimmed).href : null;
  }
}
