/** How far to look for the root element: past an XML prolog, comments and a stylesheet PI. */
const HEAD_CHARS = 8192;

/**
 * True when the text is an RSS, RDF or Atom document rather than a web page: its first
 * feed root element (<rss>, <rdf:RDF>, <feed>) comes before any <html>. Leading garbage
 * (a PHP warning, whitespace, a BOM) does not matter, as it does not for parseFeed.
 */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS);
  const feed = /<(rss|rdf:rdf|feed)[\s>/]/i.exec(head);
  if (feed === null) return false;
  const html = /<(!doctype\s+html|html)[\s>]/i.exec(head);
  return html === null || feed.index < html.index;
}
