import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { RevueError } from '../../shared/errors.js';
import type { ImportOutcome } from '../../shared/domain.js';
import { fill } from '../../shared/i18n/messages.js';
import { count, outcomeText, words } from '../language.js';
import { openArchive } from './openArchive.js';

function describe(outcome: ImportOutcome): string {
  const texts = words().import;
  switch (outcome.status) {
    case 'imported':
      return fill(texts.imported, { title: outcome.article.title, input: outcome.input });
    case 'duplicate':
      return fill(texts.duplicate, { title: outcome.article.title, input: outcome.input, id: outcome.article.id });
    case 'failed':
      // The outcome's code and parameters say the failure again in the CLI's language.
      return fill(texts.failed, { input: outcome.input, message: outcomeText(outcome) });
  }
}

/** A pasted text from a file, or from standard input for "-". */
async function readText(source: string): Promise<string> {
  if (source !== '-') {
    try {
      return await readFile(source, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RevueError('FILE_NOT_FOUND', { file: source });
      throw new RevueError('FILE_UNREADABLE', { file: source, detail: (error as Error).message });
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `revue import`: pages, files and feeds into the archive, one line per item and a summary. */
export function registerImportCommand(program: Command): void {
  program
    .command('import [inputs...]')
    .description(words().import.description)
    .option('--text <file>', words().import.text)
    .option('--url <url>', words().import.url)
    .action(async (inputs: string[], opts: { text?: string; url?: string }, command: Command) => {
      if (opts.text === undefined && inputs.length === 0) command.error(words().import.nothing);
      const pasted = opts.text === undefined ? null : await readText(opts.text);
      const revue = await openArchive(command);
      try {
        const outcomes: ImportOutcome[] = [];
        if (pasted !== null) {
          for (const outcome of await revue.call('import.text', { text: pasted, ...(opts.url ? { url: opts.url } : {}) })) {
            console.log(describe(outcome));
            outcomes.push(outcome);
          }
        }
        // One call per input, so each line is printed as soon as its page is in.
        for (const input of inputs) {
          for (const outcome of await revue.call('import.paths', { inputs: [input] })) {
            outcomes.push(outcome);
            console.log(describe(outcome));
          }
        }
        const tally = (status: ImportOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
        const imported = tally('imported');
        const duplicates = tally('duplicate');
        const failures = tally('failed');
        const texts = words().import;
        console.log(
          fill(texts.summary, {
            imported: count(texts.summaryImported, imported),
            duplicates: count(texts.summaryDuplicates, duplicates),
            failures: count(texts.summaryFailures, failures),
          }),
        );
        process.exitCode = imported + duplicates === 0 ? 1 : 0;
      } finally {
        await revue.close();
      }
    });
}
