import type { PurgeReport } from '../../shared/domain.js';
import type { Db } from '../store/database.js';
import { deletePurgeable, purgeableArticles } from '../store/purgeRepository.js';
import { readSettings } from '../store/settingsRepository.js';

/**
 * The retention rule: articles dismissed in the inbox more than retentionDays ago, that no review
 * uses and that carry no highlight, tag, summary or comment, are deleted for good (all in one
 * transaction); a dry run only lists them. Nothing used in a review is ever purged.
 */
export function purge(db: Db, dryRun: boolean, now = new Date(), tryDays?: number): PurgeReport {
  // Another period than the setting's, for a dry run only: what it would remove if it were saved.
  const retentionDays = dryRun && tryDays !== undefined ? tryDays : readSettings(db).retentionDays;
  const dismissedBefore = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const listed = purgeableArticles(db, dismissedBefore);
  if (dryRun) return { dryRun, retentionDays, dismissedBefore, articles: listed };
  const deleted = new Set(deletePurgeable(db, dismissedBefore, listed.map((a) => a.id)));
  return { dryRun, retentionDays, dismissedBefore, articles: listed.filter((a) => deleted.has(a.id)) };
}
