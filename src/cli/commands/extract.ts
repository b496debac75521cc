import type { Command } from 'commander';
import { words } from '../language.js';
import { loadCore } from './openArchive.js';

/** `revue extract`: the clean article of each page as one JSON line, in input order; never touches the archive. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract <inputs...>')
    .description(words().extract.description)
    .option('--url <url>', words().extract.url)
    .action(async (inputs: string[], opts: { url?: string }) => {
      const { extractInput } = await loadCore();
      let failures = 0;
      for (const input of inputs) {
        const line = await extractInput(input, opts.url);
        if ('error' in line) failures++;
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
      process.exitCode = failures === 0 ? 0 : 1;
    });
}
