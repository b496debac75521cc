/** Elements that start a new paragraph in the plain-text rendering. */
const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER',
  'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'UL', 'OL', 'DL', 'DT', 'DD',
  'HR', 'MAIN', 'ADDRESS', 'CENTER', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'CAPTION', 'TBODY', 'THEAD',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

/**
 * Captions repeat what the pictures show, and hand-made references leave them out of the body; a
 * caption before any paragraph (the lead picture's) is kept, since it is often the page's only intro.
 */
const CAPTION = 'FIGCAPTION';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function hasText(out: string[]): boolean {
  return out.some((s) => /[\p{L}\p{N}]/u.test(s));
}

function walk(node: Node, out: string[]): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      out.push(n.nodeValue ?? '');
    } else if (n.nodeType === ELEMENT_NODE) {
      const tag = (n as Element).tagName.toUpperCase();
      if (SKIP.has(tag) || (tag === CAPTION && hasText(out))) continue;
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) out.push('\n');
      walk(n, out);
      if (block) out.push('\n');
    }
  }
}

/** Joins lines into paragraphs: whitespace collapsed inside each, exactly one blank line between them. */
export function normaliseParagraphs(raw: string, keep: (line: string) => boolean = () => true): string {
  return raw
    .split(/\n/)
    .map((l) => l.replace(/[ \t\f\r\u00a0\u200b]+/g, ' ').trim())
    .filter((l) => l.length > 0 && keep(l))
    .join('\n\n');
}

/** The visible text of an element as paragraphs separated by one blank line (every block and <br> ends a line). */
export function htmlToText(root: Node, keep?: (line: string) => boolean): string {
  const out: string[] = [];
  walk(root, out);
  return normaliseParagraphs(out.join(''), keep);
}
