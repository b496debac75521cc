import type { ParsedInput } from '../../shared/contract.js';
import type { Topic } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import { defaultTopicColor } from '../../shared/topicColors.js';
import type { Db } from '../store/database.js';
import {
  countTopics,
  deleteTopic,
  insertTopic,
  listTopicRows,
  readTopicRow,
  topicCounts,
  updateTopicRow,
  type TopicRow,
} from '../store/topicRepository.js';
import { inboxSince } from '../inbox/inboxSince.js';
import { relabelTopic } from './labelArticles.js';
import { topicQueryLooksForSomething } from './topicMatch.js';

/** Every topic with its counts of new (untriaged since the last review) and labelled articles. */
export function listTopics(db: Db, now = new Date()): Topic[] {
  const counts = new Map(topicCounts(db, inboxSince(db, {}, now)).map((c) => [c.topicId, c]));
  return listTopicRows(db)
    .map((row) => ({ ...row, count: counts.get(row.id)?.count ?? 0, total: counts.get(row.id)?.total ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }) || a.id - b.id);
}

function topicById(db: Db, id: number, now: Date): Topic {
  const topic = listTopics(db, now).find((t) => t.id === id);
  if (!topic) throw notFound('topic', id);
  return topic;
}

function checkQuery(query: string): void {
  if (!topicQueryLooksForSomething(query)) throw new RevueError('TOPIC_QUERY_EMPTY', { query });
}

/** Two topics may not share a name, whatever the case or accents: « Économie » and "economie" are one. */
function checkNameFree(db: Db, name: string, self: number | null): void {
  const taken = listTopicRows(db).some((t) => t.id !== self && t.name.localeCompare(name, 'fr', { sensitivity: 'base' }) === 0);
  if (taken) throw new RevueError('TOPIC_EXISTS', { name });
}

/** Creates a topic and labels the archive's matching articles before answering. */
export async function createTopic(db: Db, input: ParsedInput<'topics.create'>, now = new Date()): Promise<Topic> {
  checkQuery(input.query);
  checkNameFree(db, input.name, null);
  const id = insertTopic(db, {
    name: input.name,
    query: input.query,
    color: input.color ?? defaultTopicColor(countTopics(db)),
    section: input.section ?? null,
    now: now.toISOString(),
  });
  await relabelTopic(db, id);
  return topicById(db, id, now);
}

/** Changes a topic; a new query relabels the archive (in chunks) before answering. */
export async function updateTopic(db: Db, input: ParsedInput<'topics.update'>, now = new Date()): Promise<Topic> {
  const current = readTopicRow(db, input.id);
  if (!current) throw notFound('topic', input.id);
  if (input.query !== undefined) checkQuery(input.query);
  if (input.name !== undefined) checkNameFree(db, input.name, input.id);
  const next: TopicRow = {
    id: current.id,
    name: input.name ?? current.name,
    query: input.query ?? current.query,
    color: input.color ?? current.color,
    section: input.section === undefined ? current.section : input.section,
  };
  updateTopicRow(db, next, now.toISOString());
  if (next.query !== current.query) await relabelTopic(db, input.id);
  return topicById(db, input.id, now);
}

/** Removes a topic and its labels; the articles stay. */
export function removeTopic(db: Db, id: number): { removed: boolean } {
  return { removed: deleteTopic(db, id) };
}
