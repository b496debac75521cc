import type { DocumentMessages } from '../fr/documents.js';

export const documentsEn: DocumentMessages = {
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
  articleCount: { one: '{{count}} article', other: '{{count}} articles' },
  publicationCount: { one: '{{count}} publication', other: '{{count}} publications' },
  counts: '{{articles}} · {{publications}}',
  editionOfTime: 'Edition: {{edition}}',
  edition: 'Edition: {{edition}}',
};
