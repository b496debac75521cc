import type { Command } from 'commander';
import type { ExtractLine, SiteRule } from '../../shared/domain.js';
import { outcomeText, words } from '../language.js';
import { loadCore, withArchive } from './openArchive.js';

/** An archive named on the command line (--db) or by REVUE_DB: its site rules apply; none is opened otherwise. */
function namesArchive(command: Command): boolean {
  return !!command.optsWithGlobals<{ db?: string }>().db || !!process.env.REVUE_DB;
}

/** `revue extract`: the clean article of each page as one JSON line, in input order; never changes the archive. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract <inputs...>')
    .description(words().extract.description)
    .option('--url <url>', words().extract.url)
    .addHelpText('after', `\n${words().extract.siteRules}`)
    .action(async (inputs: string[], opts: { url?: string }, command: Command) => {
      let rules: SiteRule[] = [];
      if (namesArchive(command)) await withArchive(command, async (revue) => void (rules = await revue.call('siteRules.list', {})), { readOnly: true });
      const { extractInput } = await loadCore();
      let failures = 0;
      for (const input of inputs) {
        const extraction = await extractInput(input, opts.url, rules);
        if ('error' in extraction) failures++;
        const line: ExtractLine = 'error' in extraction ? { input, error: outcomeText(extraction.error) } : extraction;
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
      process.exitCode = failures === 0 ? 0 : 1;
    });
}
