import { textHash } from './textFingerprint.js';
import { normalizeForSearch } from './normalizeForSearch.js';
import { stemLanguageOf, stemsOfText } from './wordStems.js';

/**
 * An article's title, byline and text as the full-text index holds them: their exact words in
 * search form (normalised), and the stems of the title's and the text's words where a stem
 * differs from the word (wordStems.ts), so that other forms of a word find them.
 */
export interface SearchForms {
  title: string;
  byline: string | null;
  text: string;
  titleStems: string;
  textStems: string;
}

/** The fields of an article that its search forms are made of. */
export interface IndexedFields {
  title: string;
  byline: string | null;
  text: string;
  /** Chooses the stemmer of Latin-script words (French when unknown). */
  lang: string | null;
}

/** What storing an article computes from its text alone: the dedupe hash and the search forms. */
export interface PreparedText {
  textHash: string;
  search: SearchForms;
}

/** The search forms of an article's fields: what indexing writes. */
export function searchFormsOf(fields: IndexedFields): SearchForms {
  const language = stemLanguageOf(fields.lang);
  return {
    title: normalizeForSearch(fields.title),
    byline: fields.byline === null ? null : normalizeForSearch(fields.byline),
    text: normalizeForSearch(fields.text),
    titleStems: stemsOfText(fields.title, language),
    textStems: stemsOfText(fields.text, language),
  };
}

/**
 * The text work of storing an article, with no database: pure, so a bulk import can run it in a
 * worker thread while the main thread writes the previous batch.
 */
export function prepareArticleText(fields: IndexedFields): PreparedText {
  return { textHash: textHash(fields.text), search: searchFormsOf(fields) };
}
