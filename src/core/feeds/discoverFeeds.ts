import { Parser } from 'htmlparser2';
import type { FeedCandidate } from '../../shared/domain.js';

const FEED_TYPES: Record<string, FeedCandidate['format']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};

/**
 * The feeds a web page announces in its <head> (<link rel="alternate" type="application/rss+xml"
 * href="…">), absolute, in the page's order, each once. Comment feeds come last: the editor
 * follows a site for its articles.
 */
export function discoverFeeds(html: string, pageUrl: string): FeedCandidate[] {
  const found: FeedCandidate[] = [];
  let base = pageUrl;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'base' && attribs.href) base = resolve(attribs.href, pageUrl) ?? base;
        if (name !== 'link') return;
        const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/);
        const format = FEED_TYPES[(attribs.type ?? '').toLowerCase().split(';')[0]?.trim() ?? ''];
        if (!rel.includes('alternate') || format === undefined || !attribs.href) return;
        const url = resolve(attribs.href, base);
        if (url === null || found.some((candidate) => candidate.url === url)) return;
        found.push({ url, title: attribs.title?.trim() || null, format });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const comments = (candidate: FeedCandidate): boolean => /comment|comentario|commentaire/i.test(`${candidate.title ?? ''} ${candidate.url}`);
  return [...found.filter((candidate) => !comments(candidate)), ...found.filter(comments)];
}

function resolve(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
