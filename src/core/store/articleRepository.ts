import type { Article, ArticleSummary } from '../../shared/domain.js';
import type { Db } from './database.js';
import { readSummaries } from './articleSummaryRepository.js';
import { searchFormsOf, type SearchForms } from '../text/prepareArticleText.js';
import { indexSearchForms, withBulkIndexing } from './searchIndexRepository.js';
import { cachedStatement } from './statementCache.js';

/** An article to store: what the reader shows of it, and what matching and crediting need. */
export type NewArticle = Pick<Article, 'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'text' | 'html'> & {
  /** The registry's publication the article is credited to (siteName is its name). */
  publicationId: number | null;
  storyId: number | null;
  canonicalUrl: string | null;
  textHash: string;
  shingles: Buffer | null;
  now: string;
};

const INSERT_ARTICLE = `INSERT INTO articles (publication_id, story_id, url, canonical_url, title, byline, site_name, published_time,
    lang, dir, text, html, text_hash, shingles, imported_at, updated_at)
  VALUES (@publicationId, @storyId, @url, @canonicalUrl, @title, @byline, @siteName, @publishedTime,
    @lang, @dir, @text, @html, @textHash, @shingles, @now, @now)`;

/** Writes the row and its index entry; the caller holds the transaction. */
function insertOne(db: Db, a: NewArticle, search: SearchForms): number {
  // Named parameters: the statement reads the fields it names and ignores the others (search).
  const id = Number(cachedStatement(db, INSERT_ARTICLE).run(a).lastInsertRowid);
  indexSearchForms(db, id, search);
  return id;
}

/** Inserts one article and indexes it for search, both or neither; returns its id. */
export function insertArticle(db: Db, a: NewArticle): number {
  const insert = (): number => insertOne(db, a, searchFormsOf(a));
  // Inside the caller's transaction, no savepoint: FTS5 flushes its pending terms at every savepoint,
  // which made bulk imports write one index segment per article (three times slower).
  return db.inTransaction ? insert() : db.transaction(insert)();
}

/** An article for a bulk insert, with its search forms when they were computed elsewhere (a worker). */
export type BulkArticle = NewArticle & { search?: SearchForms };

/**
 * Inserts and indexes many articles, all or none, in one transaction (or the caller's) with the
 * same prepared statements; returns their ids in order. For restores and bulk imports: no dedupe,
 * no story detection.
 */
export function insertArticles(db: Db, articles: readonly BulkArticle[]): number[] {
  const insert = (): number[] =>
    withBulkIndexing(db, () => articles.map((a) => insertOne(db, a, a.search ?? searchFormsOf(a))));
  return db.inTransaction ? insert() : db.transaction(insert)();
}

/** How many articles the archive holds, deleted ones included (a resumed bulk build starts after them). */
export function countAllArticles(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

export function readArticleSummary(db: Db, id: number): ArticleSummary | null {
  return readSummaries(db, [id], false)[0]?.summary ?? null;
}

/** The whole article, or null when it does not exist or was deleted. */
/** The plain text of an article (deleted or not), or null when there is no such article. */
export function readArticleText(db: Db, id: number): string | null {
  const row = cachedStatement(db, 'SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined;
  return row?.text ?? null;
}

export function readArticle(db: Db, id: number): Article | null {
  const row = db
    .prepare('SELECT text, html, summary, comment FROM articles WHERE id = ? AND deleted_at IS NULL')
    .get(id) as { text: string; html: string; summary: string; comment: string } | undefined;
  const summary = row ? readArticleSummary(db, id) : null;
  if (!row || !summary) return null;
  return { ...summary, ...row };
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
