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

/** Same hash for the same text, whatever its whitespace, case, accents or punctuation. */
export function textHash(text: string): string {
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
  const words = comparableWords(text);
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
