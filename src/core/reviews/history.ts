import type { Review } from '../../shared/domain.js';
import { notFound } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import {
  clearRedo,
  popHistory,
  pushHistory,
  readStructure,
  replaceStructure,
  type HistoryKind,
} from '../store/reviewHistoryRepository.js';
import { readReviewKey, touchReview } from '../store/reviewRepository.js';
import { requireReview } from './findReviews.js';

/** How many structural changes of one review can be undone. */
export const UNDO_LIMIT = 100;

/**
 * Runs a structural change of a review (sections or items added, moved, removed, renamed) in one
 * transaction and, when it changed anything, records the structure from before on the undo
 * stack and empties the redo stack. A change that throws writes nothing.
 */
export function structuralChange<T>(db: Db, reviewId: number, change: () => T, now = new Date()): T {
  return db.transaction(() => {
    const before = readStructure(db, reviewId);
    const result = change();
    if (JSON.stringify(readStructure(db, reviewId)) !== JSON.stringify(before)) {
      const nowIso = now.toISOString();
      pushHistory(db, reviewId, 'undo', before, nowIso, UNDO_LIMIT);
      clearRedo(db, reviewId);
      touchReview(db, reviewId, nowIso);
    }
    return result;
  })();
}

function travel(db: Db, reviewId: number, from: HistoryKind, to: HistoryKind, now: Date): Review {
  return db.transaction(() => {
    if (!readReviewKey(db, reviewId)) throw notFound('review', reviewId);
    const current = readStructure(db, reviewId);
    const target = popHistory(db, reviewId, from);
    if (target) {
      const nowIso = now.toISOString();
      pushHistory(db, reviewId, to, current, nowIso, UNDO_LIMIT);
      replaceStructure(db, reviewId, target);
      touchReview(db, reviewId, nowIso);
    }
    return requireReview(db, reviewId);
  })();
}

/** Puts the review's structure back as it was before its last change; unchanged when there is nothing to undo. */
export function undoReview(db: Db, reviewId: number, now = new Date()): Review {
  return travel(db, reviewId, 'undo', 'redo', now);
}

/** Re-applies the last undone change; unchanged when there is nothing to redo. */
export function redoReview(db: Db, reviewId: number, now = new Date()): Review {
  return travel(db, reviewId, 'redo', 'undo', now);
}
