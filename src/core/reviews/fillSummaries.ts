import type { Review } from '../../shared/domain.js';
import type { Db } from '../store/database.js';
import { readArticleText } from '../store/articleRepository.js';
import { touchReview } from '../store/reviewRepository.js';
import { updateItemFields } from '../store/reviewStructureRepository.js';
import { requireReview } from './findReviews.js';
import { openingParagraph } from './openingParagraph.js';

/**
 * Gives every item of a review that has no chapeau the opening paragraph of its article, as the
 * item's own chapeau (the article's stays as it is), in one transaction. Items whose article has
 * no text keep none. NOT_FOUND for a missing review.
 */
export function fillMissingSummaries(db: Db, reviewId: number, now = new Date()): Review {
  return db.transaction(() => {
    const review = requireReview(db, reviewId);
    let filled = 0;
    for (const item of review.items) {
      if (item.summary.trim() !== '') continue;
      const opening = openingParagraph(readArticleText(db, item.articleId) ?? '');
      if (!opening) continue;
      updateItemFields(db, item.id, { summary: opening });
      filled++;
    }
    if (filled > 0) touchReview(db, reviewId, now.toISOString());
    return requireReview(db, reviewId);
  })();
}
