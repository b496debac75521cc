import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

export interface PurgeableArticle {
  id: number;
  title: string;
  siteName: string | null;
  publishedTime: string | null;
  url: string | null;
  dismissedAt: string;
}

/**
 * The articles the purge may delete: dismissed before a moment, and kept by nothing: in no review,
 * without highlights, tags, summary or comment. The one definition of "nothing keeps it", used to
 * list and to delete.
 */
const PURGEABLE = `
  FROM triage t JOIN articles a ON a.id = t.article_id
  WHERE t.decision = 'dismissed' AND t.decided_at < @before
    AND NOT EXISTS (SELECT 1 FROM review_items i WHERE i.article_id = a.id)
    AND NOT EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id)
    AND NOT EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id)
    AND a.summary = '' AND a.comment = ''`;

export function purgeableArticles(db: Db, before: string): PurgeableArticle[] {
  return cachedStatement(
    db,
    `SELECT a.id, a.title, a.site_name AS siteName, a.published_time AS publishedTime, a.url, t.decided_at AS dismissedAt
     ${PURGEABLE} ORDER BY t.decided_at, a.id`,
  ).all({ before }) as PurgeableArticle[];
}

/**
 * Deletes for good, in one transaction, the purgeable articles among ids (re-checked here, so an
 * article annotated or put in a review since it was listed stays); their index entries, labels and
 * triage go with them, a feed keeps the item as seen (it does not come back). Returns the ids deleted.
 */
export function deletePurgeable(db: Db, before: string, ids: readonly number[]): number[] {
  return db.transaction(() => {
    const wanted = new Set(ids);
    const still = (cachedStatement(db, `SELECT a.id ${PURGEABLE}`).pluck().all({ before }) as number[]).filter((id) => wanted.has(id));
    const remove = cachedStatement(db, 'DELETE FROM articles WHERE id = ?');
    for (const id of still) remove.run(id);
    return still;
  })();
}
