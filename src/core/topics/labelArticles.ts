import type { RelabelProgress } from '../../shared/domain.js';
import type { Db } from '../store/database.js';
import {
  addLabels,
  listTopicRows,
  liveArticleIdsLabelled,
  readTopicRow,
  removeLabels,
  setArticleLabels,
} from '../store/topicRepository.js';
import { topicMatches } from './topicMatch.js';

/**
 * Labels one article with every topic whose query it matches now (and with no other): called at
 * import, inside the transaction that saves the article, and after an edit of its text.
 */
export function labelArticle(db: Db, articleId: number): void {
  const topicIds: number[] = [];
  for (const topic of listTopicRows(db)) {
    if (topicMatches(db, topic.query, { ids: [articleId] }).length > 0) topicIds.push(topic.id);
  }
  setArticleLabels(db, articleId, topicIds);
}

/** Label writes per transaction during a relabel: small enough that the event loop gets its turn often. */
const CHUNK = 500;

/** The relabel under way for each topic of each archive: a newer one makes the older stop. */
const running = new WeakMap<Db, Map<number, symbol>>();

/** How far each relabel under way has gone: label writes done of those it has to make. */
const progress = new WeakMap<Db, Map<number, { done: number; total: number }>>();

/** The relabels under way on this archive, with how far each has gone (for the UI's percentage). */
export function relabelProgress(db: Db): RelabelProgress[] {
  return [...(progress.get(db) ?? new Map<number, { done: number; total: number }>())].map(([topicId, { done, total }]) => ({
    topicId,
    done,
    total,
    percent: total === 0 ? 0 : Math.floor((done / total) * 100),
  }));
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Brings a topic's labels in line with its query over the whole archive: finds what matches in one
 * read of the index, then adds and removes labels in small transactions, letting other calls run
 * between them, so a large archive relabels without freezing the app. Articles imported meanwhile
 * are labelled by their import. Resolves once done (or superseded by a newer relabel of the topic).
 */
export async function relabelTopic(db: Db, topicId: number): Promise<void> {
  const token = Symbol(`relabel ${topicId}`);
  const forDb = running.get(db) ?? new Map<number, symbol>();
  running.set(db, forDb);
  forDb.set(topicId, token);
  const counts = progress.get(db) ?? new Map<number, { done: number; total: number }>();
  progress.set(db, counts);
  // Under way from the start: matching the archive comes first, in one read.
  const state = { done: 0, total: 0 };
  counts.set(topicId, state);
  try {
    const topic = readTopicRow(db, topicId);
    if (!topic) return;
    const matching = new Set(topicMatches(db, topic.query));
    const labelled = new Set(liveArticleIdsLabelled(db, topicId));
    const toAdd = [...matching].filter((id) => !labelled.has(id));
    const toRemove = [...labelled].filter((id) => !matching.has(id));
    state.total = toAdd.length + toRemove.length;
    for (const [ids, write] of [
      [toRemove, removeLabels],
      [toAdd, addLabels],
    ] as const) {
      for (let start = 0; start < ids.length; start += CHUNK) {
        await yieldToEventLoop();
        if (forDb.get(topicId) !== token || readTopicRow(db, topicId) === null) return;
        const chunk = ids.slice(start, start + CHUNK);
        db.transaction(() => write(db, topicId, chunk))();
        state.done += chunk.length;
      }
    }
  } finally {
    if (forDb.get(topicId) === token) {
      forDb.delete(topicId);
      counts.delete(topicId);
    }
  }
}
