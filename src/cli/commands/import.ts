import type { Command } from 'commander';

/** `revue import`: import pages, files and feeds into the archive (issue 4). */
export function registerImportCommand(program: Command): void {
  program
    .command('import <inputs...>')
    .description("importer des URL, fichiers HTML ou flux RSS/Atom dans l'archive")
    .action(() => {
      console.error("revue: « import » n'est pas encore disponible dans cette version.");
      process.exitCode = 2;
    });
}
