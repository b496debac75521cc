import type { Command } from 'commander';

/** Commands whose features arrive with later issues: listed in --help, and honest when run. */
export function registerPendingCommands(program: Command): void {
  const pending: [string, string][] = [];
  for (const [usage, description] of pending) {
    program
      .command(usage)
      .description(`${description} (bientôt)`)
      .allowUnknownOption()
      .action(() => {
        console.error(`revue: « ${usage.split(' ')[0]} » n'est pas encore disponible dans cette version.`);
        process.exitCode = 2;
      });
  }
}
