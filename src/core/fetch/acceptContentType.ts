import { parse as parseContentType } from 'content-type';
import { RevueError } from '../../shared/errors.js';

/** What the caller is about to do with the bytes: extract an article, read a feed, or either (decided once read). */
export type AcceptKind = 'html' | 'feed' | 'any';

/** The media type of a Content-Type header, lowercased, without parameters; null when absent or empty. */
export function mediaType(header: string | null): string | null {
  if (header === null) return null;
  const type = parseContentType(header, { parameters: false, comma: true }).type.trim();
  return type === '' ? null : type;
}

/**
 * Decides from the header alone: 'ok', 'refuse' (NOT_HTML before the body is downloaded),
 * or 'sniff' (look at the first bytes once they are here).
 */
export function judgeContentType(type: string | null, accept: AcceptKind): 'ok' | 'refuse' | 'sniff' {
  if (accept === 'html') {
    if (type === 'text/html' || type === 'application/xhtml+xml') return 'ok';
    // Misconfigured servers send pages with no type or as text/plain; browsers sniff those too.
    if (type === null || type === 'text/plain') return 'sniff';
    return 'refuse';
  }
  if (type === null) return 'ok';
  if (accept === 'any' && (type === 'text/html' || type === 'application/xhtml+xml')) return 'ok';
  // Feeds come as application/rss+xml, application/atom+xml, application/rdf+xml, text/xml,
  // application/xml… and, on badly configured sites, text/html or text/plain: the parser decides.
  // JSON Feed comes as application/feed+json or application/json.
  if (type.startsWith('text/') || type.endsWith('xml') || type.includes('rss') || type.includes('atom') || type.endsWith('json')) return 'ok';
  return 'refuse';
}

/** Refuses with NOT_HTML unless the bytes begin like an HTML document (the WHATWG sniffing patterns). */
export function assertSniffedHtml(bytes: Uint8Array, type: string | null, url: string): void {
  if (!sniffsAsHtml(bytes)) throw new RevueError('NOT_HTML', { type: type ?? '?', input: url });
}

const HTML_TAGS = ['!doctype html', 'html', 'head', 'script', 'iframe', 'h1', 'div', 'font', 'table', 'a', 'style', 'title', 'b', 'body', 'br', 'p', '!--'];

function sniffsAsHtml(bytes: Uint8Array): boolean {
  // latin1 keeps one char per byte: enough to match ASCII tags whatever the real charset.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').trimStart().toLowerCase();
  return HTML_TAGS.some((tag) => {
    if (!head.startsWith(`<${tag}`)) return false;
    if (tag === '!--') return true;
    // "<br" must be a tag, not the start of "<bread>": a space or '>' ends the name.
    return /^[\s>]/.test(head.charAt(tag.length + 1));
  });
}
