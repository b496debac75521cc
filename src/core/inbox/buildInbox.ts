import type { Facet, Inbox, InboxArticle, InboxStory, Topic } from '../../shared/domain.js';
import type { Db } from '../store/database.js';
import { articlesImportedSince, labelsOf, type InboxRow } from '../store/inboxRepository.js';
import { listTopics } from '../topics/topicService.js';
import { inboxStart, type InboxWindow } from './inboxSince.js';
import { outletOf } from '../../shared/outletOf.js';

function inboxArticle(row: InboxRow): InboxArticle {
  const { id, title, siteName, publishedTime, url, importedAt, lang, dir } = row;
  return { id, title, siteName, publishedTime, url, importedAt, lang, dir };
}

/** Counts per value, most first, then alphabetically. */
function facets(values: readonly string[]): Facet[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'fr'));
}

/**
 * The inbox: the live articles imported since the last review (or a chosen day) that nobody has
 * triaged or put in a review yet, as stories (one story from several outlets once), newest first,
 * grouped under each topic that labels them, then those no topic labels; with counts per outlet.
 */
export function buildInbox(db: Db, window: InboxWindow = {}, now = new Date()): Inbox {
  const { since, review } = inboxStart(db, window, now);
  const rows = articlesImportedSince(db, since);
  const fresh = rows.filter((row) => row.handled === 0);

  const topicsOf = new Map<number, number[]>();
  for (const { articleId, topicId } of labelsOf(db, fresh.map((row) => row.id))) {
    topicsOf.set(articleId, [...(topicsOf.get(articleId) ?? []), topicId]);
  }

  // Rows come newest first: each story's place is that of its newest article.
  const stories = new Map<string, InboxStory>();
  for (const row of fresh) {
    const key = row.storyId === null ? `a${row.id}` : `s${row.storyId}`;
    const story = stories.get(key) ?? { articles: [], topicIds: [] };
    stories.set(key, story);
    story.articles.push(inboxArticle(row));
    for (const topicId of topicsOf.get(row.id) ?? []) if (!story.topicIds.includes(topicId)) story.topicIds.push(topicId);
  }

  const all = [...stories.values()];
  const topics = listTopics(db, now).map((topic): { topic: Topic; stories: InboxStory[] } => {
    const labelled = all.filter((story) => story.topicIds.includes(topic.id));
    const count = labelled.reduce((sum, story) => sum + story.articles.filter((a) => topicsOf.get(a.id)?.includes(topic.id)).length, 0);
    return { topic: { ...topic, count }, stories: labelled };
  });
  return {
    since,
    sinceReview: review,
    topics,
    untopical: all.filter((story) => story.topicIds.length === 0),
    sources: facets(fresh.flatMap((row) => outletOf(row) ?? [])),
    total: rows.length,
    triaged: rows.length - fresh.length,
  };
}
