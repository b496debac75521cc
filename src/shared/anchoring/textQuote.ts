/**
 * Text quote anchoring, after the W3C Web Annotation TextQuoteSelector: a passage is stored as
 * its exact words plus a little context on either side, and found again in a text whose
 * whitespace may differ (runs of spaces and newlines, NBSP for space) from the one it was taken in.
 * Pure: no DOM, no Node, so the renderer and the core share it.
 */

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets into a text, start included, end excluded (UTF-16 code units, like String.slice). */
export interface TextRange {
  start: number;
  end: number;
}

/** Any run of these counts as one space: JS's \s covers NBSP, narrow NBSP, the ideographic space, line separators. */
const WHITESPACE = /\s/;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The quote between start and end with up to contextChars of text on each side, never cutting a
 * character written as a surrogate pair in two.
 */
export function describeQuote(text: string, start: number, end: number, contextChars = 32): TextQuoteSelector {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end, 0));
  let prefixStart = Math.max(0, from - contextChars);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart -= 1;
  let suffixEnd = Math.min(text.length, to + contextChars);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd += 1;
  return { exact: text.slice(from, to), prefix: text.slice(prefixStart, from), suffix: text.slice(to, suffixEnd) };
}

/** A text with every whitespace run collapsed to one space, and where each of its characters came from. */
interface NormalisedText {
  text: string;
  /** Original offset of the first character behind normalised character i. */
  starts: number[];
  /** Original offset just past the last character behind normalised character i. */
  ends: number[];
}

function normalise(original: string): NormalisedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const ch = original.charAt(i);
    if (WHITESPACE.test(ch)) {
      let j = i + 1;
      while (j < original.length && WHITESPACE.test(original.charAt(j))) j++;
      chars.push(' ');
      starts.push(i);
      ends.push(j);
      i = j;
    } else {
      chars.push(ch);
      starts.push(i);
      ends.push(i + 1);
      i += 1;
    }
  }
  return { text: chars.join(''), starts, ends };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** How many characters at the end of a and b agree. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** How many characters at the start of a and b agree. */
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Prepares a text for anchoring many quotes in it (the normalisation is done once) and returns
 * the function that anchors one; see anchorQuote.
 */
export function quoteAnchorer(text: string): (selector: TextQuoteSelector) => TextRange | null {
  const normal = normalise(text);
  return (selector) => {
    const collapsed = collapse(selector.exact);
    const exact = collapsed.trim();
    if (exact.length === 0) return null;
    // Whitespace trimmed off the quote is context all the same: it sits between the quote and its prefix/suffix.
    const leading = collapsed.startsWith(' ') ? ' ' : '';
    const trailing = collapsed.endsWith(' ') ? ' ' : '';
    const prefix = collapse(selector.prefix + leading);
    const suffix = collapse(trailing + selector.suffix);

    let best: { at: number; score: number } | null = null;
    for (let at = normal.text.indexOf(exact); at !== -1; at = normal.text.indexOf(exact, at + 1)) {
      const before = normal.text.slice(Math.max(0, at - prefix.length), at);
      const after = normal.text.slice(at + exact.length, at + exact.length + suffix.length);
      const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
      // Ties go to the earliest occurrence; a perfect score cannot be beaten.
      if (best === null || score > best.score) best = { at, score };
      if (score === prefix.length + suffix.length) break;
    }
    if (best === null) return null;
    const start = normal.starts[best.at];
    const end = normal.ends[best.at + exact.length - 1];
    return start === undefined || end === undefined ? null : { start, end };
  };
}

/**
 * Where a quote sits in a text: whitespace differences are ignored, and when the quote occurs
 * more than once, the occurrence whose surroundings best match the prefix and suffix wins.
 * The range is in the original text's offsets; null when the quote is not in the text.
 */
export function anchorQuote(text: string, selector: TextQuoteSelector): TextRange | null {
  return quoteAnchorer(text)(selector);
}
