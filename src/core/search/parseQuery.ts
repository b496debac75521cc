import { normalizeForSearch, searchTokens } from '../text/normalizeForSearch.js';
import { queryStemVariants } from '../text/wordStems.js';

/**
 * One positive element of a query: consecutive tokens in search form, the last one possibly a
 * prefix; for a bare word, the stems under which the index holds its other forms.
 */
export interface SearchPhrase {
  tokens: string[];
  prefix: boolean;
  /** Empty for "quoted" words and phrases, which match their exact forms only. */
  stems: string[];
  /**
   * A bare word, found in any of its forms: its stems, and the words whose stem it is itself
   * ("syndicat" finds "syndicats"). False for "quoted" words, phrases and explicit prefixes.
   */
  forms: boolean;
}

export interface ParsedQuery {
  /**
   * An FTS5 MATCH expression in which every term is quoted: user input cannot inject syntax. Null
   * when the query holds only a word of one or two letters still being typed, which nearly every
   * article has a word starting with: everything matches until the third letter.
   */
  match: string | null;
  /** What the snippet should highlight (exclusions are not in it). */
  phrases: SearchPhrase[];
  /**
   * Any of the phrases in the text (text or text_stems), as an FTS5 MATCH expression: which of
   * the articles `match` finds hold a passage to show, rather than only a title or byline match.
   * Null with `match`.
   */
  textMatch: string | null;
  /**
   * Whether a prefix of the query is longer than the index's own prefixes (MIN_PREFIX): FTS5 then
   * merges the lists of every word it begins, anew for each statement that runs the query.
   */
  longPrefix: boolean;
}

export interface ParseOptions {
  /** Search as you type: the last bare word, still being typed, matches as a prefix. */
  asYouType?: boolean;
}

interface Element {
  raw: string;
  negated: boolean;
  quoted: boolean;
  prefix: boolean;
}

/**
 * Prefixes are searched from three characters on: the index keeps a prefix index of three
 * characters (migration 7; a longer prefix merges the words it begins), and a shorter prefix would merge the doclists of thousands of terms.
 * A word of one or two letters still being typed is a prefix that nearly every article matches,
 * so it narrows nothing yet: "budget s" and "budget sy" list what "budget" lists, and
 * "budget syn" narrows that. The list never jumps back up as letters are typed.
 */
const MIN_PREFIX = 3;

function splitElements(input: string): Element[] {
  const elements: Element[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/u.test(input[i] ?? '')) i++;
    if (i >= input.length) break;
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1] ?? '')) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      const raw = input.slice(i + 1, end);
      i = end + 1;
      let prefix = false;
      while (input[i] === '*') {
        prefix = true;
        i++;
      }
      elements.push({ raw, negated, quoted: true, prefix });
      continue;
    }
    const start = i;
    while (i < input.length && input[i] !== '"' && !/\s/u.test(input[i] ?? '')) i++;
    let raw = input.slice(start, i);
    const stripped = raw.replace(/\*+$/u, '');
    const prefix = stripped.length < raw.length;
    raw = stripped;
    elements.push({ raw, negated, quoted: false, prefix });
  }
  return elements;
}

/** Words as typed (lowercase, accents kept for the stemmer). */
const WRITTEN_WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const LATIN_LETTER = /^\p{Script=Latin}$/u;

/**
 * The bare words of an unquoted element, each with the stems of its forms. Elided one-letter
 * words ("l'", "d'") go when the element has others: "d'enseignants" looks for "enseignants".
 */
function bareWords(raw: string): SearchPhrase[] {
  const words: SearchPhrase[] = [];
  for (const written of raw.match(WRITTEN_WORD) ?? []) {
    const tokens = searchTokens(normalizeForSearch(written));
    if (tokens.length === 0) continue;
    const stems = tokens.length === 1 ? queryStemVariants(written).flatMap((stem) => searchTokens(stem).join(' ') || []) : [];
    words.push({ tokens, prefix: false, stems, forms: tokens.length === 1 });
  }
  const elided = (word: SearchPhrase): boolean => word.tokens.length === 1 && LATIN_LETTER.test(word.tokens[0] ?? '');
  return words.length > 1 && words.some((word) => !elided(word)) ? words.filter((word) => !elided(word)) : words;
}

