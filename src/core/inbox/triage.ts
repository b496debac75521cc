import type { ParsedInput } from '../../shared/contract.js';
import { notFound } from '../../shared/errors.js';
import { localIsoDay } from '../../shared/localDay.js';
import type { Db } from '../store/database.js';
import { clearTriage, liveArticleIds, writeTriage } from '../store/inboxRepository.js';
import { readTopicRow } from '../store/topicRepository.js';

/**
 * Records the editor's decision on articles, all or none: retained ones become candidates for the
 * review of reviewDate (today by default), in the section of the topic they were retained under;
 * dismissed ones leave the inbox and the candidates, and stay searchable until the purge.
 */
export function triage(db: Db, input: ParsedInput<'inbox.triage'>, now = new Date()): { triaged: number } {
  return db.transaction(() => {
    const live = liveArticleIds(db, input.articleIds);
    const missing = input.articleIds.find((id) => !live.has(id));
    if (missing !== undefined) throw notFound('article', missing);
    const topicId = input.topicId ?? null;
    if (topicId !== null && !readTopicRow(db, topicId)) throw notFound('topic', topicId);
    const retained = input.decision === 'retained';
    const triaged = writeTriage(db, [...live], {
      decision: input.decision,
      reviewDate: retained ? (input.reviewDate ?? localIsoDay(now)) : null,
      topicId,
      now: now.toISOString(),
    });
    return { triaged };
  })();
}

/** Undoes triage: the articles are new again (in the inbox, and ordinary candidates). */
export function untriage(db: Db, input: ParsedInput<'inbox.untriage'>): { restored: number } {
  return { restored: db.transaction(() => clearTriage(db, input.articleIds))() };
}
