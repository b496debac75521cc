import type { Command } from 'commander';
import type { ImportOutcome } from '../../shared/domain.js';
import { ImportService } from '../../core/import/importService.js';
import { openArchive } from './openArchive.js';

function describe(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `importé   ${outcome.article.title}  (${outcome.input})`;
    case 'duplicate':
      return `doublon   ${outcome.article.title}  (${outcome.input}, déjà n° ${outcome.article.id})`;
    case 'failed':
      return `échec     ${outcome.input} — ${outcome.message}`;
  }
}

/** `revue import`: pages, files and feeds into the archive, one line per item and a summary. */
export function registerImportCommand(program: Command): void {
  program
    .command('import <inputs...>')
    .description("importer des URL, fichiers HTML ou flux RSS/Atom dans l'archive")
    .action(async (inputs: string[], _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const outcomes = await new ImportService(revue.db).importInputs(inputs, {
          allowFiles: true,
          onOutcome: (outcome) => console.log(describe(outcome)),
        });
        const count = (status: ImportOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
        const imported = count('imported');
        const duplicates = count('duplicate');
        const failures = count('failed');
        console.log(`${imported} importé(s), ${duplicates} doublon(s), ${failures} échec(s)`);
        process.exitCode = imported + duplicates === 0 ? 1 : 0;
      } finally {
        revue.close();
      }
    });
}
