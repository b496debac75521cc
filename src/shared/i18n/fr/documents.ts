/** The words of the exported review (DOCX, PDF, web page, e-mail), in the review's language. */
export const documentsFr = {
  pressReview: 'Revue de presse',
  contents: 'Sommaire',
  introduction: 'Éditorial',
  comment: 'Commentaire',
  alsoIn: 'Aussi dans',
  by: 'Par',
  originalTitle: 'Titre original',
  readOriginal: 'Lire l’article',
  sourcesCited: 'Sources citées',
  publication: 'Publication',
  articles: 'Articles',
  dates: 'Dates',
  unknownSource: 'Source inconnue',
  page: 'Page',
  articleCount: { one: '{{count}} article', other: '{{count}} articles' },
  publicationCount: { one: '{{count}} publication', other: '{{count}} publications' },
  /** "42 articles · 11 publications". */
  counts: '{{articles}} · {{publications}}',
  /** An edition named for a time of day (matin, midi, soir, week-end): "Édition du matin". */
  editionOfTime: 'Édition du {{edition}}',
  edition: 'Édition {{edition}}',
};

export type DocumentMessages = typeof documentsFr;
