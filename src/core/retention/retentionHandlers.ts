import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { purge } from './purge.js';

/** Retention: the purge of dismissed articles nothing keeps. */
export function createRetentionHandlers(db: Db): Pick<ApiHandlers, 'archive.purge'> {
  return { 'archive.purge': ({ dryRun, retentionDays }) => purge(db, dryRun, new Date(), retentionDays) };
}
