import type { UiLanguage } from '../../shared/domain.js';
import type { DocumentMessages } from '../../shared/i18n/fr/documents.js';
import { fill, messagesIn, plural } from '../../shared/i18n/messages.js';

/** The words of the exported review, in the review's language: the catalogue's, with its counted phrases as functions. */
export type ExportLabels = Omit<DocumentMessages, 'articleCount' | 'publicationCount' | 'counts' | 'editionOfTime' | 'edition'> & {
  /** "42 articles · 11 publications". */
  counts(articles: number, publications: number): string;
  edition(edition: string): string;
};

/** The words that belong to an Arabic item itself (its credit line), whatever the review's language. */
export const ARABIC_ITEM_LABELS = { by: 'بقلم', originalTitle: 'العنوان الأصلي' } as const;

/** Editions named for a time of day read "Édition du matin" in French; any other name, "Édition Maghreb". */
const TIME_OF_DAY = /^(matin|midi|soir|week-end)$/i;

/** The export's words in a language, from the catalogue. */
export function exportLabels(lang: UiLanguage): ExportLabels {
  const { articleCount, publicationCount, counts, editionOfTime, edition, ...words } = messagesIn(lang).documents;
  return {
    ...words,
    counts: (articles, publications) =>
      fill(counts, { articles: plural(lang, articleCount, articles), publications: plural(lang, publicationCount, publications) }),
    edition: (name) => (TIME_OF_DAY.test(name) ? fill(editionOfTime, { edition: name.toLowerCase() }) : fill(edition, { edition: name })),
  };
}
