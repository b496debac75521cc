import type { IsoDate } from '../../shared/domain.js';
import { localIsoDay, startOfLocalDay } from '../../shared/localDay.js';
import type { Db } from '../store/database.js';
import { latestReviewCreatedBefore } from '../store/inboxRepository.js';

/** How far back the inbox of an archive without an earlier review looks (as the first review's candidates do). */
const FIRST_INBOX_WINDOW_DAYS = 7;

export interface InboxWindow {
  /** A chosen first day (YYYY-MM-DD, local), or none for "since the last review". */
  since?: IsoDate | undefined;
  /** The day whose inbox this is (local); today by default. */
  today?: IsoDate | undefined;
}

/**
 * The moment (ISO) from which an import counts as new: the start of the chosen day, or else the
 * creation of the last review dated before today, or else a week ago.
 */
export function inboxSince(db: Db, window: InboxWindow = {}, now = new Date()): string {
  if (window.since !== undefined) return startOfLocalDay(window.since).toISOString();
  const today = window.today ?? localIsoDay(now);
  return (
    latestReviewCreatedBefore(db, today) ??
    new Date(startOfLocalDay(today).getTime() - FIRST_INBOX_WINDOW_DAYS * 86_400_000).toISOString()
  );
}
