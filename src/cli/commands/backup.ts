import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupArchive } from '../../core/backup/backupArchive.js';
import { restoreArchive } from '../../core/backup/restoreArchive.js';
import { resolveDbPath } from '../../core/store/dbPath.js';
import { RevueError } from '../../shared/errors.js';
import { openArchive } from './openArchive.js';

/** `revue backup FILE` and `revue restore FILE`: a copy of the archive, and back. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description("sauvegarder l'archive dans FILE (possible pendant que l'application tourne)")
    .option('--force', 'remplacer FILE s’il existe', false)
    .action(async (file: string, opts: { force: boolean }, command: Command) => {
      const out = resolve(file);
      if (existsSync(out) && !opts.force) throw new RevueError('INVALID_INPUT', { detail: `${out} existe déjà (--force pour le remplacer)` });
      const revue = await openArchive(command);
      try {
        const started = performance.now();
        await backupArchive(revue.db, out);
        console.log(`sauvegardé : ${out} (${Math.round(performance.now() - started)} ms)`);
      } finally {
        revue.close();
      }
    });

  program
    .command('restore <file>')
    .description(
      "remplacer l'archive par la sauvegarde FILE, vérifiée d'abord ; l'archive actuelle est gardée à côté " +
        '(<nom>.before-restore-<date>.sqlite). Fermez d’abord l’application et `revue serve`.',
    )
    .action((file: string, _opts: unknown, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>();
      const outcome = restoreArchive(file, resolveDbPath(db));
      console.log(`restauré : ${outcome.archive}`);
      if (outcome.previous) console.log(`archive précédente gardée : ${outcome.previous}`);
    });
}
