import type { Command } from 'commander';
import { loadCore, openArchive } from './openArchive.js';

/** `revue backup FILE` and `revue restore FILE`: a copy of the archive, and back. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description("sauvegarder l'archive dans FILE (possible pendant que l'application tourne)")
    .option('--force', 'remplacer FILE s’il existe', false)
    .action(async (file: string, opts: { force: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const started = performance.now();
        const { path } = await revue.call('archive.backup', { path: file, overwrite: opts.force });
        console.log(`sauvegardé : ${path} (${Math.round(performance.now() - started)} ms)`);
      } finally {
        await revue.close();
      }
    });

  program
    .command('restore <file>')
    .description(
      "remplacer l'archive par la sauvegarde FILE, vérifiée d'abord ; l'archive actuelle est gardée à côté " +
        '(<nom>.before-restore-<date>.sqlite). Fermez d’abord l’application et `revue serve`.',
    )
    .action(async (file: string, _opts: unknown, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>();
      const { resolveDbPath, restoreArchive } = await loadCore();
      const outcome = restoreArchive(file, resolveDbPath(db));
      console.log(`restauré : ${outcome.archive}`);
      if (outcome.previous) console.log(`archive précédente gardée : ${outcome.previous}`);
    });
}
