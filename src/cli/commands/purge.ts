import type { Command } from 'commander';
import { count, words } from '../language.js';
import { openArchive } from './openArchive.js';

/** `revue purge`: deletes the dismissed articles past the retention period that nothing keeps. */
export function registerPurgeCommand(program: Command): void {
  program
    .command('purge')
    .description(words().purge.description)
    .option('--dry-run', words().purge.dryRun)
    .option('--json', words().purge.json)
    .action(async (opts: { dryRun?: boolean; json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const report = await revue.call('archive.purge', { dryRun: opts.dryRun === true });
        if (opts.json) {
          console.log(JSON.stringify(report));
          return;
        }
        for (const a of report.articles) console.log(`${a.id}\t${a.dismissedAt.slice(0, 10)}\t${a.siteName ?? '—'}\t${a.title}`);
        const texts = words().purge;
        console.error(count(report.dryRun ? texts.wouldDelete : texts.deleted, report.articles.length, { days: report.retentionDays }));
      } finally {
        await revue.close();
      }
    });
}
