/**
 * Pages without date metadata still print the date next to the headline: a dateline under the
 * <h1> ("Publié le 3 mars 2024", "Written by … on 1 June 2019"), or a kicker just above it
 * ("14. Februar 2012 | Politik"). Reading a short window of visible text around the headline finds
 * it without scanning every element of the page.
 */

/** How far past the end of the headline the dateline may sit (characters of visible text). */
const AFTER = 320;
/** How far before the headline a kicker date may sit. */
const BEFORE = 160;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION']);

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Visible text before and after `el`, up to the given lengths, walking the document in order. */
function textAround(el: Element, before: number, after: number): { before: string; after: string } {
  const root = el.ownerDocument.body ?? el.ownerDocument.documentElement;
  const pre: string[] = [];
  const post: string[] = [];
  let passed = false;
  let postLen = 0;
  const visit = (node: Node): boolean => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n === el) {
        passed = true;
        continue;
      }
      if (n.nodeType === TEXT_NODE) {
        const t = n.nodeValue ?? '';
        if (!passed) pre.push(t);
        else {
          post.push(t);
          postLen += t.trim().length;
          if (postLen > after) return true;
        }
      } else if (n.nodeType === ELEMENT_NODE && !SKIP.has((n as Element).tagName.toUpperCase())) {
        if (!passed) pre.push(' ');
        else post.push(' ');
        if (visit(n)) return true;
        if (!passed) pre.push(' ');
        else post.push(' ');
      }
    }
    return false;
  };
  if (root) visit(root);
  const beforeText = clean(pre.join(''));
  return { before: beforeText.slice(Math.max(0, beforeText.length - before)), after: clean(post.join('')).slice(0, after) };
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The <h1> that the page's titles agree is the headline, else the first <h1> with some words. */
export function findHeadline(doc: Document, titles: (string | null | undefined)[]): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 6);
  const titleWords = titles.filter((t): t is string => !!t).map(words);
  let fallback: Element | null = null;
  for (const h of h1s) {
    const hw = words(clean(h.textContent));
    if (hw.size < 2) continue;
    fallback ??= h;
    for (const tw of titleWords) {
      let shared = 0;
      for (const w of hw) if (tw.has(w)) shared++;
      if (shared / hw.size >= 0.6) return h;
    }
  }
  return fallback;
}

/**
 * Date texts printed around the headline: the text just after it first (the usual dateline),
 * then the text just before it. Raw strings for parseDate, in that order of trust.
 */
export function datesNearHeadline(headline: Element | null): string[] {
  if (!headline) return [];
  const { before, after } = textAround(headline, BEFORE, AFTER);
  return [after, before].filter((t) => /\d/.test(t));
}
