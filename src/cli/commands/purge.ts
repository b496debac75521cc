import type { Command } from 'commander';
import { openArchive } from './openArchive.js';

/** `revue purge`: deletes the dismissed articles past the retention period that nothing keeps. */
export function registerPurgeCommand(program: Command): void {
  program
    .command('purge')
    .description('supprimer les articles écartés depuis plus de N jours (réglage) que rien ne retient (revue, surlignage, note, étiquette)')
    .option('--dry-run', 'montrer ce qui partirait, sans rien supprimer')
    .option('--json', 'sortie JSON : { dryRun, retentionDays, dismissedBefore, articles }')
    .action(async (opts: { dryRun?: boolean; json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const report = await revue.call('archive.purge', { dryRun: opts.dryRun === true });
        if (opts.json) {
          console.log(JSON.stringify(report));
          return;
        }
        for (const a of report.articles) console.log(`${a.id}\t${a.dismissedAt.slice(0, 10)}\t${a.siteName ?? '—'}\t${a.title}`);
        const count = report.articles.length;
        const verb = report.dryRun ? 'seraient supprimés' : 'supprimés';
        console.error(`${count} article(s) ${verb} (écartés depuis plus de ${report.retentionDays} jours)`);
      } finally {
        await revue.close();
      }
    });
}
