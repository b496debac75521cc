import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { buildInbox } from './buildInbox.js';
import { triage, untriage } from './triage.js';

type InboxMethods = 'inbox.get' | 'inbox.triage' | 'inbox.untriage';

/** The inbox « Nouveautés »: what arrived since the last review, and its triage. */
export function createInboxHandlers(db: Db): Pick<ApiHandlers, InboxMethods> {
  return {
    'inbox.get': (window) => buildInbox(db, window),
    'inbox.triage': (input) => triage(db, input),
    'inbox.untriage': (input) => untriage(db, input),
  };
}
