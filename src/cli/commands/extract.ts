import type { Command } from 'commander';
import type { SiteRule } from '../../shared/domain.js';
import { loadCore, withArchive } from './openArchive.js';

/** An archive named on the command line (--db) or by REVUE_DB: its site rules apply; none is opened otherwise. */
function namesArchive(command: Command): boolean {
  return !!command.optsWithGlobals<{ db?: string }>().db || !!process.env.REVUE_DB;
}

/** `revue extract`: the clean article of each page as one JSON line, in input order; never changes the archive. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract <inputs...>')
    .description("extraire l'article de pages (fichiers ou URL) en JSON Lines, sans toucher à l'archive")
    .option('--url <url>', "adresse d'origine de la page (pour un fichier)")
    .addHelpText(
      'after',
      "\nRègles de site : avec --db <archive> (ou REVUE_DB), les règles de site de cette archive s'appliquent\n" +
        "comme à l'import (celle de l'adresse de la page, sinon de l'adresse qu'elle déclare) ; l'archive\n" +
        "est seulement lue. Sans archive, l'extraction est celle de tout site inconnu.",
    )
    .action(async (inputs: string[], opts: { url?: string }, command: Command) => {
      let rules: SiteRule[] = [];
      if (namesArchive(command)) await withArchive(command, async (revue) => void (rules = await revue.call('siteRules.list', {})), { readOnly: true });
      const { extractInput } = await loadCore();
      let failures = 0;
      for (const input of inputs) {
        const line = await extractInput(input, opts.url, rules);
        if ('error' in line) failures++;
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
      process.exitCode = failures === 0 ? 0 : 1;
    });
}
