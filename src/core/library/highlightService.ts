import { quoteAnchorer } from '../../shared/anchoring/textQuote.js';
import type { ParsedInput } from '../../shared/contract.js';
import type { Highlight } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { readArticle } from '../store/articleRepository.js';
import { isLiveArticle } from '../store/articleEditRepository.js';
import {
  deleteHighlight,
  insertHighlight,
  listHighlights,
  readHighlight,
  updateHighlight,
} from '../store/highlightRepository.js';
import { articleNotFound } from './notFound.js';

function highlightNotFound(id: number): RevueError {
  return notFound('highlight', id);
}

/**
 * The highlights of an article in reading order (where each quote sits in the article's text);
 * those that no longer anchor come last, oldest first. NOT_FOUND when the article is missing or deleted.
 */
export function highlightsOf(db: Db, articleId: number): Highlight[] {
  const article = readArticle(db, articleId);
  if (!article) throw articleNotFound(articleId);
  const anchor = quoteAnchorer(article.text);
  const placed = listHighlights(db, articleId).map((highlight, order) => ({
    highlight,
    order,
    start: anchor(highlight)?.start ?? Number.POSITIVE_INFINITY,
  }));
  // Array.prototype.sort is stable: equal starts (and all unanchored ones) keep their creation order.
  placed.sort((a, b) => (a.start === b.start ? a.order - b.order : a.start - b.start));
  return placed.map((p) => p.highlight);
}

/**
 * Stores a highlight of an article. It is kept even when its quote cannot be found in the stored
 * text (the reader's rendering may differ from it): the user's note is never thrown away.
 */
export function createHighlight(db: Db, input: ParsedInput<'highlights.create'>, now = new Date()): Highlight {
  return db.transaction(() => {
    if (!isLiveArticle(db, input.articleId)) throw articleNotFound(input.articleId);
    const id = insertHighlight(db, { ...input, now: now.toISOString() });
    const highlight = readHighlight(db, id);
    if (!highlight) throw new RevueError('INTERNAL', { detail: 'highlight vanished after insert' });
    return highlight;
  })();
}

/** Changes a highlight's colour and/or note and returns it. NOT_FOUND when there is no such highlight. */
export function editHighlight(db: Db, input: ParsedInput<'highlights.update'>): Highlight {
  return db.transaction(() => {
    if (!updateHighlight(db, input.id, input)) throw highlightNotFound(input.id);
    const highlight = readHighlight(db, input.id);
    if (!highlight) throw highlightNotFound(input.id);
    return highlight;
  })();
}

/**
 * Deletes a highlight. Deleting one that is already gone answers { deleted: false } rather than
 * an error, so a double click or a second window does not show the user a failure.
 */
export function removeHighlight(db: Db, id: number): { deleted: boolean } {
  return { deleted: db.transaction(() => deleteHighlight(db, id))() };
}
