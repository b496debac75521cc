import type { ParsedInput } from '../../shared/contract.js';
import type { Review } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { readReviewKey } from '../store/reviewRepository.js';
import {
  deleteItemsOfSection,
  deleteSectionRow,
  insertSection,
  itemIdsOf,
  readSection,
  renameSectionRow,
  sectionsOf,
  setItemOrder,
  setSectionOrder,
  type SectionRow,
} from '../store/reviewStructureRepository.js';
import { requireReview } from './findReviews.js';
import { structuralChange } from './history.js';
import { placeAt } from './reorder.js';

function requireSection(db: Db, id: number): SectionRow {
  const section = readSection(db, id);
  if (!section) throw notFound('section', id);
  return section;
}

function otherSectionIds(db: Db, section: SectionRow): number[] {
  return sectionsOf(db, section.reviewId)
    .map((s) => s.id)
    .filter((id) => id !== section.id);
}

/** Adds a section at a position of the review (at the end when absent), the others shifting down. */
export function addSection(db: Db, input: ParsedInput<'sections.add'>): Review {
  if (!readReviewKey(db, input.reviewId)) throw notFound('review', input.reviewId);
  structuralChange(db, input.reviewId, () => {
    const ids = sectionsOf(db, input.reviewId).map((s) => s.id);
    const id = insertSection(db, input.reviewId, input.name, ids.length);
    setSectionOrder(db, placeAt(ids, id, input.position ?? ids.length));
  });
  return requireReview(db, input.reviewId);
}

/** Renames a section. */
export function renameSection(db: Db, input: ParsedInput<'sections.rename'>): Review {
  const section = requireSection(db, input.id);
  structuralChange(db, section.reviewId, () => renameSectionRow(db, section.id, input.name));
  return requireReview(db, section.reviewId);
}

/** Moves a section to a position (clamped to the last), the others closing up around it. */
export function moveSection(db: Db, input: ParsedInput<'sections.move'>): Review {
  const section = requireSection(db, input.id);
  structuralChange(db, section.reviewId, () => {
    setSectionOrder(db, placeAt(otherSectionIds(db, section), section.id, input.position));
  });
  return requireReview(db, section.reviewId);
}

/**
 * Removes a section. Its items go to the end of the section moveItemsTo, in their order
 * (INVALID_INPUT unless that is another section of the same review), or are removed with it
 * when moveItemsTo is null: never lost without the user saying so.
 */
export function removeSection(db: Db, input: ParsedInput<'sections.remove'>): Review {
  const section = requireSection(db, input.id);
  const targetId = input.moveItemsTo;
  if (targetId !== null) {
    const target = readSection(db, targetId);
    if (!target || target.reviewId !== section.reviewId || target.id === section.id) {
      throw new RevueError('INVALID_INPUT', {
        detail: `moveItemsTo: section ${targetId} is not another section of review ${section.reviewId}`,
      });
    }
  }
  structuralChange(db, section.reviewId, () => {
    if (targetId === null) deleteItemsOfSection(db, section.id);
    else setItemOrder(db, targetId, [...itemIdsOf(db, targetId), ...itemIdsOf(db, section.id)]);
    deleteSectionRow(db, section.id);
    setSectionOrder(db, otherSectionIds(db, section));
  });
  return requireReview(db, section.reviewId);
}