/** The index's columns of exact forms: a "quoted" word must not meet the stem columns. */
const EXACT_COLUMNS = '{title byline text}';

function ftsPhrase(phrase: SearchPhrase, exactOnly: boolean, columns = EXACT_COLUMNS): string {
  const exact = `"${phrase.tokens.join(' ')}"${phrase.prefix ? ' *' : ''}`;
  if (exactOnly) return `${columns}: ${exact}`;
  return phrase.stems.length === 0 ? exact : `(${[exact, ...phrase.stems.map((stem) => `"${stem}"`)].join(' OR ')})`;
}

/** The text's columns: its exact forms, and its stems, where a bare word may meet its other forms. */
const TEXT_COLUMNS = '{text text_stems}';

/** A phrase as it may occur in the text: an exact one in its exact forms only. */
function ftsTextPhrase(phrase: SearchPhrase, exactOnly: boolean): string {
  return exactOnly ? ftsPhrase(phrase, true, '{text}') : `${TEXT_COLUMNS}: ${ftsPhrase(phrase, false)}`;
}

/** The characters of the last token of a phrase. */
function lastLength(phrase: SearchPhrase): number {
  return [...(phrase.tokens[phrase.tokens.length - 1] ?? '')].length;
}

/**
 * Turns what the user typed into an FTS5 MATCH expression: words all required, each in any of its
 * forms (its stems), "exact phrases" and "exact words", -exclusions, trailing * for prefixes.
 * Null when nothing is left to look for.
 */
export function parseQuery(input: string, options: ParseOptions = {}): ParsedQuery | null {
  const elements = splitElements(input);
  const endsWithSpace = /\s$/u.test(input);
  const positives: SearchPhrase[] = [];
  const negatives: SearchPhrase[] = [];
  /** Quoted words and phrases, and explicit prefixes: matched against exact forms only. */
  const exactOnly = new Set<SearchPhrase>();
  let typingShortWord = false;
  elements.forEach((element, index) => {
    const tokens = searchTokens(normalizeForSearch(element.raw));
    if (tokens.length === 0) return;
    const exact = element.quoted || element.prefix;
    let phrases: SearchPhrase[] = exact ? [{ tokens, prefix: element.prefix, stems: [], forms: false }] : bareWords(element.raw);
    if (element.negated && phrases.length > 1) phrases = [{ tokens, prefix: false, stems: [], forms: false }];
    if (exact || phrases.length > 1) {
      phrases = phrases.map((phrase) => ({ ...phrase, forms: false }));
      for (const phrase of phrases) exactOnly.add(phrase);
    }
    const stillTyping =
      options.asYouType === true && index === elements.length - 1 && !element.quoted && !element.negated && !endsWithSpace;
    const last = phrases[phrases.length - 1];
    if (stillTyping && last && !element.prefix) {
      if (lastLength(last) >= MIN_PREFIX) phrases[phrases.length - 1] = { ...last, prefix: true };
      else {
        phrases = phrases.slice(0, -1);
        typingShortWord = true;
      }
    }
    // "ec*" would merge the doclists of thousands of terms: searched as the word itself.
    for (const phrase of phrases) if (phrase.prefix && lastLength(phrase) < MIN_PREFIX) phrase.prefix = false;
    (element.negated ? negatives : positives).push(...phrases);
  });
  if (positives.length === 0) return typingShortWord && negatives.length === 0 ? { match: null, phrases: [], textMatch: null, longPrefix: false } : null;
  const expression = (phrase: SearchPhrase): string => ftsPhrase(phrase, exactOnly.has(phrase));
  const positive = positives.map(expression).join(' AND ');
  const match = negatives.reduce((expr, phrase) => `${expr} NOT ${expression(phrase)}`, positives.length > 1 || negatives.length > 0 ? `(${positive})` : positive);
  const textMatch = positives.map((phrase) => ftsTextPhrase(phrase, exactOnly.has(phrase))).join(' OR ');
  const longPrefix = [...positives, ...negatives].some((phrase) => phrase.prefix && lastLength(phrase) > MIN_PREFIX);
  return { match, phrases: positives, textMatch, longPrefix };
}
