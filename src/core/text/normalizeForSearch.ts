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

/** oneUnitOf's answers: -1 not looked up yet, -2 the code unit does not become exactly one code unit. */
const NOT_SEEN = -1;
const NOT_ONE_UNIT = -2;
const bmpUnit = new Int32Array(0x10000).fill(NOT_SEEN);

/**
 * The one code unit this BMP code unit normalises to, or NOT_ONE_UNIT (a surrogate, a character
 * that vanishes or becomes several): one table look-up per character in the common case.
 */
function oneUnitOf(code: number): number {
  let unit = bmpUnit[code] ?? NOT_ONE_UNIT;
  if (unit === NOT_SEEN) {
    const normalized = code >= 0xd800 && code <= 0xdfff ? '' : normalizeCodePoint(code);
    unit = normalized.length === 1 ? normalized.charCodeAt(0) : NOT_ONE_UNIT;
    bmpUnit[code] = unit;
  }
  return unit;
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

/**
 * A search form being built stretch by stretch: its code units and, for each, where the code
 * point it came from starts in the original; `length` of each array is in use. Its arrays grow
 * as needed and can be reused from one text to the next (a search page normalises fifty).
 */
export interface NormalizedBuffer {
  units: Uint16Array;
  origin: Int32Array;
  length: number;
}

export function newNormalizedBuffer(capacity = 4096): NormalizedBuffer {
  return { units: new Uint16Array(capacity), origin: new Int32Array(capacity), length: 0 };
}

/**
 * Appends normalizeForSearch of original.slice(start, end) to the buffer, with the origins
 * (`start` must begin a code point). Written through a per-character table into typed arrays:
 * building the string piece by piece cost most of a search page's time on texts with many
 * accented letters.
 */
export function appendNormalized(buffer: NormalizedBuffer, original: string, start: number, end: number): void {
  let { units, origin, length } = buffer;
  if (length + end - start > units.length) [units, origin] = grown(units, origin, length + end - start);
  for (let i = start; i < end; i++) {
    const code = original.charCodeAt(i);
    const unit = oneUnitOf(code);
    if (unit !== NOT_ONE_UNIT) {
      if (length >= units.length) [units, origin] = grown(units, origin, length + 1);
      units[length] = unit;
      origin[length++] = i;
      continue;
    }
    const codePoint = original.codePointAt(i) ?? code;
    const replacement = normalizeCodePoint(codePoint);
    if (length + replacement.length > units.length) [units, origin] = grown(units, origin, length + replacement.length);
    for (let k = 0; k < replacement.length; k++) {
      units[length] = replacement.charCodeAt(k);
      origin[length++] = i;
    }
    if (codePoint > 0xffff) i++;
  }
  buffer.units = units;
  buffer.origin = origin;
  buffer.length = length;
}

/** The search form held in the buffer, as a string. */
export function textOf(buffer: NormalizedBuffer): string {
  return Buffer.from(buffer.units.buffer, 0, buffer.length * 2).toString('utf16le');
}

const scratch = newNormalizedBuffer();

/** normalizeForSearch of original.slice(start, end), plus where each output code unit came from in `original`. */
export function normalizeWithOffsets(original: string, start = 0, end = original.length): NormalizedText {
  scratch.length = 0;
  appendNormalized(scratch, original, start, end);
  return { text: textOf(scratch), origin: scratch.origin.slice(0, scratch.length), originalLength: original.length };
}

/** Larger arrays, holding what the first `length` code units were. */
function grown(units: Uint16Array, origin: Int32Array, needed: number): [Uint16Array, Int32Array] {
  const size = Math.max(needed, units.length * 2);
  const moreUnits = new Uint16Array(size);
  moreUnits.set(units);
  const moreOrigin = new Int32Array(size);
  moreOrigin.set(origin);
  return [moreUnits, moreOrigin];
}

/** Characters that make up a token, as FTS5's unicode61 tokenizer sees them (letters, digits, private use). */
export const TOKEN_CHARS = '\\p{L}\\p{N}\\p{Co}';
const TOKEN = new RegExp(`[${TOKEN_CHARS}]+`, 'gu');

/** The tokens of an already normalised text, in order. */
export function searchTokens(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}
