import type { Command } from 'commander';
import { openRevue, resolveDbPath, type Revue } from '../../core/revue.js';

/** Opens the archive named by the global --db option (or REVUE_DB, or the app's default). */
export function openArchive(command: Command): Revue {
  const { db } = command.optsWithGlobals<{ db?: string }>();
  return openRevue({ dbPath: resolveDbPath(db) });
}
