import type { IsoDate } from '../../shared/domain.js';
import { localIsoDay, startOfLocalDay } from '../../shared/localDay.js';
import type { Db } from '../store/database.js';
import { latestReviewBefore } from '../store/inboxRepository.js';

/** How far back the inbox of an archive without an earlier review looks (as the first review's candidates do). */
const FIRST_INBOX_WINDOW_DAYS = 7;

export interface InboxWindow {
  /** A chosen first day (YYYY-MM-DD, local), or none for "since the last review". */
  since?: IsoDate | undefined;
  /** The day whose inbox this is (local); today by default. */
  today?: IsoDate | undefined;
}

export interface InboxStart {
  /** The moment (ISO) from which an import counts as new. */
  since: string;
  /** The review it starts from, when it does. */
  review: { date: IsoDate; edition: string } | null;
}

/**
 * Where the inbox starts: the start of the chosen day, or else the creation of the last review
 * dated before today, or else a week ago.
 */
export function inboxStart(db: Db, window: InboxWindow = {}, now = new Date()): InboxStart {
  if (window.since !== undefined) return { since: startOfLocalDay(window.since).toISOString(), review: null };
  const today = window.today ?? localIsoDay(now);
  const review = latestReviewBefore(db, today);
  if (review) return { since: review.createdAt, review: { date: review.date, edition: review.edition } };
  return { since: new Date(startOfLocalDay(today).getTime() - FIRST_INBOX_WINDOW_DAYS * 86_400_000).toISOString(), review: null };
}

/** The moment (ISO) from which an import counts as new (see inboxStart). */
export function inboxSince(db: Db, window: InboxWindow = {}, now = new Date()): string {
  return inboxStart(db, window, now).since;
}
