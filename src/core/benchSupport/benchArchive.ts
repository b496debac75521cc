import type { TextDirection, UiLanguage } from '../../shared/domain.js';
import { readExportDocument } from '../export/exportReview.js';
import type { ExportDocument } from '../export/exportModel.js';
import { countAllArticles, insertArticles, type BulkArticle } from '../store/articleRepository.js';
import { openDatabase } from '../store/database.js';
import { insertReview } from '../store/reviewRepository.js';
import { insertItem, sectionsOf } from '../store/reviewStructureRepository.js';
import { addTagToArticles } from '../store/tagRepository.js';
import { resolvePublication } from '../publications/resolvePublication.js';
import { prepareArticleText, type PreparedText } from '../text/prepareArticleText.js';

/** An article as a benchmark makes it up: what an import would have extracted, and when it came in. */
export interface BenchArticle {
  title: string;
  byline: string | null;
  siteName: string;
  publishedTime: string | null;
  lang: string;
  dir: TextDirection;
  text: string;
  html: string;
  url: string | null;
  importedAt: string;
  /** Its text work, done elsewhere (a worker thread); done here when absent. */
  prepared?: PreparedText;
}

/** An archive filled at benchmark scale through the store's own bulk path, then closed for openRevue. */
export interface BenchArchive {
  /** Stores and indexes the articles in one transaction (no dedupe, no story detection); their ids in order. */
  addArticles(articles: readonly BenchArticle[]): number[];
  /** How many articles it holds already (a stopped build resumes after them). */
  articleCount(): number;
  /** Tags these articles. */
  tag(articleIds: readonly number[], tag: string): void;
  /** A review of a day with one section "Une" holding these articles. */
  addReview(date: string, articleIds: readonly number[], now: string): void;
  /** The export's document model of a review, for timing the DOCX builder alone. */
  exportDocument(reviewId: number, lang: UiLanguage): ExportDocument;
  close(): void;
}

/** Opens (creating) the archive at `dbPath` for a benchmark to fill. */
export function openBenchArchive(dbPath: string): BenchArchive {
  const db = openDatabase(dbPath);
  const row = (a: BenchArticle): BulkArticle => {
    const prepared = a.prepared ?? prepareArticleText(a);
    return {
      publicationId: resolvePublication(db, { siteName: a.siteName, url: null }, a.importedAt)?.id ?? null,
      storyId: null,
      url: a.url,
      canonicalUrl: a.url,
      title: a.title,
      byline: a.byline,
      siteName: a.siteName,
      publishedTime: a.publishedTime,
      lang: a.lang,
      dir: a.dir,
      text: a.text,
      html: a.html,
      textHash: prepared.textHash,
      shingles: null,
      now: a.importedAt,
      search: prepared.search,
    };
  };
  return {
    addArticles: (articles) => db.transaction(() => insertArticles(db, articles.map(row)))(),
    articleCount: () => countAllArticles(db),
    tag: (ids, tag) => void addTagToArticles(db, ids, tag),
    addReview: (date, ids, now) => {
      const reviewId = insertReview(db, { date, edition: '', title: `Revue du ${date}`, sections: ['Une'], now });
      const sectionId = sectionsOf(db, reviewId)[0]?.id;
      if (sectionId === undefined) throw new Error(`review ${reviewId} has no section`);
      db.transaction(() => {
        for (const id of new Set(ids)) insertItem(db, reviewId, sectionId, id);
      })();
    },
    exportDocument: (reviewId, lang) => readExportDocument(db, reviewId, { lang }),
    close: () => db.close(),
  };
}
