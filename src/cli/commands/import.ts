import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { RevueError } from '../../shared/errors.js';
import type { ImportOutcome } from '../../shared/domain.js';
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
    .description("importer des URL, fichiers HTML ou flux RSS/Atom dans l'archive, ou un texte collé (--text)")
    .option('--text <fichier>', 'importer un texte collé : son fichier, ou - pour l’entrée standard (la première ligne est le titre)')
    .option('--url <adresse>', 'avec --text : l’adresse de l’article')
    .action(async (inputs: string[], opts: { text?: string; url?: string }, command: Command) => {
      if (opts.text === undefined && inputs.length === 0) command.error('revue import : donnez des adresses, des fichiers, ou --text FICHIER');
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
        const count = (status: ImportOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
        const imported = count('imported');
        const duplicates = count('duplicate');
        const failures = count('failed');
        console.log(`${imported} importé(s), ${duplicates} doublon(s), ${failures} échec(s)`);
        process.exitCode = imported + duplicates === 0 ? 1 : 0;
      } finally {
        await revue.close();
      }
    });
}
