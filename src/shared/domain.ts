import type { TextDirection } from './article.js';

/** A calendar day, YYYY-MM-DD. */
export type IsoDate = string;

export type UiLanguage = 'fr' | 'en';

export type ReviewLayout = 'sections' | 'newspapers';

export interface ReviewSection {
  id: number;
  name: string;
  position: number;
}

export interface ReviewItem {
  id: number;
  sectionId: number;
  articleId: number;
  position: number;
  headline: string;
  summary: string;
  comment: string;
}

export interface Review {
  id: number;
  date: IsoDate;
  /** Empty for the day's main edition; "matin", "soir"… for the others. */
  edition: string;
  title: string;
  intro: string;
  layout: ReviewLayout;
  createdAt: string;
  updatedAt: string;
  sections: ReviewSection[];
  items: ReviewItem[];
}

export interface ReviewSummary {
  id: number;
  date: IsoDate;
  edition: string;
  title: string;
  itemCount: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: TextDirection | null;
  url: string | null;
  importedAt: string;
  /** Other outlets carrying the same story (near-identical text). */
  alsoIn: string[];
  tags: string[];
  /** Dates (YYYY-MM-DD) of the reviews that already use this article. */
  inReviews: IsoDate[];
}

export interface Article extends ArticleSummary {
  text: string;
  html: string;
  summary: string;
  comment: string;
}

/** A search hit: the article and a snippet of its text with the matches wrapped in «mark» tags. */
export interface SearchHit extends ArticleSummary {
  /** HTML-escaped text with <mark>…</mark> around matched words; null without a query. */
  snippet: string | null;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface Facet {
  value: string;
  count: number;
}

export interface Facets {
  sources: Facet[];
  langs: Facet[];
  tags: Facet[];
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';

/** A highlighted passage, anchored like a W3C TextQuoteSelector: the quote and its context. */
export interface Highlight {
  id: number;
  articleId: number;
  exact: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  note: string;
  createdAt: string;
}

export interface Settings {
  uiLanguage: UiLanguage;
  organisation: string;
  defaultSections: string[];
}

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: number;
  transport: 'electron' | 'http';
}

export type ImportOutcome =
  | { input: string; status: 'imported'; article: ArticleSummary }
  | { input: string; status: 'duplicate'; article: ArticleSummary }
  | { input: string; status: 'failed'; code: string; message: string };
