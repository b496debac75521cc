import type { Command } from 'commander';
import type { Revue } from '../../core/revue.js';
import { migrationProgressOnStderr } from './migrationProgress.js';

/**
 * The core's public entry, imported on first use, so that `revue --help` and argument errors
 * answer without loading it (the CLI bundle splits it into its own chunk). The CLI imports the
 * core only this way (or as types).
 */
export function loadCore(): Promise<typeof import('../../core/revue.js')> {
  return import('../../core/revue.js');
}

/** Opens the archive named by the global --db option (or REVUE_DB, or the app's default). */
export async function openArchive(command: Command, options: { readOnly?: boolean; backgroundRefresh?: boolean } = {}): Promise<Revue> {
  const { db } = command.optsWithGlobals<{ db?: string }>();
  const { openRevue, resolveDbPath } = await loadCore();
  // An older archive is updated on opening; reindexing one of years takes a while, said on stderr.
  // REVUE_SMTP_URL (smtp://user:pass@host:587) is how the CLI and the browser mode get an SMTP password without storing it.
  return openRevue({
    dbPath: resolveDbPath(db),
    onMigrationProgress: migrationProgressOnStderr(),
    backgroundRefresh: options.backgroundRefresh ?? false,
    smtpUrl: process.env.REVUE_SMTP_URL || undefined,
    // A command that only reads says the archive is missing instead of creating an empty one.
    ...(options.readOnly ? { mustExist: true } : {}),
  });
}

/** Runs `work` on the archive and closes it, whatever happens. */
export async function withArchive(command: Command, work: (revue: Revue) => Promise<void>, access: { readOnly?: boolean } = {}): Promise<void> {
  const revue = await openArchive(command, access);
  try {
    await work(revue);
  } finally {
    await revue.close();
  }
}
