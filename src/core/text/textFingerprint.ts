import { createHash } from 'node:crypto';

const SIGNATURE_SIZE = 64;
const SHINGLE_WORDS = 5;

/** Words of a text, lowercased and without accents or punctuation, for comparisons only. */
function comparableWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per BMP code unit: 0 not seen yet, then one of the kinds below. */
const KIND_UNKNOWN = 0;
/** A word character that folding leaves as it is (most letters of most scripts). */
const KIND_WORD = 1;
/** A character that folds to nothing but word separators (spaces, punctuation). */
const KIND_SEPARATOR = 2;
/** A character that folds to other word characters, or to nothing (é → e, a combining accent → ''). */
const KIND_FOLDED_WORD = 3;
/** Anything else: its folded form is split again. */
const KIND_FOLDED = 4;
const kinds = new Uint8Array(0x10000);
const folded = new Map<number, string>();

/** One code point as comparableWords sees it: NFKD, marks removed, lowercased. */
function foldCodePoint(codePoint: number): string {
  let out = folded.get(codePoint);
  if (out === undefined) {
    out = String.fromCodePoint(codePoint).normalize('NFKD').replace(MARKS, '').toLowerCase();
    folded.set(codePoint, out);
  }
  return out;
}

function kindOf(code: number): number {
  let kind = kinds[code] ?? KIND_UNKNOWN;
  if (kind === KIND_UNKNOWN) {
    const out = foldCodePoint(code);
    const same = out === String.fromCharCode(code);
    if (same && WORD_CHAR.test(out)) kind = KIND_WORD;
    else if (out !== '' && [...out].every((ch) => !WORD_CHAR.test(ch))) kind = KIND_SEPARATOR;
    else if ([...out].every((ch) => WORD_CHAR.test(ch))) kind = KIND_FOLDED_WORD;
    else kind = KIND_FOLDED;
    kinds[code] = kind;
  }
  return kind;
}

/**
 * comparableWords(text).join(' '), in one pass with the folding of each code point cached: the
 * NFKD of a whole article and the Unicode regular expressions cost ten times more. Folding one
 * code point at a time gives the same words, since NFKD decomposes each code point on its own and
 * the marks it reorders are all removed; only lowercasing a final sigma depends on its context,
 * so a text with a capital sigma takes the slow path.
 */
function comparableForm(text: string): string {
  if (text.includes('\u03A3')) return comparableWords(text).join(' ');
  let out = '';
  let word = '';
  let runStart = 0;
  const endWord = (): void => {
    if (word === '') return;
    out += out === '' ? word : ` ${word}`;
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    const kind = isSurrogate ? KIND_FOLDED : kindOf(code);
    if (kind === KIND_WORD) continue;
    if (i > runStart) word += text.slice(runStart, i);
    if (kind === KIND_SEPARATOR) {
      endWord();
    } else if (kind === KIND_FOLDED_WORD) {
      word += foldCodePoint(code);
    } else {
      const codePoint = isSurrogate ? (text.codePointAt(i) ?? code) : code;
      if (codePoint > 0xffff) i++;
      for (const ch of foldCodePoint(codePoint)) {
        if (WORD_CHAR.test(ch)) word += ch;
        else endWord();
      }
    }
    runStart = i + 1;
  }
  if (runStart < text.length) word += text.slice(runStart);
  endWord();
  return out;
}

/** Same hash for the same text, whatever its whitespace, case, accents or punctuation. */
export function textHash(text: string): string {
  return createHash('sha256').update(comparableForm(text)).digest('hex');
}

/** The hash textHash gave before its fast path, kept to prove both agree. */
export function referenceTextHash(text: string): string {
  return createHash('sha256').update(comparableWords(text).join(' ')).digest('hex');
}

/** FNV-1a, seeded: 64 cheap independent hash functions for the MinHash signature. */
function fnv1a(value: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A MinHash signature of the text's 5-word shingles: two texts' signatures agree on about as many
 * slots as the share of shingles they have in common, so a wire story republished with a new
 * headline or a trimmed ending still matches, in constant time per pair.
 */
export function minHashSignature(text: string): Uint32Array | null {
  const form = comparableForm(text);
  const words = form === '' ? [] : form.split(' ');
  if (words.length < SHINGLE_WORDS * 4) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE_WORDS).join(' ');
    for (let slot = 0; slot < SIGNATURE_SIZE; slot++) {
      const hash = fnv1a(shingle, slot * 0x9e3779b1);
      if (hash < (signature[slot] ?? 0)) signature[slot] = hash;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (0..1). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let slot = 0; slot < SIGNATURE_SIZE; slot++) if (a[slot] === b[slot]) same++;
  return same / SIGNATURE_SIZE;
}

export function signatureToBuffer(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function bufferToSignature(buffer: Buffer): Uint32Array {
  const copy = new Uint8Array(buffer);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}
