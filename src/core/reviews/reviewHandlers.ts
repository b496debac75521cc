import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { addItems } from './addItems.js';
import { candidatesFor } from './candidates.js';
import { createReview } from './createReview.js';
import { fillMissingSummaries } from './fillSummaries.js';
import { updateReview } from './editReview.js';
import { allReviews, getReview, previousReview } from './findReviews.js';
import { redoReview, undoReview } from './history.js';
import { moveItem, removeItem, updateItem } from './items.js';
import { addSection, moveSection, removeSection, renameSection } from './sections.js';

type ReviewMethods =
  | 'reviews.create'
  | 'reviews.get'
  | 'reviews.list'
  | 'reviews.update'
  | 'reviews.previous'
  | 'reviews.candidates'
  | 'reviews.undo'
  | 'reviews.redo'
  | 'reviews.addItems'
  | 'sections.add'
  | 'sections.rename'
  | 'sections.move'
  | 'sections.remove'
  | 'items.move'
  | 'items.remove'
  | 'items.update'
  | 'items.fillSummaries';

/** Compose the day's review: create and reopen reviews, edit sections and items, candidates, undo and redo. */
export function createReviewHandlers(db: Db): Pick<ApiHandlers, ReviewMethods> {
  return {
    'reviews.create': (input) => createReview(db, input),
    'reviews.get': (input) => getReview(db, input),
    'reviews.list': () => allReviews(db),
    'reviews.update': (input) => updateReview(db, input),
    'reviews.previous': (input) => previousReview(db, input),
    'reviews.candidates': ({ reviewId, limit }) => candidatesFor(db, reviewId, limit),
    'reviews.undo': ({ reviewId }) => undoReview(db, reviewId),
    'reviews.redo': ({ reviewId }) => redoReview(db, reviewId),
    'reviews.addItems': (input) => addItems(db, input),
    'sections.add': (input) => addSection(db, input),
    'sections.rename': (input) => renameSection(db, input),
    'sections.move': (input) => moveSection(db, input),
    'sections.remove': (input) => removeSection(db, input),
    'items.move': (input) => moveItem(db, input),
    'items.remove': (input) => removeItem(db, input),
    'items.update': (input) => updateItem(db, input),
    'items.fillSummaries': ({ reviewId }) => fillMissingSummaries(db, reviewId),
  };
}
