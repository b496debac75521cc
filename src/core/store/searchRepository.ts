import type { Facet, Facets, SearchSort } from '../../shared/domain.js';
import type { Db } from './database.js';
import { ID_BITS, ID_OF_KEY, keyOfTime } from './searchIndexRepository.js';
import { cachedStatement } from './statementCache.js';

export interface ArticleFilters {
  /** First day included, YYYY-MM-DD, on the publication date (the import date when unknown). */
  from?: string | undefined;
  /** Last day included, YYYY-MM-DD. */
  to?: string | undefined;
  source?: string | undefined;
  lang?: string | undefined;
  tag?: string | undefined;
  /** Only articles no review uses yet. */
  unused?: boolean | undefined;
}

export interface ArticleQuery extends ArticleFilters {
  /** An FTS5 MATCH expression over the normalised index, or null to browse everything. */
  match: string | null;
  /**
   * The articles of `match` that match in their text (parseQuery's textMatch): the page's
   * `inText`. Without it every hit of the page counts as one.
   */
  textMatch?: string | null | undefined;
  /**
   * The query costs most to set up (parseQuery's longPrefix): a page by date and its count then
   * come from one walk of the matches rather than two. (A query with filters other than dates
   * always walks once: its page by date walks as far as its count, past the matches they leave out.)
   */
  walkOnce?: boolean | undefined;
  sort: SearchSort;
  limit: number;
  offset: number;
  /** Count every match, however many: costs as much as finding them all. */
  exactCount?: boolean | undefined;
  /** Where counting stops without exactCount (COUNT_CAP, BROWSE_COUNT_CAP without a query; smaller in tests). */
  countCap?: number | undefined;
}

export interface ArticlePage {
  ids: number[];
  total: number;
  /** False when counting stopped at its cap: `total` is then the cap + 1, "more than the cap". */
  totalExact: boolean;
  /**
   * The ids of the page whose text holds a match of the query (not only their title or byline):
   * the others have no passage to show, and their text need not be read through.
   */
  inText: ReadonlySet<number>;
}

/** Counting stops here: past it the number only says "a lot", and counting costs as much as finding. */
export const COUNT_CAP = 10_000;

/**
 * Browsing counts further, as cheaply: without a MATCH the count walks the narrow partial index
 * of live articles, 100,000 entries in about 5 ms. Counting every article of an archive of years
 * would grow with it (1,000,000 articles: 50 to 100 ms at each page of the list); past this cap
 * the count says "more than 100,000" until it is asked for exactly.
 */
export const BROWSE_COUNT_CAP = 100_000;

/**
 * Relevance: bm25 over the index's columns (title, byline, text, title_stems, text_stems). A word
 * in the title weighs ten times one in the text; the exact form of a query word adds its own
 * weight to that of its stem, so an article with the word as typed comes before one with only
 * another form of it, other things equal. Recency breaks ties.
 */
const RANK = 'bm25(articles_fts, 10.0, 2.0, 1.0, 5.0, 0.5)';

/** How many rows `from` yields: exactly when asked, else up to `cap` + 1. */
function countRows(db: Db, from: string, params: Record<string, string>, exact: boolean, cap: number): { total: number; totalExact: boolean } {
  if (exact) return { total: cachedStatement(db, `SELECT count(*) ${from}`).pluck().get(params) as number, totalExact: true };
  const total = cachedStatement(db, `SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${cap + 1})`).pluck().get(params) as number;
  return { total, totalExact: total <= cap };
}

export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The WHERE conditions on alias a, and their parameters, for the filters other than dates. */
function attributeFilters(filters: ArticleFilters): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filters.source !== undefined) {
    where.push('a.site_name = @source');
    params.source = filters.source;
  }
  if (filters.lang !== undefined) {
    where.push('a.lang = @lang');
    params.lang = filters.lang;
  }
  if (filters.tag !== undefined) {
    where.push('a.id IN (SELECT x.article_id FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = @tag)');
    params.tag = filters.tag;
  }
  if (filters.unused === true) where.push('NOT EXISTS (SELECT 1 FROM review_items i WHERE i.article_id = a.id)');
  return { where, params };
}

