import type { Db } from '../store/database.js';
import { storyOfArticle, storySignaturesAfter } from '../store/storyRepository.js';
import { bufferToSignature } from '../text/textFingerprint.js';

interface Entry {
  id: number;
  importedAt: string;
  signature: Uint32Array;
}

const SIGNATURE_SLOTS = 64;
/**
 * Locality-sensitive hashing: the signature cut in 32 bands of 2 slots; two texts are compared
 * only when one band is equal. Texts sharing half their shingles share a band 99.9 % of the time
 * (1 − (1 − 0.5²)³²); unrelated texts almost never do, so an import no longer compares its text
 * with every recent article (40 million comparisons for a 9,000-item refresh).
 */
const BANDS = 32;
const ROWS = SIGNATURE_SLOTS / BANDS;

interface Index {
  maxId: number;
  entries: Entry[];
  /** Per band: band hash → positions in entries. */
  bands: Map<number, number[]>[];
}

/**
 * Each connection's copy of the archive's text signatures, read once and then only for the rows
 * added since (by any process: ids only grow).
 */
const indexes = new WeakMap<Db, Index>();

/**
 * Forgets a connection's copy after a rolled-back write: the rows it read inside the transaction are
 * gone, and their ids will be given again to other articles.
 */
export function forgetStoryIndex(db: Db): void {
  indexes.delete(db);
}

function bandKey(signature: Uint32Array, band: number): number {
  let hash = 0x811c9dc5 ^ band;
  for (let row = 0; row < ROWS; row++) hash = Math.imul(hash ^ (signature[band * ROWS + row] ?? 0), 0x01000193) >>> 0;
  return hash;
}

function indexOf(db: Db): Index {
  let index = indexes.get(db);
  if (index === undefined) {
    index = { maxId: 0, entries: [], bands: Array.from({ length: BANDS }, () => new Map<number, number[]>()) };
    indexes.set(db, index);
  }
  for (const row of storySignaturesAfter(db, index.maxId)) {
    const signature = bufferToSignature(row.shingles);
    const position = index.entries.push({ id: row.id, importedAt: row.importedAt, signature }) - 1;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band);
      const bucket = index.bands[band]?.get(key);
      if (bucket) bucket.push(position);
      else index.bands[band]?.set(key, [position]);
    }
    index.maxId = Math.max(index.maxId, row.id);
  }
  return index;
}

/** True when at least `needed` of the slots agree; stops as soon as too many differ. */
function agreesOn(a: Uint32Array, b: Uint32Array, needed: number): number {
  let misses = 0;
  const allowed = SIGNATURE_SLOTS - needed;
  for (let slot = 0; slot < SIGNATURE_SLOTS; slot++) {
    if (a[slot] !== b[slot] && ++misses > allowed) return -1;
  }
  return SIGNATURE_SLOTS - misses;
}

/**
 * The live article imported since `since` whose text is most like `signature` (at least
 * `threshold` of shared shingles), with its story; null when none is.
 */
export function mostSimilarArticle(
  db: Db,
  signature: Uint32Array,
  since: string,
  threshold: number,
): { id: number; storyId: number | null } | null {
  const needed = Math.ceil(threshold * SIGNATURE_SLOTS);
  const index = indexOf(db);
  const candidates = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    for (const position of index.bands[band]?.get(bandKey(signature, band)) ?? []) candidates.add(position);
  }
  const matches: { id: number; same: number }[] = [];
  for (const position of candidates) {
    const entry = index.entries[position];
    if (entry === undefined || entry.importedAt < since) continue;
    const same = agreesOn(signature, entry.signature, needed);
    if (same >= 0) matches.push({ id: entry.id, same });
  }
  // Best first; among equals the latest, as a scan in id order keeping ">=" did.
  matches.sort((a, b) => b.same - a.same || b.id - a.id);
  for (const match of matches) {
    const story = storyOfArticle(db, match.id);
    if (story !== null && story !== 'deleted') return { id: match.id, storyId: story.storyId };
  }
  return null;
}
