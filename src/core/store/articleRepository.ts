import type { TextDirection } from '../../shared/article.js';
import type { Article, ArticleSummary } from '../../shared/domain.js';
import type { Db } from './database.js';
import { indexNewArticle } from './searchIndexRepository.js';

interface ArticleRow {
  id: number;
  title: string;
  site_name: string | null;
  byline: string | null;
  published_time: string | null;
  lang: string | null;
  dir: TextDirection | null;
  url: string | null;
  imported_at: string;
  story_id: number | null;
}

export interface NewArticle {
  sourceId: number | null;
  storyId: number | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: TextDirection | null;
  text: string;
  html: string;
  textHash: string;
  shingles: Buffer | null;
  now: string;
}

const SUMMARY_COLUMNS = 'id, title, site_name, byline, published_time, lang, dir, url, imported_at, story_id';

/** Inserts one article and indexes it for search, both or neither; returns its id. */
export function insertArticle(db: Db, a: NewArticle): number {
  const insert = (): number => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO articles (source_id, story_id, url, canonical_url, title, byline, site_name, published_time,
           lang, dir, text, html, text_hash, shingles, imported_at, updated_at)
         VALUES (@sourceId, @storyId, @url, @canonicalUrl, @title, @byline, @siteName, @publishedTime,
           @lang, @dir, @text, @html, @textHash, @shingles, @now, @now)`,
      )
      .run(a);
    const id = Number(lastInsertRowid);
    indexNewArticle(db, id, a);
    return id;
  };
  // Inside the caller's transaction, no savepoint: FTS5 flushes its pending terms at every savepoint,
  // which made bulk imports write one index segment per article (three times slower).
  return db.inTransaction ? insert() : db.transaction(insert)();
}

/** Outlets other than the article's own that carry the same story. */
function alsoIn(db: Db, row: ArticleRow): string[] {
  if (row.story_id === null) return [];
  const rows = db
    .prepare(
      `SELECT DISTINCT COALESCE(site_name, url) AS name FROM articles
       WHERE story_id = ? AND id <> ? AND deleted_at IS NULL AND COALESCE(site_name, url) IS NOT NULL
       ORDER BY imported_at`,
    )
    .all(row.story_id, row.id) as { name: string }[];
  return rows.map((r) => r.name).filter((name) => name !== row.site_name);
}

function tagsOf(db: Db, articleId: number): string[] {
  const rows = db
    .prepare('SELECT t.name FROM article_tags a JOIN tags t ON t.id = a.tag_id WHERE a.article_id = ? ORDER BY t.name')
    .all(articleId) as { name: string }[];
  return rows.map((r) => r.name);
}

function reviewDatesOf(db: Db, articleId: number): string[] {
  const rows = db
    .prepare(
      'SELECT DISTINCT r.date FROM review_items i JOIN reviews r ON r.id = i.review_id WHERE i.article_id = ? ORDER BY r.date',
    )
    .all(articleId) as { date: string }[];
  return rows.map((r) => r.date);
}

function toSummary(db: Db, row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    siteName: row.site_name,
    byline: row.byline,
    publishedTime: row.published_time,
    lang: row.lang,
    dir: row.dir,
    url: row.url,
    importedAt: row.imported_at,
    alsoIn: alsoIn(db, row),
    tags: tagsOf(db, row.id),
    inReviews: reviewDatesOf(db, row.id),
  };
}

/** Articles newest first (by publication date, then import time), without the deleted ones. */
export function listArticles(db: Db, limit: number, offset: number): { total: number; articles: ArticleSummary[] } {
  const { total } = db.prepare('SELECT COUNT(*) AS total FROM articles WHERE deleted_at IS NULL').get() as {
    total: number;
  };
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE deleted_at IS NULL
       ORDER BY COALESCE(published_time, imported_at) DESC, id DESC LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as ArticleRow[];
  return { total, articles: rows.map((row) => toSummary(db, row)) };
}

export function readArticleSummary(db: Db, id: number): ArticleSummary | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined;
  return row ? toSummary(db, row) : null;
}

/** The whole article, or null when it does not exist or was deleted. */
export function readArticle(db: Db, id: number): Article | null {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, text, html, summary, comment FROM articles WHERE id = ? AND deleted_at IS NULL`)
    .get(id) as (ArticleRow & { text: string; html: string; summary: string; comment: string }) | undefined;
  if (!row) return null;
  return { ...toSummary(db, row), text: row.text, html: row.html, summary: row.summary, comment: row.comment };
}

export function findArticleIdByCanonicalUrl(db: Db, canonicalUrl: string): number | null {
  const row = db.prepare('SELECT id FROM articles WHERE canonical_url = ?').get(canonicalUrl) as { id: number } | undefined;
  return row?.id ?? null;
}

export function findArticleIdByTextHash(db: Db, textHash: string): number | null {
  const row = db.prepare('SELECT id FROM articles WHERE text_hash = ? LIMIT 1').get(textHash) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}
