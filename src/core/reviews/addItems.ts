import type { ParsedInput } from '../../shared/contract.js';
import type { Review } from '../../shared/domain.js';
import { notFound } from '../../shared/errors.js';
import { isLiveArticle } from '../store/articleEditRepository.js';
import type { Db } from '../store/database.js';
import { findReviewId } from '../store/reviewRepository.js';
import {
  findItemByArticle,
  insertItem,
  insertSection,
  itemIdsOf,
  readSection,
  sectionsOf,
  setItemOrder,
} from '../store/reviewStructureRepository.js';
import { createReview } from './createReview.js';
import { requireReview } from './findReviews.js';
import { structuralChange } from './history.js';

/** The section made for a review whose settings gave it none; the word reads the same in both UI languages. */
const FALLBACK_SECTION = 'Articles';

/** Section names match whatever their case or accents: "economie" finds « Économie ». */
function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'fr', { sensitivity: 'base' }) === 0;
}

export interface AddedItems {
  review: Review;
  added: number[];
  alreadyThere: number[];
}

/**
 * Adds articles to the review of a day and edition (created with its default title and sections
 * when there is none yet), in the given section (by id, or by name: made at the end when the review
 * has none of that name) or else the first one, at `position` or else at
 * the end, all in one transaction and one undo step. An article appears at most once per review:
 * those the review already has stay where they are and are reported in alreadyThere. NOT_FOUND,
 * and nothing written, when an article is missing or deleted or the section is not one of that
 * review's.
 */
export function addItems(db: Db, input: ParsedInput<'reviews.addItems'>, now = new Date()): AddedItems {
  return db.transaction(() => {
    for (const id of input.articleIds) {
      if (!isLiveArticle(db, id)) throw notFound('article', id);
    }
    const reviewId =
      findReviewId(db, input.date, input.edition) ??
      createReview(db, { date: input.date, edition: input.edition, lang: input.lang }, now).id;
    if (input.sectionId !== undefined && readSection(db, input.sectionId)?.reviewId !== reviewId) {
      throw notFound('section', input.sectionId);
    }
    const added: number[] = [];
    const alreadyThere: number[] = [];
    structuralChange(
      db,
      reviewId,
      () => {
        const sections = sectionsOf(db, reviewId);
        const named =
          input.sectionName === undefined
            ? undefined
            : (sections.find((s) => sameName(s.name, input.sectionName ?? ''))?.id ??
              insertSection(db, reviewId, input.sectionName, sections.length));
        const sectionId = input.sectionId ?? named ?? sections[0]?.id ?? insertSection(db, reviewId, FALLBACK_SECTION, 0);
        const newIds: number[] = [];
        for (const articleId of input.articleIds) {
          if (findItemByArticle(db, reviewId, articleId)) {
            alreadyThere.push(articleId);
          } else {
            newIds.push(insertItem(db, reviewId, sectionId, articleId));
            added.push(articleId);
          }
        }
        if (newIds.length === 0) return;
        const existing = itemIdsOf(db, sectionId).filter((id) => !newIds.includes(id));
        const at = Math.min(input.position ?? existing.length, existing.length);
        setItemOrder(db, sectionId, [...existing.slice(0, at), ...newIds, ...existing.slice(at)]);
      },
      now,
    );
    return { review: requireReview(db, reviewId), added, alreadyThere };
  })();
}
