import { appendNormalized, newNormalizedBuffer, textOf, TOKEN_CHARS } from '../text/normalizeForSearch.js';
import { isFormOf, stemLanguageOf, type StemLanguage } from '../text/wordStems.js';
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

interface Match {
  index: number;
  end: number;
}

/** Finds the next match of one query element in the normalised text, at `from` or after. */
interface Finder {
  next(text: string, from: number, written: (index: number, end: number) => string): Match | null;
}

function isTokenCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  const start = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return TOKEN_CHAR.test(text.slice(start, index));
}

function isTokenCharAt(text: string, index: number): boolean {
  return index < text.length && isTokenCharBefore(text, index + 1);
}

/**
 * An exact phrase: a plain indexOf finds candidates (fast), a sticky expression confirms them
 * on token boundaries (a lookbehind scan of the whole text with Unicode classes was several
 * times slower).
 */
function exactFinder(phrase: SearchPhrase): Finder {
  const body = phrase.tokens.map(escapeRegExp).join(`[^${TOKEN_CHARS}]+`);
  const tail = phrase.prefix ? `[${TOKEN_CHARS}]*` : '';
  const sticky = new RegExp(`${body}${tail}(?![${TOKEN_CHARS}])`, 'uy');
  const first = phrase.tokens[0] ?? '';
  return {
    next(text, from) {
      for (let at = text.indexOf(first, from); at !== -1; at = text.indexOf(first, at + 1)) {
        if (isTokenCharBefore(text, at)) continue;
        sticky.lastIndex = at;
        const match = sticky.exec(text);
        if (match) return { index: at, end: at + match[0].length };
      }
      return null;
    },
  };
}

const ARABIC_LETTER = /[\u0600-\u06ff]/u;
/** Stems and words share their first letters (Latin: "econom" in "économies", "journal" in "journaux"). */
const LATIN_ANCHOR = 3;

/**
 * A bare word in any of its forms: candidates are found by the start of its stems (inside the
 * word for Arabic, after its clitics), and each whole word around a candidate is kept when it is
 * the word itself, starts with it while it is being typed, or stems like it.
 */
function formsFinder(phrase: SearchPhrase, language: StemLanguage | null): Finder {
  const form = phrase.tokens[0] ?? '';
  // The word itself is a stem too: a word whose stem it is matches (the index holds that stem).
  const variants = new Set([form, ...phrase.stems]);
  const anchors = [...new Set([form, ...phrase.stems].map((word) => (ARABIC_LETTER.test(word) ? word : word.slice(0, LATIN_ANCHOR))))];
  const accepts = (token: string, written: () => string): boolean =>
    token === form || (phrase.prefix && token.startsWith(form)) || isFormOf(written(), language, form, variants);
  return {
    next(text, from, written) {
      let best: Match | null = null;
      for (const anchor of anchors) {
        for (let at = text.indexOf(anchor, from); at !== -1 && (best === null || at < best.index); at = text.indexOf(anchor, at + 1)) {
          let start = at;
          while (isTokenCharBefore(text, start)) start--;
          if (start < from) continue;
          let end = at + anchor.length;
          while (isTokenCharAt(text, end)) end++;
          if (accepts(text.slice(start, end), () => written(start, end))) {
            best = { index: start, end };
            break;
          }
        }
      }
      return best;
    },
  };
}

function finderOf(phrase: SearchPhrase, language: StemLanguage | null): Finder {
  return phrase.forms && phrase.tokens.length === 1 ? formsFinder(phrase, language) : exactFinder(phrase);
}

/**
 * The finders of a query's phrases for texts in one stemming language, built once for all the
 * hits of a page (the page's phrases are one array): compiling their expressions for each of
 * fifty texts cost as much time and memory as looking through them.
 */
const findersOfPhrases = new WeakMap<readonly SearchPhrase[], Map<StemLanguage | null, Finder[]>>();

function findersOf(phrases: readonly SearchPhrase[], language: StemLanguage | null): Finder[] {
  let byLanguage = findersOfPhrases.get(phrases);
  if (!byLanguage) {
    byLanguage = new Map();
    findersOfPhrases.set(phrases, byLanguage);
  }
  let finders = byLanguage.get(language);
  if (!finders) {
    finders = phrases.filter((phrase) => phrase.tokens.length > 0).map((phrase) => finderOf(phrase, language));
    byLanguage.set(language, finders);
  }
  return finders;
}

