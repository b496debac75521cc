import type { UiLanguage } from '../../shared/domain.js';

/** The words of the exported review, in the review's language. */
export interface ExportLabels {
  pressReview: string;
  contents: string;
  introduction: string;
  comment: string;
  alsoIn: string;
  by: string;
  originalTitle: string;
  readOriginal: string;
  sourcesCited: string;
  publication: string;
  articles: string;
  dates: string;
  unknownSource: string;
  page: string;
  /** "42 articles · 11 publications". */
  counts(articles: number, publications: number): string;
  edition(edition: string): string;
}

const FR: ExportLabels = {
  pressReview: 'Revue de presse',
  contents: 'Sommaire',
  introduction: 'Éditorial',
  comment: 'Commentaire',
  alsoIn: 'Aussi dans',
  by: 'Par',
  originalTitle: 'Titre original',
  readOriginal: "Lire l'article",
  sourcesCited: 'Sources citées',
  publication: 'Publication',
  articles: 'Articles',
  dates: 'Dates',
  unknownSource: 'Source inconnue',
  page: 'Page',
  counts: (a, p) => `${a} article${a > 1 ? 's' : ''} · ${p} publication${p > 1 ? 's' : ''}`,
  edition: (e) => (/^(matin|midi|soir|week-end)$/i.test(e) ? `Édition du ${e.toLowerCase()}` : `Édition ${e}`),
};

const EN: ExportLabels = {
  pressReview: 'Press review',
  contents: 'Contents',
  introduction: 'Editorial',
  comment: 'Comment',
  alsoIn: 'Also in',
  by: 'By',
  originalTitle: 'Original title',
  readOriginal: 'Read the article',
  sourcesCited: 'Sources cited',
  publication: 'Publication',
  articles: 'Articles',
  dates: 'Dates',
  unknownSource: 'Unknown source',
  page: 'Page',
  counts: (a, p) => `${a} article${a === 1 ? '' : 's'} · ${p} publication${p === 1 ? '' : 's'}`,
  edition: (e) => `Edition: ${e}`,
};

/** The words that belong to an Arabic item itself (its credit line), whatever the review's language. */
export const ARABIC_ITEM_LABELS = { by: 'بقلم', originalTitle: 'العنوان الأصلي' } as const;

export function exportLabels(lang: UiLanguage): ExportLabels {
  return lang === 'fr' ? FR : EN;
}
