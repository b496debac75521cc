import type { Command } from 'commander';

/** `revue extract`: print the clean article of each page as JSON Lines (issue 4). */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract <inputs...>')
    .description("extraire l'article de pages (fichiers ou URL) en JSON Lines, sans toucher à l'archive")
    .option('--url <url>', "adresse d'origine de la page (pour un fichier)")
    .action(() => {
      console.error("revue: « extract » n'est pas encore disponible dans cette version.");
      process.exitCode = 2;
    });
}
