import type { ParsedInput } from '../../shared/contract.js';
import type { Review, ReviewSummary } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { defaultReviewTitle } from '../../shared/reviewTitle.js';
import type { Db } from '../store/database.js';
import { findReviewId, insertReview, listReviews, readReview } from '../store/reviewRepository.js';
import { readSettings } from '../store/settingsRepository.js';

/** Creates the review of a day (one per date and edition), with the default sections. */
export function createReview(db: Db, input: ParsedInput<'reviews.create'>, now = new Date()): Review {
  if (findReviewId(db, input.date, input.edition) !== null) {
    throw new RevueError('REVIEW_EXISTS', { date: input.date, edition: input.edition || '—' });
  }
  const id = insertReview(db, {
    date: input.date,
    edition: input.edition,
    title: input.title ?? defaultReviewTitle(input.date, input.lang),
    sections: readSettings(db).defaultSections,
    now: now.toISOString(),
  });
  const review = readReview(db, id);
  if (!review) throw new RevueError('INTERNAL', { detail: 'review vanished after insert' });
  return review;
}

/** The review of a day and edition, or null when none was made. */
export function getReview(db: Db, input: ParsedInput<'reviews.get'>): Review | null {
  const id = findReviewId(db, input.date, input.edition);
  return id === null ? null : readReview(db, id);
}

export function allReviews(db: Db): ReviewSummary[] {
  return listReviews(db);
}
