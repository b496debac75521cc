import { writeSync } from 'node:fs';
import type { Command } from 'commander';
import { words } from '../language.js';
import { loadCore } from './openArchive.js';
import { migrationProgressOnStderr } from './migrationProgress.js';

/**
 * `revue upgrade`: brings an archive of an older Revue up to date (a reindex of years of articles
 * takes a while) and exits. `--progress-json` prints one JSON line per step on stdout,
 * `{"task","done","total"}`: how `revue serve` shows the progress in the browser while it runs.
 */
export function registerUpgradeCommand(program: Command): void {
  program
    .command('upgrade')
    .description(words().upgrade.description)
    .option('--progress-json', words().upgrade.progressJson)
    .action(async (opts: { progressJson?: boolean }, command: Command) => {
      const { db } = command.optsWithGlobals<{ db?: string }>();
      const { upgradeArchive, resolveDbPath } = await loadCore();
      const onStderr = migrationProgressOnStderr();
      upgradeArchive(resolveDbPath(db), (step) => {
        // Written at once, even to a pipe (the migration holds the event loop until it ends).
        if (opts.progressJson) writeSync(1, `${JSON.stringify(step)}\n`);
        else onStderr(step.task, step.done, step.total);
      });
    });
}
