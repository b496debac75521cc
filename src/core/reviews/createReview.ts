import type { ParsedInput } from '../../shared/contract.js';
import type { Review } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import { defaultReviewTitle, reviewKey } from '../../shared/calendarDay.js';
import type { Db } from '../store/database.js';
import { findReviewId, insertReview } from '../store/reviewRepository.js';
import { sectionsOf } from '../store/reviewStructureRepository.js';
import { readSettings } from '../store/settingsRepository.js';
import { requireReview } from './findReviews.js';

/**
 * Creates the review of a day and edition (one each), titled by default "Revue de presse du …"
 * in the UI language, with the sections of the review named in copySectionsFrom (names and order,
 * no items) or else the default sections of the settings. REVIEW_EXISTS when there is one already;
 * NOT_FOUND when the review to copy from does not exist.
 */
export function createReview(db: Db, input: ParsedInput<'reviews.create'>, now = new Date()): Review {
  return db.transaction(() => {
    if (findReviewId(db, input.date, input.edition) !== null) {
      throw new RevueError('REVIEW_EXISTS', { date: input.date, edition: input.edition || '—' });
    }
    let sections = readSettings(db).defaultSections;
    if (input.copySectionsFrom) {
      const { date, edition } = input.copySectionsFrom;
      const sourceId = findReviewId(db, date, edition);
      if (sourceId === null) throw notFound('review', reviewKey(date, edition));
      sections = sectionsOf(db, sourceId).map((section) => section.name);
    }
    const id = insertReview(db, {
      date: input.date,
      edition: input.edition,
      title: input.title ?? defaultReviewTitle(input.date, input.lang),
      sections,
      now: now.toISOString(),
    });
    return requireReview(db, id);
  })();
}
