/**
 * Search normalisation, one code point at a time: lowercase, Latin diacritics stripped
 * (NFKD + marks removed), Arabic tashkeel and tatweel removed, alef/yeh/teh marbuta variants
 * unified, Arabic-Indic digits made ASCII. The index and the queries go through the same
 * function, so "economie" meets "Économie" and "مدرسة" meets "مَدْرَسَة".
 *
 * Working per code point (never on context) is what lets a snippet map a match in the normalised
 * text back onto the original: each code point becomes zero, one or a few code units of output.
 */

/** Replacements applied after NFKD, marks removal and lowercasing. */
const ARABIC_AND_LIGATURES: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا (أ إ آ already lose their hamza/madda as marks under NFKD)
  '\u0649': '\u064A', // ى alef maqsura → ي
  '\u06CC': '\u064A', // ی Farsi yeh → ي
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u0640': '', // tatweel (a letter, not a mark, for Unicode)
  'œ': 'oe',
  'æ': 'ae',
};
for (let d = 0; d <= 9; d++) {
  ARABIC_AND_LIGATURES[String.fromCharCode(0x0660 + d)] = String(d);
  ARABIC_AND_LIGATURES[String.fromCharCode(0x06f0 + d)] = String(d);
}

const MARKS = /\p{M}/gu;
const cache = new Map<number, string>();
/** Per BMP code point: 0 not seen yet, 1 unchanged by normalisation, 2 changed (see cache). */
const UNKNOWN = 0;
const SAME = 1;
const bmpKind = new Uint8Array(0x10000);

/** Whether normalisation leaves this code point as it is (most letters of most scripts). */
function isUnchanged(codePoint: number): boolean {
  if (codePoint > 0xffff) return normalizeCodePoint(codePoint) === String.fromCodePoint(codePoint);
  let kind = bmpKind[codePoint] ?? UNKNOWN;
  if (kind === UNKNOWN) {
    kind = normalizeCodePoint(codePoint) === String.fromCharCode(codePoint) ? SAME : 2;
    bmpKind[codePoint] = kind;
  }
  return kind === SAME;
}

function normalizeCodePoint(codePoint: number): string {
  const cached = cache.get(codePoint);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of String.fromCodePoint(codePoint).normalize('NFKD').replace(MARKS, '').toLowerCase()) {
    const mapped = ARABIC_AND_LIGATURES[ch];
    out += mapped ?? ch;
  }
  cache.set(codePoint, out);
  return out;
}

/** The search form of a text: same for the index and for queries. */
export function normalizeForSearch(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? code < 0x41 || code > 0x5a : code < 0xd800 && isUnchanged(code)) continue;
    if (i > runStart) out += text.slice(runStart, i);
    if (code < 0x80) {
      out += String.fromCharCode(code + 32);
      runStart = i + 1;
      continue;
    }
    const codePoint = text.codePointAt(i) ?? code;
    const width = codePoint > 0xffff ? 2 : 1;
    out += normalizeCodePoint(codePoint);
    i += width - 1;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

export interface NormalizedText {
  text: string;
  /** For each code unit of `text`, where the code point it came from starts in the original. */
  origin: Int32Array;
  /** Length of the original. */
  originalLength: number;
}

/** normalizeForSearch, plus where each output code unit came from in the original text. */
export function normalizeWithOffsets(original: string): NormalizedText {
  let out = '';
  let origin = new Int32Array(original.length + 16);
  let length = 0;
  let runStart = 0;
  const flushRun = (end: number): void => {
    if (end <= runStart) return;
    out += original.slice(runStart, end);
    for (let k = runStart; k < end; k++) origin[length++] = k;
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80 ? code < 0x41 || code > 0x5a : code < 0xd800 && isUnchanged(code)) continue;
    flushRun(i);
    const codePoint = code < 0x80 ? code : (original.codePointAt(i) ?? code);
    const replacement = code < 0x80 ? String.fromCharCode(code + 32) : normalizeCodePoint(codePoint);
    if (length + replacement.length + (original.length - i) > origin.length) {
      const grown = new Int32Array(origin.length * 2 + replacement.length);
      grown.set(origin.subarray(0, length));
      origin = grown;
    }
    out += replacement;
    for (let k = 0; k < replacement.length; k++) origin[length++] = i;
    if (codePoint > 0xffff) i++;
    runStart = i + 1;
  }
  flushRun(original.length);
  return { text: out, origin: origin.subarray(0, length), originalLength: original.length };
}

/** Characters that make up a token, as FTS5's unicode61 tokenizer sees them (letters, digits, private use). */
export const TOKEN_CHARS = '\\p{L}\\p{N}\\p{Co}';
const TOKEN = new RegExp(`[${TOKEN_CHARS}]+`, 'gu');

/** The tokens of an already normalised text, in order. */
export function searchTokens(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}
