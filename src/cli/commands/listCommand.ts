import type { Command } from 'commander';
import type { Revue } from '../../core/revue.js';
import { openArchive } from './openArchive.js';

/** What a `list` subcommand lists and how it prints each item. */
export interface ListCommand<T> {
  description: string;
  jsonOption: string;
  list(revue: Revue): Promise<readonly T[]>;
  /** The item in the JSON array printed with --json (the contract other tools rely on). */
  json(item: T): unknown;
  line(item: T): string;
  /** Said on stderr when there is nothing to list. */
  none(): string;
}

/** Registers `<parent> list [--json]`: one line per item, the JSON array with --json, or a word on stderr when there is none. */
export function registerListCommand<T>(parent: Command, spec: ListCommand<T>): void {
  parent
    .command('list')
    .description(spec.description)
    .option('--json', spec.jsonOption)
    .action(async (opts: { json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const items = await spec.list(revue);
        if (opts.json) console.log(JSON.stringify(items.map((item) => spec.json(item))));
        else if (items.length === 0) console.error(spec.none());
        else for (const item of items) console.log(spec.line(item));
      } finally {
        await revue.close();
      }
    });
}
