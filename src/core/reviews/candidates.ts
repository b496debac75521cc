import type { CandidateStory } from '../../shared/domain.js';
import { notFound } from '../../shared/errors.js';
import { readSummaries } from '../store/articleSummaryRepository.js';
import { earlierUses, unusedArticlesSince, type CandidateRow } from '../store/candidateRepository.js';
import type { Db } from '../store/database.js';
import { previousCreationTime, readReviewKey } from '../store/reviewRepository.js';

/** How far back the first review of an archive looks for candidates. */
const FIRST_REVIEW_WINDOW_DAYS = 7;

/** The outlet's name, or the host of its address when the page named none. */
function outletOf(row: CandidateRow): string | null {
  if (row.siteName) return row.siteName;
  if (!row.url) return null;
  try {
    return new URL(row.url).hostname;
  } catch {
    return null;
  }
}

/**
 * The articles imported since the review before this one was created (the first review looks back
 * seven days) that this review does not hold yet, one entry per story however many outlets carry
 * it, newest story first. Each says which earlier review already used the story, if any.
 */
export function candidatesFor(db: Db, reviewId: number): CandidateStory[] {
  const review = readReviewKey(db, reviewId);
  if (!review) throw notFound('review', reviewId);
  const since =
    previousCreationTime(db, review) ??
    new Date(new Date(review.createdAt).getTime() - FIRST_REVIEW_WINDOW_DAYS * 86_400_000).toISOString();

  // Rows come oldest first, so each group's first row is its lead.
  const groups = new Map<string, CandidateRow[]>();
  for (const row of unusedArticlesSince(db, reviewId, since)) {
    const key = row.storyId === null ? `a${row.id}` : `s${row.storyId}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const leads = [...groups.values()].map((rows) => rows[0] as CandidateRow);

  const storyIds = leads.flatMap((lead) => (lead.storyId === null ? [] : [lead.storyId]));
  const loneIds = leads.flatMap((lead) => (lead.storyId === null ? [lead.id] : []));
  const used = new Map<string, { date: string; edition: string }>();
  for (const use of earlierUses(db, reviewId, storyIds, loneIds)) {
    // Latest day first: the first use seen of a story is the one to show.
    const keys = [`a${use.articleId}`, ...(use.storyId === null ? [] : [`s${use.storyId}`])];
    for (const key of keys) if (!used.has(key)) used.set(key, { date: use.date, edition: use.edition });
  }

  const summaries = new Map(readSummaries(db, leads.map((lead) => lead.id), false).map((s) => [s.summary.id, s.summary]));
  const stories: CandidateStory[] = [];
  for (const [key, rows] of groups) {
    const lead = summaries.get((rows[0] as CandidateRow).id);
    if (!lead) continue;
    const outlets = [...new Set(rows.map(outletOf).filter((name): name is string => name !== null))];
    stories.push({ lead, articleIds: rows.map((row) => row.id), outlets, earlierReview: used.get(key) ?? null });
  }
  return stories.sort((a, b) => b.lead.importedAt.localeCompare(a.lead.importedAt) || b.lead.id - a.lead.id);
}
