/**
 * Pages without date metadata still print the date next to the headline: a dateline under the
 * <h1> ("Publié le 3 mars 2024", "Written by … on 1 June 2019"), or a kicker just above it
 * ("14. Februar 2012 | Politik"). Reading a short window of visible text around the headline finds
 * it without scanning every element of the page.
 */
import { dateSpans } from './parseDate.js';
import { titleParts, titleWords as words } from './titleParts.js';

/** How far past the end of the headline the dateline may sit (characters of visible text). */
const AFTER = 320;
/** How far before the headline a kicker date may sit. */
const BEFORE = 160;
/** How much nearer the headline a date above it must be to outrank the first date below it. */
const NEARER = 40;

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

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/**
 * The element that shows the headline: the <h1> that the page's titles agree is the headline; else
 * a lower heading or a bold line that says the same as a title (pages that set the headline in an
 * <h2>–<h4> and keep <h1> for the logo, legacy layouts that set it in <b><font>); else the first
 * <h1> with some words.
 */
export function findHeadline(doc: Document, titles: (string | null | undefined)[]): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 6);
  const given = titles.filter((t): t is string => !!t);
  const titleWords = given.map(words);
  let fallback: Element | null = null;
  for (const h of h1s) {
    const hw = words(clean(h.textContent));
    if (hw.size < 2) continue;
    fallback ??= h;
    if (titleWords.some((tw) => shared(hw, tw) / hw.size >= 0.6)) return h;
  }
  // A lower heading must match a title both ways (a sidebar's "U2 Berlin" shares words with many
  // titles); whole titles first, then their parts ("Headline - Forum"), so that a masthead that
  // repeats the site's part of the title does not pass for the headline.
  const lower = Array.from(doc.querySelectorAll('h2, h3, h4, b, strong, font'))
    .slice(0, 80)
    // A <font> around a whole legacy page is no headline: its text is not tokenised.
    .map((el) => ({ el, hw: (el.textContent ?? '').length > 400 ? new Set<string>() : words(clean(el.textContent)) }))
    .filter((c) => c.hw.size >= 2);
  const partWords = given.flatMap((t) => titleParts(t).slice(0, 3)).map(words);
  for (const targets of [titleWords, partWords]) {
    const hit = lower.find((c) => targets.some((tw) => shared(c.hw, tw) >= 0.6 * Math.max(c.hw.size, tw.size)));
    if (hit) return hit.el;
  }
  return fallback;
}

/** The last date written in a text, as the text from its start: the one nearest what follows. */
function lastDate(text: string): { text: string; distance: number } | null {
  let from = 0;
  let last: { start: number; end: number } | null = null;
  for (let i = 0; i < 12; i++) {
    const spans = dateSpans(text.slice(from));
    if (!spans.length) break;
    const latest = spans.reduce((a, b) => (b.start > a.start ? b : a));
    last = { start: from + latest.start, end: from + latest.end };
    from += (spans[0]?.end ?? text.length);
  }
  return last ? { text: text.slice(last.start), distance: text.length - last.end } : null;
}

/**
 * Date texts printed around the headline, nearest first: the dateline just under it, or a kicker
 * date just above it when that is clearly closer (the first date below may be a date range in the
 * standfirst).
 * Raw strings for parseDate, from where the date starts.
 */
export function datesNearHeadline(headline: Element | null): string[] {
  if (!headline) return [];
  const { before, after } = textAround(headline, BEFORE, AFTER);
  const below = dateSpans(after)[0];
  const above = lastDate(before);
  // The dateline under the headline is the convention: the date above wins only when clearly nearer.
  if (above && (!below || above.distance + NEARER < below.start)) return [above.text, after];
  return [after, before].filter((t) => /\d/.test(t));
}
