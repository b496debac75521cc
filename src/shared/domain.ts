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
}

export interface Article extends ArticleSummary {
  text: string;
  html: string;
  summary: string;
  comment: string;
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