function dateParams(filters: ArticleFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.from !== undefined) params.from = filters.from;
  if (filters.to !== undefined) params.toExclusive = nextDay(filters.to);
  return params;
}

/** Browsing without a query: the partial indexes on sort_time (and on source, lang) give pages in date order. */
function browse(db: Db, query: ArticleQuery): ArticlePage {
  const { where, params } = attributeFilters(query);
  const dates = dateParams(query);
  if (dates.from !== undefined) where.push('a.sort_time >= @from');
  if (dates.toExclusive !== undefined) where.push('a.sort_time < @toExclusive');
  const from = `FROM articles a WHERE ${['a.deleted_at IS NULL', ...where].join(' AND ')}`;
  const all = { ...params, ...dates };
  const ids = cachedStatement(db, `SELECT a.id ${from} ORDER BY a.sort_time DESC, a.id DESC LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...all, limit: query.limit, offset: query.offset }) as number[];
  return { ids, ...countRows(db, from, all, query.exactCount === true, query.countCap ?? BROWSE_COUNT_CAP), inText: new Set() };
}

/**
 * Searching: the index yields matches newest first (its rowids are search keys, see
 * searchIndexRepository.ts), date ranges are rowid ranges, and the other filters are answered by
 * the narrow covering index articles_live_facts, never by the wide article rows. Relevance scores
 * every match.
 */
function search(db: Db, query: ArticleQuery & { match: string }): ArticlePage {
  const { where, params } = attributeFilters(query);
  const dates = dateParams(query);
  const conditions = ['articles_fts MATCH @match'];
  if (dates.from !== undefined) conditions.push(`f.rowid >= ${keyOfTime('@from')}`);
  if (dates.toExclusive !== undefined) conditions.push(`f.rowid < ${keyOfTime('@toExclusive')}`);
  // A source or a tag leaves a few percent of the archive: those articles are listed once, and
  // each match is looked up in that list in memory, rather than in the index of live articles. A
  // language or "not yet in a review" alone leaves most articles: each match is checked there.
  const narrow = query.source !== undefined || query.tag !== undefined;
  const live = ['a.deleted_at IS NULL', ...where].join(' AND ');
  let join = '';
  // The list comes from the narrow indexes of live articles (by source, else by id for a tag's),
  // never from the wide article rows.
  const listedBy = query.source !== undefined ? 'articles_live_source' : 'articles_live_facts';
  if (where.length > 0 && narrow) conditions.push(`(f.rowid ${ID_OF_KEY}) IN (SELECT a.id FROM articles a INDEXED BY ${listedBy} WHERE ${live})`);
  else if (where.length > 0) {
    join = `CROSS JOIN articles a INDEXED BY articles_live_facts ON a.id = (f.rowid ${ID_OF_KEY})`;
    conditions.push(live);
  }
  const from = `FROM articles_fts f ${join} WHERE ${conditions.join(' AND ')}`;
  const all = { ...params, ...dates, match: query.match };
  const page = { ...all, limit: query.limit, offset: query.offset };
  const count = (): { total: number; totalExact: boolean } => countRows(db, from, all, query.exactCount === true, query.countCap ?? COUNT_CAP);
  // Search keys are read as BigInts (past 2^53); the page's newest and oldest bound the walk that
  // asks which of them match in their text.
  if ((query.walkOnce === true || where.length > 0) && query.sort === 'date' && query.exactCount !== true) {
    const { ids, keys, total, totalExact } = pageAndCountInOneWalk(db, from, all, { limit: query.limit, offset: query.offset, cap: query.countCap ?? COUNT_CAP });
    return { ids, total, totalExact, inText: idsMatchingInText(db, query.textMatch, keys, ids) };
  }
  if (query.sort === 'relevance') return { ...relevancePage(db, from, page, query.textMatch), ...count() };
  const keys = cachedStatement(db, `SELECT f.rowid ${from} ORDER BY f.rowid DESC LIMIT @limit OFFSET @offset`)
    .pluck()
    .safeIntegers(true)
    .all(page) as bigint[];
  const ids = keys.map(idOfKey);
  return { ids, ...count(), inText: idsMatchingInText(db, query.textMatch, keys, ids) };
}

/** bm25 with weight on the text's columns alone (text, text_stems): not zero where a phrase of the query occurs there. */
const TEXT_ONLY_RANK = 'bm25(articles_fts, 0.0, 0.0, 1.0, 0.0, 1.0)';

/**
 * A page by relevance, and which of its hits match in their text: the rank's own walk tells it,
 * for nothing more (the phrases' statistics are gathered once per statement), where asking the
 * index again walked every match between the page's oldest and newest hits, all of them. A hit
 * holds a phrase in its text's columns (what `textMatch` asks: each phrase there, exact phrases
 * filtered to their exact columns by the query itself) exactly when that bm25 is not zero.
 */
function relevancePage(db: Db, from: string, params: Record<string, unknown>, textMatch: string | null | undefined): { ids: number[]; inText: ReadonlySet<number> } {
  const rows = cachedStatement(db, `SELECT f.rowid, ${TEXT_ONLY_RANK} ${from} ORDER BY ${RANK}, f.rowid DESC LIMIT @limit OFFSET @offset`)
    .raw()
    .safeIntegers(true)
    .all(params) as [bigint, number][];
  const ids = rows.map(([key]) => idOfKey(key));
  if (textMatch === undefined || textMatch === null) return { ids, inText: new Set(ids) };
  return { ids, inText: new Set(rows.flatMap(([key, inText]) => (Number(inText) !== 0 ? [idOfKey(key)] : []))) };
}

const idOfKey = (key: bigint): number => Number(key & BigInt(2 ** ID_BITS - 1));

/**
 * A date-sorted page and the count (up to `cap` + 1) from one walk of the matches, kept aside
 * as it goes: for a query whose set-up costs more than keeping ten thousand keys (a long prefix,
 * whose words' lists FTS5 merges anew for each statement), or whose filters leave out most
 * matches (the page then walks as far as the count does).
 */
function pageAndCountInOneWalk(
  db: Db,
  from: string,
  params: Record<string, string>,
  { limit, offset, cap }: { limit: number; offset: number; cap: number },
): { ids: number[]; keys: bigint[]; total: number; totalExact: boolean } {
  const rows = cachedStatement(
    db,
    // The walk goes as far as the count or the page needs, whichever is further.
    `WITH m AS MATERIALIZED (SELECT f.rowid AS k ${from} ORDER BY f.rowid DESC LIMIT @walk)
     SELECT NULL, min(count(*), @cap + 1) FROM m UNION ALL SELECT k, NULL FROM (SELECT k FROM m LIMIT @limit OFFSET @offset)`,
  )
    .raw()
    .safeIntegers(true)
    .all({ ...params, limit, offset, cap, walk: Math.max(cap + 1, limit + offset) }) as [bigint | null, bigint | null][];
  const keys = rows.flatMap(([key]) => (key === null ? [] : [key]));
  const total = Number(rows.find(([key]) => key === null)?.[1] ?? 0);
  return { ids: keys.map(idOfKey), keys, total, totalExact: total <= cap };
}

/**
 * Which of the page's articles match `textMatch` (the query in their text): one walk of its
 * matches between the page's oldest and newest keys, each checked against the page's ids. A
 * few hundred entries for a date-sorted page; every match for a relevance page, still no more
 * than counting them. (Handing FTS5 the ids as rowids would reopen the query for each one.)
 */
function idsMatchingInText(db: Db, textMatch: string | null | undefined, keys: readonly bigint[], ids: readonly number[]): ReadonlySet<number> {
  if (textMatch === undefined || textMatch === null) return new Set(ids);
  if (keys.length === 0) return new Set();
  let oldest = keys[0] ?? 0n;
  let newest = oldest;
  for (const key of keys) {
    if (key < oldest) oldest = key;
    if (key > newest) newest = key;
  }
  return new Set(
    cachedStatement(
      db,
      `SELECT f.rowid ${ID_OF_KEY} FROM articles_fts f
       WHERE articles_fts MATCH @match AND f.rowid BETWEEN @oldest AND @newest
         AND (f.rowid ${ID_OF_KEY}) IN (SELECT value FROM json_each(@ids))`,
    )
      .pluck()
      .all({ match: textMatch, oldest, newest, ids: JSON.stringify(ids) }) as number[],
  );
}

/**
 * The ids of one page of live articles matching the query and filters, sorted by date (newest
 * first) or relevance, and how many match in all (counted up to the cap + 1 at the most).
 */
export function findArticles(db: Db, query: ArticleQuery): ArticlePage {
  return query.match === null ? browse(db, query) : search(db, { ...query, match: query.match });
}

/**
 * Where, in the newest-first list of what the query finds, the articles of `day` (or of the
 * nearest earlier day) begin: the exact number of matches dated after that day.
 */
export function offsetOfDay(db: Db, query: Omit<ArticleQuery, 'limit' | 'offset' | 'sort'>, day: string): number {
  const after = nextDay(day);
  const from = query.from !== undefined && query.from > after ? query.from : after;
  return findArticles(db, { ...query, from, sort: 'date', limit: 0, offset: 0, exactCount: true }).total;
}

/** Sources, languages and tags of the live articles, each with how many carry it, most frequent first. */
export function readFacets(db: Db): Facets {
  const sources = cachedStatement(
    db,
    `SELECT site_name AS value, count(*) AS count FROM articles
     WHERE deleted_at IS NULL AND site_name IS NOT NULL GROUP BY site_name ORDER BY count DESC, value`,
  ).all() as Facet[];
  const langs = cachedStatement(
    db,
    `SELECT lang AS value, count(*) AS count FROM articles
     WHERE deleted_at IS NULL AND lang IS NOT NULL GROUP BY lang ORDER BY count DESC, value`,
  ).all() as Facet[];
  const tags = readTagCounts(db).filter((tag) => tag.count > 0);
  return { sources, langs, tags };
}

/** Every tag with the number of live articles carrying it, most used first. */
export function readTagCounts(db: Db): Facet[] {
  return cachedStatement(
    db,
    `SELECT t.name AS value, count(a.id) AS count FROM tags t
     LEFT JOIN article_tags x ON x.tag_id = t.id
     LEFT JOIN articles a ON a.id = x.article_id AND a.deleted_at IS NULL
     GROUP BY t.id ORDER BY count DESC, t.name`,
  ).all() as Facet[];
}

export interface MatchScope {
  /** Only among these articles (for example the ones an import just wrote). */
  ids?: readonly number[] | undefined;
  /** Only articles dated from this day or moment on (publication date, else import date). */
  since?: string | undefined;
}

/**
 * The ids of the live articles the MATCH expression finds, newest first, within the scope. With
 * `ids`, one walk of the matches between the oldest and newest of their search keys, each checked
 * against the ids: handing FTS5 the keys as rowids would run the query anew for each one (a
 * prefix's words merged again every time), tens of milliseconds for a page of fifty.
 */
export function matchingIds(db: Db, match: string, scope: MatchScope = {}): number[] {
  const conditions = ['articles_fts MATCH @match'];
  const params: Record<string, string | bigint> = { match };
  if (scope.since !== undefined) {
    conditions.push(`f.rowid >= ${keyOfTime('@since')}`);
    params.since = scope.since;
  }
  if (scope.ids !== undefined) {
    const ids = JSON.stringify(scope.ids);
    const [oldest, newest] = cachedStatement(db, 'SELECT min(fts_rowid), max(fts_rowid) FROM search_keys WHERE article_id IN (SELECT value FROM json_each(?))')
      .raw()
      .safeIntegers(true)
      .get(ids) as [bigint | null, bigint | null];
    if (oldest === null || newest === null) return [];
    // The id test is on an expression of the rowid, which FTS5 cannot take as a rowid to look up.
    conditions.push(`f.rowid BETWEEN @oldest AND @newest AND (f.rowid ${ID_OF_KEY}) IN (SELECT value FROM json_each(@ids))`);
    Object.assign(params, { oldest, newest, ids });
  }
  return cachedStatement(db, `SELECT f.rowid ${ID_OF_KEY} FROM articles_fts f WHERE ${conditions.join(' AND ')} ORDER BY f.rowid DESC`)
    .pluck()
    .all(params) as number[];
}
