import type { ParsedInput } from '../../shared/contract.js';
import type { Review, ReviewSummary } from '../../shared/domain.js';
import { notFound } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { findPreviousReviewId, findReviewId, listReviews, readReview } from '../store/reviewRepository.js';

/** The review with this id, read whole; NOT_FOUND when there is none. */
export function requireReview(db: Db, id: number): Review {
  const review = readReview(db, id);
  if (!review) throw notFound('review', id);
  return review;
}

/** The review of a day and edition, or null when none was made. */
export function getReview(db: Db, input: ParsedInput<'reviews.get'>): Review | null {
  const id = findReviewId(db, input.date, input.edition);
  return id === null ? null : readReview(db, id);
}

/** Every review, newest day first (the calendar's data). */
export function allReviews(db: Db): ReviewSummary[] {
  return listReviews(db);
}

/**
 * The review just before a day and edition (an earlier day, or an earlier edition of the same
 * day), whose structure "start from yesterday's" copies; null when there is none.
 */
export function previousReview(db: Db, input: ParsedInput<'reviews.previous'>): Review | null {
  const id = findPreviousReviewId(db, input.date, input.edition);
  return id === null ? null : readReview(db, id);
}