/** The first match of any finder at or after `from`; the longest one when two start together. */
function findNext(text: string, finders: Finder[], from: number, written: (index: number, end: number) => string): Match | null {
  let best: Match | null = null;
  for (const finder of finders) {
    const match = finder.next(text, from, written);
    if (match && (best === null || match.index < best.index || (match.index === best.index && match.end > best.end))) best = match;
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

/** The snippet of an article whose text holds no match (only its title or byline did): its opening words. */
export function openingSnippet(text: string): string {
  const end = wordsForward(text, 0, WORDS_BEFORE + WORDS_AFTER);
  return collapse(escapeHtml(text.slice(0, end)).trim()) + (end < text.length ? ' …' : '');
}

/** Whether the opening snippet of a text that starts with `start` can be cut from `start` alone. */
export function openingFitsIn(start: string): boolean {
  return wordsForward(start, 0, WORDS_BEFORE + WORDS_AFTER) < start.length;
}

/**
 * About thirty words of the ORIGINAL text around the first match, HTML-escaped, with every match
 * in that window wrapped in <mark>; the start of the text when only the title or byline matched.
 */
export function buildSnippet(original: string, phrases: SearchPhrase[], lang: string | null = null): string {
  const scanned = original.length > SCAN_LIMIT ? original.slice(0, wordsForward(original, SCAN_LIMIT, 1)) : original;
  const finders = findersOf(phrases, stemLanguageOf(lang));
  const view = new NormalizedView(scanned);
  // Most first matches sit near the start: normalise a first stretch, and the rest only if needed.
  view.extendTo(wordsForward(scanned, FIRST_STRETCH, 1));
  const written = (index: number, end: number): string => scanned.slice(view.toOriginal(index), view.endOf(end));
  let first = findNext(view.text, finders, 0, written);
  if (!first && view.covered < scanned.length) {
    view.extendTo(scanned.length);
    first = findNext(view.text, finders, 0, written);
  }
  if (!first) return openingSnippet(original);
  const windowStart = wordsBack(scanned, view.toOriginal(first.index), WORDS_BEFORE);
  const windowEnd = wordsForward(scanned, view.endOf(first.end), WORDS_AFTER);
  if (windowEnd > view.covered) view.extendTo(wordsForward(scanned, windowEnd, 1));

  let html = windowStart > 0 ? '… ' : '';
  let cursor = windowStart;
  for (let match: Match | null = first; match; match = findNext(view.text, finders, match.end, written)) {
    const start = view.toOriginal(match.index);
    if (start >= windowEnd) break;
    const end = Math.min(view.endOf(match.end), windowEnd);
    html += escapeHtml(scanned.slice(cursor, start)) + '<mark>' + escapeHtml(scanned.slice(start, end)) + '</mark>';
    cursor = end;
  }
  html += escapeHtml(scanned.slice(cursor, windowEnd));
  return collapse(html).trim() + (windowEnd < original.length ? ' …' : '');
}

/**
 * Where every NormalizedView writes: a view lives only while one snippet is cut (never two at
 * once), so each text of a page reuses the arrays of the one before rather than allocating its own.
 */
const viewBuffer = newNormalizedBuffer();

/**
 * The normalised form of the start of a text, grown stretch by stretch (normalisation works per
 * code point, so a stretch normalised on its own reads as it would within the whole), with the
 * way back from a normalised index to the original.
 */
class NormalizedView {
  text = '';
  /** How many characters of the original `text` covers. */
  covered = 0;
  private readonly buffer = viewBuffer;

  constructor(private readonly original: string) {
    this.buffer.length = 0;
  }

  /** Normalises the original up to `length` (clamped to its end; a stretch ends between words). */
  extendTo(length: number): void {
    const end = Math.min(length, this.original.length);
    if (end <= this.covered) return;
    appendNormalized(this.buffer, this.original, this.covered, end);
    this.text = textOf(this.buffer);
    this.covered = end;
  }

  /** Where a normalised index falls in the original. */
  toOriginal(index: number): number {
    return index < this.buffer.length ? (this.buffer.origin[index] ?? this.covered) : this.covered;
  }

  /** Where a match ending at this normalised index ends in the original (its marks included). */
  endOf(normEnd: number): number {
    const last = normEnd > 0 && normEnd <= this.buffer.length ? (this.buffer.origin[normEnd - 1] ?? 0) : 0;
    const lastWidth = (this.original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
    return Math.max(this.toOriginal(normEnd), last + lastWidth);
  }
}
