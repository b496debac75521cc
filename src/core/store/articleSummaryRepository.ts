import type { ArticleSummary, TextDirection, TopicLabel } from '../../shared/domain.js';
import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

interface SummaryRow {
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
  text: string | null;
}

/** A list row and, when asked for, the article's text (to cut a snippet from). */
export interface SummaryWithText {
  summary: ArticleSummary;
  /** The text, or its opening only (see TextsToRead); '' when no text was asked for. */
  text: string;
}

/**
 * The texts to read beside the summaries: whole for these articles, only the first
 * `openingChars` characters for the others (a snippet shows the opening words of an article
 * matched by its title; reading and decoding whole texts was most of a search page's time).
 */
export interface TextsToRead {
  whole: ReadonlySet<number>;
  openingChars: number;
}

function groupBy<T>(rows: T[], key: (row: T) => number, value: (row: T) => string): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const row of rows) {
    const id = key(row);
    const list = groups.get(id);
    if (list) list.push(value(row));
    else groups.set(id, [value(row)]);
  }
  return groups;
}

/**
 * The summaries of these articles, in the order of `ids`, with their tags, review dates and the
 * other outlets of their story and their topics, read in five queries whatever the number of rows (list pages of
 * hundreds of rows stay a few milliseconds). Missing ids are skipped.
 */
export function readSummaries(db: Db, ids: readonly number[], texts: TextsToRead | false): SummaryWithText[] {
  if (ids.length === 0) return [];
  const idList = JSON.stringify(ids);
  const rows = cachedStatement(
    db,
    `SELECT id, title, site_name, byline, published_time, lang, dir, url, imported_at, story_id,
       ${texts ? 'CASE WHEN id IN (SELECT value FROM json_each(@whole)) THEN text ELSE substr(text, 1, @openingChars) END' : 'NULL'} AS text
     FROM articles WHERE id IN (SELECT value FROM json_each(@ids))`,
  ).all(texts ? { ids: idList, whole: JSON.stringify([...texts.whole]), openingChars: texts.openingChars } : { ids: idList }) as SummaryRow[];

  const tags = groupBy(
    cachedStatement(
      db,
      `SELECT at.article_id AS id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
       WHERE at.article_id IN (SELECT value FROM json_each(?)) ORDER BY t.name`,
    ).all(idList) as { id: number; name: string }[],
    (r) => r.id,
    (r) => r.name,
  );
  const reviews = groupBy(
    cachedStatement(
      db,
      `SELECT DISTINCT i.article_id AS id, r.date FROM review_items i JOIN reviews r ON r.id = i.review_id
       WHERE i.article_id IN (SELECT value FROM json_each(?)) ORDER BY r.date`,
    ).all(idList) as { id: number; date: string }[],
    (r) => r.id,
    (r) => r.date,
  );
  const topics = new Map<number, TopicLabel[]>();
  for (const row of cachedStatement(
    db,
    `SELECT l.article_id AS articleId, t.id, t.name, t.color FROM article_topics l JOIN topics t ON t.id = l.topic_id
     WHERE l.article_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE, t.id`,
  ).all(idList) as ({ articleId: number } & TopicLabel)[]) {
    const label = { id: row.id, name: row.name, color: row.color };
    const list = topics.get(row.articleId);
    if (list) list.push(label);
    else topics.set(row.articleId, [label]);
  }
  const storyIds = [...new Set(rows.map((r) => r.story_id).filter((s): s is number => s !== null))];
  const storyMembers =
    storyIds.length === 0
      ? []
      : (cachedStatement(
          db,
          `SELECT story_id AS storyId, id, COALESCE(site_name, url) AS name FROM articles
           WHERE story_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
             AND COALESCE(site_name, url) IS NOT NULL
           ORDER BY imported_at`,
        ).all(JSON.stringify(storyIds)) as { storyId: number; id: number; name: string }[]);

  const byId = new Map(rows.map((row) => [row.id, row]));
  const result: SummaryWithText[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const alsoIn = new Set<string>();
    if (row.story_id !== null) {
      for (const member of storyMembers) {
        if (member.storyId === row.story_id && member.id !== row.id && member.name !== row.site_name) alsoIn.add(member.name);
      }
    }
    result.push({
      summary: {
        id: row.id,
        title: row.title,
        siteName: row.site_name,
        byline: row.byline,
        publishedTime: row.published_time,
        lang: row.lang,
        dir: row.dir,
        url: row.url,
        importedAt: row.imported_at,
        alsoIn: [...alsoIn],
        tags: tags.get(id) ?? [],
        topics: topics.get(id) ?? [],
        inReviews: reviews.get(id) ?? [],
      },
      text: row.text ?? '',
    });
  }
  return result;
}
