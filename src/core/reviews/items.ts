import type { ParsedInput } from '../../shared/contract.js';
import type { Review } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import {
  deleteItemRow,
  highlightIdsOfArticle,
  itemIdsOf,
  readItem,
  readSection,
  setItemOrder,
  updateItemFields,
  type ItemRow,
} from '../store/reviewStructureRepository.js';
import { touchReview } from '../store/reviewRepository.js';
import { requireReview } from './findReviews.js';
import { structuralChange } from './history.js';
import { placeAt } from './reorder.js';

function requireItem(db: Db, id: number): ItemRow {
  const item = readItem(db, id);
  if (!item) throw notFound('item', id);
  return item;
}

/**
 * Moves an item to a position (clamped to the end) of a section of the same review, the items of
 * both sections closing up. NOT_FOUND for a missing item or section, INVALID_INPUT for a section
 * of another review.
 */
export function moveItem(db: Db, input: ParsedInput<'items.move'>): Review {
  const item = requireItem(db, input.id);
  const target = readSection(db, input.sectionId);
  if (!target) throw notFound('section', input.sectionId);
  if (target.reviewId !== item.reviewId) {
    throw new RevueError('INVALID_INPUT', { detail: `section ${target.id} is not in review ${item.reviewId}` });
  }
  structuralChange(db, item.reviewId, () => {
    const others = (sectionId: number) => itemIdsOf(db, sectionId).filter((id) => id !== item.id);
    if (item.sectionId !== target.id) setItemOrder(db, item.sectionId, others(item.sectionId));
    setItemOrder(db, target.id, placeAt(others(target.id), item.id, input.position));
  });
  return requireReview(db, item.reviewId);
}

/** Removes an item from its review (the article stays in the library), the section closing up. */
export function removeItem(db: Db, input: ParsedInput<'items.remove'>): Review {
  const item = requireItem(db, input.id);
  structuralChange(db, item.reviewId, () => {
    deleteItemRow(db, item.id);
    setItemOrder(db, item.sectionId, itemIdsOf(db, item.sectionId));
  });
  return requireReview(db, item.reviewId);
}

/**
 * Saves an item's headline, summary, comment and/or chosen quotes (not structural: no undo
 * step). Quotes must be highlights of the item's article, else INVALID_INPUT; repeats are dropped.
 */
export function updateItem(db: Db, input: ParsedInput<'items.update'>, now = new Date()): Review {
  const { id, quoteIds, ...texts } = input;
  return db.transaction(() => {
    const item = requireItem(db, id);
    let quotes: number[] | undefined;
    if (quoteIds) {
      quotes = [...new Set(quoteIds)];
      const own = highlightIdsOfArticle(db, item.articleId, quotes);
      const foreign = quotes.filter((quoteId) => !own.has(quoteId));
      if (foreign.length > 0) {
        throw new RevueError('INVALID_INPUT', {
          detail: `quoteIds: ${foreign.join(', ')} are not highlights of article ${item.articleId}`,
        });
      }
    }
    updateItemFields(db, id, { ...texts, quoteIds: quotes });
    touchReview(db, item.reviewId, now.toISOString());
    return requireReview(db, item.reviewId);
  })();
}
