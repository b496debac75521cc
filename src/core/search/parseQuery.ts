import { normalizeForSearch, searchTokens } from '../text/normalizeForSearch.js';

/** One positive element of a query: consecutive tokens, the last one possibly a prefix. */
export interface SearchPhrase {
  tokens: string[];
  prefix: boolean;
}

export interface ParsedQuery {
  /** An FTS5 MATCH expression in which every term is quoted: user input cannot inject syntax. */
  match: string;
  /** What the snippet should highlight (exclusions are not in it). */
  phrases: SearchPhrase[];
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

/** A prefix shorter than this, typed implicitly, would match half the dictionary: it waits for more. */
const MIN_IMPLICIT_PREFIX = 2;
/** Shorter explicit prefixes (e*) are searched as the word itself. */
const MIN_PREFIX = 2;

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

function ftsPhrase(phrase: SearchPhrase): string {
  return `"${phrase.tokens.join(' ')}"${phrase.prefix ? ' *' : ''}`;
}

/**
 * Turns what the user typed into an FTS5 MATCH expression: words all required, "exact phrases",
 * -exclusions, trailing * for prefixes. Null when nothing is left to look for.
 */
export function parseQuery(input: string, options: ParseOptions = {}): ParsedQuery | null {
  const elements = splitElements(input);
  const endsWithSpace = /\s$/u.test(input);
  const positives: SearchPhrase[] = [];
  const negatives: SearchPhrase[] = [];
  elements.forEach((element, index) => {
    const tokens = searchTokens(normalizeForSearch(element.raw));
    if (tokens.length === 0) return;
    let prefix = element.prefix;
    const last = tokens[tokens.length - 1] ?? '';
    const stillTyping =
      options.asYouType === true && index === elements.length - 1 && !element.quoted && !element.negated && !endsWithSpace;
    if (stillTyping && last.length >= MIN_IMPLICIT_PREFIX) prefix = true;
    // The prefix indexes start at two characters: "e*" would merge the doclists of thousands of terms.
    if ([...last].length < MIN_PREFIX) prefix = false;
    (element.negated ? negatives : positives).push({ tokens, prefix });
  });
  if (positives.length === 0) return null;
  const positive = positives.map(ftsPhrase).join(' AND ');
  const match = negatives.reduce((expr, phrase) => `${expr} NOT ${ftsPhrase(phrase)}`, positives.length > 1 || negatives.length > 0 ? `(${positive})` : positive);
  return { match, phrases: positives };
}
