import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { relabelProgress } from './labelArticles.js';
import { createTopic, listTopics, removeTopic, updateTopic } from './topicService.js';

type TopicMethods = 'topics.list' | 'topics.create' | 'topics.update' | 'topics.remove' | 'topics.relabelProgress';

/** Watch topics: saved searches that label the archive. */
export function createTopicHandlers(db: Db): Pick<ApiHandlers, TopicMethods> {
  return {
    'topics.list': () => listTopics(db),
    'topics.create': (input) => createTopic(db, input),
    'topics.update': (input) => updateTopic(db, input),
    'topics.remove': ({ id }) => removeTopic(db, id),
    'topics.relabelProgress': () => relabelProgress(db),
  };
}
