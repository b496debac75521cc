import { textHash } from './textFingerprint.js';
import { normalizeForSearch } from './normalizeForSearch.js';

/** An article's title, byline and text as the full-text index holds them (normalised for search). */
export interface SearchForms {
  title: string;
  byline: string | null;
  text: string;
}

/** What storing an article computes from its text alone: the dedupe hash and the search forms. */
export interface PreparedText {
  textHash: string;
  search: SearchForms;
}

/** The search forms of an article's fields: what indexing writes. */
export function searchFormsOf(fields: { title: string; byline: string | null; text: string }): SearchForms {
  return {
    title: normalizeForSearch(fields.title),
    byline: fields.byline === null ? null : normalizeForSearch(fields.byline),
    text: normalizeForSearch(fields.text),
  };
}

/**
 * The text work of storing an article, with no database: pure, so a bulk import can run it in a
 * worker thread while the main thread writes the previous batch.
 */
export function prepareArticleText(fields: { title: string; byline: string | null; text: string }): PreparedText {
  return { textHash: textHash(fields.text), search: searchFormsOf(fields) };
}
