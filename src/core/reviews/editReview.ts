import type { ParsedInput } from '../../shared/contract.js';
import type { Review } from '../../shared/domain.js';
import { notFound } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { updateReviewFields } from '../store/reviewRepository.js';
import { requireReview } from './findReviews.js';

/** Saves a review's title, introduction and/or layout (text edits: not on the undo stack). NOT_FOUND for a missing review. */
export function updateReview(db: Db, input: ParsedInput<'reviews.update'>, now = new Date()): Review {
  const { id, ...patch } = input;
  if (!updateReviewFields(db, id, patch, now.toISOString())) throw notFound('review', id);
  return requireReview(db, id);
}
