import { normalizeWithOffsets, TOKEN_CHARS } from '../text/normalizeForSearch.js';
import type { SearchPhrase } from './parseQuery.js';

const WORDS_BEFORE = 10;
const WORDS_AFTER = 20;
/** Only the start of a long text is scanned for a match: a snippet is a glimpse, not a proof. */
const SCAN_LIMIT = 20_000;
/** How much is normalised before looking for the first match (a few paragraphs). */
const FIRST_STRETCH = 1500;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (ch) => ENTITIES[ch] ?? ch);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const TOKEN_CHAR = new RegExp(`[${TOKEN_CHARS}]`, 'u');

interface Finder {
  first: string;
  /** The whole phrase, anchored where the first token was found (sticky). */
  sticky: RegExp;
}

function finderOf(phrase: SearchPhrase): Finder {
  const body = phrase.tokens.map(escapeRegExp).join(`[^${TOKEN_CHARS}]+`);
  const tail = phrase.prefix ? `[${TOKEN_CHARS}]*` : '';
  return { first: phrase.tokens[0] ?? '', sticky: new RegExp(`${body}${tail}(?![${TOKEN_CHARS}])`, 'uy') };
}

function isTokenCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  const start = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return TOKEN_CHAR.test(text.slice(start, index));
}

/**
 * The first occurrence of any phrase at or after `from`, on token boundaries: a plain indexOf
 * finds candidates (fast), a sticky expression confirms them (a lookbehind scan of the whole
 * text with Unicode classes was several times slower).
 */
function findNext(text: string, finders: Finder[], from: number): { index: number; end: number } | null {
  let best: { index: number; end: number } | null = null;
  for (const finder of finders) {
    let at = text.indexOf(finder.first, from);
    while (at !== -1 && (best === null || at < best.index)) {
      if (!isTokenCharBefore(text, at)) {
        finder.sticky.lastIndex = at;
        const match = finder.sticky.exec(text);
        if (match) {
          if (best === null || at < best.index || (at === best.index && at + match[0].length > best.end)) {
            best = { index: at, end: at + match[0].length };
          }
          break;
        }
      }
      at = text.indexOf(finder.first, at + 1);
    }
  }
  return best;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x202f;
}

/** Index where the word `count` words before `from` starts (0 at the most). */
function wordsBack(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i > 0; n++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** Index where the `count`-th word after `from` ends (the text's length at the most). */
function wordsForward(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i < text.length; n++) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

function collapse(html: string): string {
  return html.replace(/\s+/gu, ' ');
}

/**
 * About thirty words of the ORIGINAL text around the first match, HTML-escaped, with every match
 * in that window wrapped in <mark>; the start of the text when only the title or byline matched.
 */
export function buildSnippet(original: string, phrases: SearchPhrase[]): string {
  const scanned = original.length > SCAN_LIMIT ? original.slice(0, wordsForward(original, SCAN_LIMIT, 1)) : original;
  const finders = phrases.filter((phrase) => phrase.tokens.length > 0).map(finderOf);
  // Most first matches sit near the start: normalise a first stretch, and the rest only if needed.
  let covered = Math.min(scanned.length, wordsForward(scanned, FIRST_STRETCH, 1));
  let view = normalizedView(scanned, covered);
  let first = findNext(view.text, finders, 0);
  if (!first && covered < scanned.length) {
    covered = scanned.length;
    view = normalizedView(scanned, covered);
    first = findNext(view.text, finders, 0);
  }
  if (!first) {
    const end = wordsForward(original, 0, WORDS_BEFORE + WORDS_AFTER);
    return collapse(escapeHtml(original.slice(0, end)).trim()) + (end < original.length ? ' …' : '');
  }
  const windowStart = wordsBack(scanned, view.toOriginal(first.index), WORDS_BEFORE);
  const windowEnd = wordsForward(scanned, view.endOf(first.end), WORDS_AFTER);
  if (windowEnd > covered && covered < scanned.length) {
    covered = Math.min(scanned.length, wordsForward(scanned, windowEnd, 1));
    view = normalizedView(scanned, covered);
  }

  let html = windowStart > 0 ? '… ' : '';
  let cursor = windowStart;
  for (let match: { index: number; end: number } | null = first; match; match = findNext(view.text, finders, match.end)) {
    const start = view.toOriginal(match.index);
    if (start >= windowEnd) break;
    const end = Math.min(view.endOf(match.end), windowEnd);
    html += escapeHtml(scanned.slice(cursor, start)) + '<mark>' + escapeHtml(scanned.slice(start, end)) + '</mark>';
    cursor = end;
  }
  html += escapeHtml(scanned.slice(cursor, windowEnd));
  return collapse(html).trim() + (windowEnd < original.length ? ' …' : '');
}

interface NormalizedView {
  text: string;
  /** Where a normalised index falls in the original. */
  toOriginal(index: number): number;
  /** Where a match ending at this normalised index ends in the original (its marks included). */
  endOf(normEnd: number): number;
}

/** The normalised form of the first `length` characters of the text, with the way back. */
function normalizedView(original: string, length: number): NormalizedView {
  const { text, origin } = normalizeWithOffsets(length < original.length ? original.slice(0, length) : original);
  const toOriginal = (index: number): number => (index < origin.length ? (origin[index] ?? length) : length);
  return {
    text,
    toOriginal,
    endOf(normEnd) {
      const last = origin[normEnd - 1] ?? 0;
      const lastWidth = (original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
      return Math.max(toOriginal(normEnd), last + lastWidth);
    },
  };
}
