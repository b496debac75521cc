import type { Command } from 'commander';
import { fill } from '../../shared/i18n/messages.js';
import { words } from '../language.js';
import { loadCore, openArchive } from './openArchive.js';

/** `revue backup FILE` and `revue restore FILE`: a copy of the archive, and back. */
export function registerBackupCommands(program: Command): void {
  const { backup } = words();
  program
    .command('backup <file>')
    .description(backup.description)
    .option('--force', backup.force, false)
    .action(async (file: string, opts: { force: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const started = performance.now();
        const { path } = await revue.call('archive.backup', { path: file, overwrite: opts.force });
        console.log(fill(words().backup.done, { path, ms: Math.round(performance.now() - started) }));
      } finally {
        await revue.close();
      }
    });

  program
    .command('restore <file>')
    .description(backup.restoreDescription)
    .action(async (file: string, _opts: unknown, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>();
      const { resolveDbPath, restoreArchive } = await loadCore();
      const outcome = restoreArchive(file, resolveDbPath(db));
      console.log(fill(words().backup.restored, { path: outcome.archive }));
      if (outcome.previous) console.log(fill(words().backup.previousKept, { path: outcome.previous }));
    });
}
