import type { CandidateStory } from '../../shared/domain.js';
import { notFound } from '../../shared/errors.js';
import { readSummaries } from '../store/articleSummaryRepository.js';
import { outletOf } from '../../shared/outletOf.js';
import { earlierUses, retainedArticlesFor, unusedArticlesSince, type CandidateRow } from '../store/candidateRepository.js';
import type { Db } from '../store/database.js';
import { previousCreationTime, readReviewKey } from '../store/reviewRepository.js';

/** How many stories the Candidats tab gets at most: an editor back from two weeks away could have thousands. */
export const CANDIDATES_SHOWN = 500;

/** How far back the first review of an archive looks for candidates. */
const FIRST_REVIEW_WINDOW_DAYS = 7;

/**
 * What the review's Candidats tab proposes: the articles retained in the inbox for this review's
 * day, then the others imported since the review before this one was created (the first review
 * looks back seven days), leaving out those dismissed in the inbox and those this review holds;
 * one entry per story however many outlets carry it, newest story first. Each says which earlier
 * review already used the story, if any, and the section it was retained for.
 */
export function candidatesFor(db: Db, reviewId: number, limit = CANDIDATES_SHOWN): { stories: CandidateStory[]; total: number } {
  const review = readReviewKey(db, reviewId);
  if (!review) throw notFound('review', reviewId);
  const since =
    previousCreationTime(db, review) ??
    new Date(new Date(review.createdAt).getTime() - FIRST_REVIEW_WINDOW_DAYS * 86_400_000).toISOString();

  // Rows come oldest first, so each group's first row is its lead.
  const groups = new Map<string, CandidateRow[]>();
  const retained = retainedArticlesFor(db, reviewId, review.date);
  const retainedIds = new Set(retained.map((row) => row.id));
  const recent = unusedArticlesSince(db, reviewId, since).filter((row) => !retainedIds.has(row.id));
  const ordered = [...retained, ...recent].sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id - b.id);
  for (const row of ordered) {
    const key = row.storyId === null ? `a${row.id}` : `s${row.storyId}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  // Retained stories first, then the newest: only the first `limit` are read in full.
  const ranked = [...groups.entries()]
    .map(([key, rows]) => ({ key, rows, retained: rows.some((row) => row.retained === 1), lead: rows[0] as CandidateRow }))
    .sort((a, b) => Number(b.retained) - Number(a.retained) || b.lead.importedAt.localeCompare(a.lead.importedAt) || b.lead.id - a.lead.id);
  const shown = ranked.slice(0, limit);
  const leads = shown.map((group) => group.lead);

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
  for (const { key, rows } of shown) {
    const lead = summaries.get((rows[0] as CandidateRow).id);
    if (!lead) continue;
    const outlets = [...new Set(rows.map(outletOf).filter((name): name is string => name !== null))];
    const retainedRow = rows.find((row) => row.retained === 1);
    stories.push({
      lead,
      articleIds: rows.map((row) => row.id),
      outlets,
      earlierReview: used.get(key) ?? null,
      retained: retainedRow !== undefined,
      section: retainedRow?.section ?? null,
    });
  }
  return { stories, total: groups.size };
}
