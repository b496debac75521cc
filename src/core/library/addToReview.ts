import type { ParsedInput } from '../../shared/contract.js';
import type { Review } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { createReview } from '../services/reviewService.js';
import type { Db } from '../store/database.js';
import { isLiveArticle } from '../store/articleEditRepository.js';
import { appendReviewItems, appendSection, findReviewId, findSectionId, readReview } from '../store/reviewRepository.js';

/** The section made for a review whose settings gave it none; the word reads the same in both UI languages. */
const FALLBACK_SECTION = 'Articles';

/**
 * Adds articles to the review of a day and edition (created with its default title and sections
 * when there is none yet), at the end of the given section or else of the first one, all in one
 * transaction. Articles the review already has stay where they are and are reported in
 * alreadyThere. NOT_FOUND, and nothing written, when an article is missing or deleted or the
 * section is not one of that review's.
 */
export function addItemsToReview(
  db: Db,
  input: ParsedInput<'reviews.addItems'>,
  now = new Date(),
): { review: Review; added: number[]; alreadyThere: number[] } {
  return db.transaction(() => {
    for (const id of input.articleIds) {
      if (!isLiveArticle(db, id)) throw new RevueError('NOT_FOUND', { what: `article ${id}` });
    }
    const reviewId =
      findReviewId(db, input.date, input.edition) ??
      createReview(db, { date: input.date, edition: input.edition, lang: input.lang }, now).id;
    let sectionId = findSectionId(db, reviewId, input.sectionId);
    if (sectionId === null) {
      if (input.sectionId !== undefined) {
        throw new RevueError('NOT_FOUND', { what: `section ${input.sectionId} of the review of ${input.date}` });
      }
      sectionId = appendSection(db, reviewId, FALLBACK_SECTION);
    }
    const { added, alreadyThere } = appendReviewItems(db, reviewId, sectionId, input.articleIds, now.toISOString());
    const review = readReview(db, reviewId);
    if (!review) throw new RevueError('INTERNAL', { detail: 'review vanished after adding items' });
    return { review, added, alreadyThere };
  })();
}
