import type { Command } from 'commander';
import { openRevue, type Revue } from '../../core/revue.js';
import { resolveDbPath } from '../../core/store/dbPath.js';

/**
 * Opens the archive named by the global --db option (or REVUE_DB, or the app's default);
 * `backgroundRefresh` for a long-running command (serve) that refreshes due sources on schedule.
 */
export function openArchive(command: Command, options: { backgroundRefresh?: boolean } = {}): Revue {
  const { db } = command.optsWithGlobals<{ db?: string }>();
  return openRevue({ dbPath: resolveDbPath(db), transport: 'http', backgroundRefresh: options.backgroundRefresh ?? false });
}
