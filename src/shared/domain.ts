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
  /** The chapeau printed: the article's own while summaryFromArticle, else the one written in the item. */
  summary: string;
  /** The item follows its article's chapeau (until the editor edits it in the item). */
  summaryFromArticle: boolean;
  comment: string;
  /** Highlights of the article chosen as quotes, in order. */
  quoteIds: number[];
}

/** What an item shows of its article: the credit line, the link, the direction, the story. */
export interface ReviewItemArticle {
  id: number;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  url: string | null;
  alsoIn: string[];
  deleted: boolean;
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
  /** The articles of the items, by article id. */
  articles: Record<number, ReviewItemArticle>;
  /** The chosen quotes, by highlight id. */
  quotes: Record<number, { id: number; exact: string; note: string }>;
  canUndo: boolean;
  canRedo: boolean;
}

/** One story among the day's candidates: the same text from one or several outlets. */
export interface CandidateStory {
  /** The article shown for the story (the earliest imported). */
  lead: ArticleSummary;
  /** Every article of the story not yet in this review, lead included. */
  articleIds: number[];
  outlets: string[];
  /** The latest earlier review that already used this story, if any. */
  earlierReview: { date: IsoDate; edition: string } | null;
}

/** An article and the reviews that print it: what deleting it would touch. */
export interface ArticleInReviews {
  articleId: number;
  title: string;
  reviews: { date: IsoDate; edition: string; title: string }[];
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
  /** Exact when `totalExact`; otherwise a lower bound ("more than 10,000"), counted exactly on request. */
  total: number;
  totalExact: boolean;
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

/** A small image for the export's cover, as the user chose it. */
export interface Logo {
  dataBase64: string;
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

export interface Settings {
  uiLanguage: UiLanguage;
  organisation: string;
  /** Printed on the export's cover when set: "Diffusion interne — reproduction interdite". */
  distributionNotice: string;
  /** Printed at the foot of the cover when set: "© Agence Maghreb Presse 2025". */
  copyright: string;
  defaultSections: string[];
  logo: Logo | null;
  /** Chromium used for PDF exports outside Electron; empty for REVUE_CHROMIUM or /usr/bin/chromium. */
  chromiumPath: string;
  /** Where the last export was saved (the app's save dialog opens there). */
  lastExportFolder: string;
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
