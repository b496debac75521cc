import type { Command } from 'commander';
import type { RefreshReport } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { fill } from '../../shared/i18n/messages.js';
import { count, errorText, words } from '../language.js';
import { openArchive } from './openArchive.js';

/** How long `revue refresh` waits for a refresh held by the app or another cron run. */
const LOCK_WAIT_MS = 60_000;
/** sysexits' EX_TEMPFAIL: "try again later", which cron wrappers and systemd understand. */
const EXIT_BUSY = 75;

/** The report as `revue refresh --json` promises it to other tools. */
function reportJson(report: RefreshReport): Record<string, unknown> {
  return {
    sources: report.sources.map((s) => ({ id: s.id, name: s.name, new: s.new, unchanged: s.unchanged, failed: s.failed, error: s.error === null ? null : errorText(s.error) })),
    new: report.new,
    durationMs: report.durationMs,
  };
}

function line(source: RefreshReport['sources'][number]): string {
  const texts = words().refresh;
  const message = source.error ? errorText(source.error) : '';
  if (source.failed) return fill(texts.failed, { name: source.name, message });
  if (source.unchanged) return `=       ${source.name}`;
  const failures = source.itemFailures > 0 ? count(texts.itemFailures, source.itemFailures, { message }) : '';
  return `+${String(source.new).padEnd(6)} ${source.name}${failures}`;
}

/** `revue refresh`: the due sources (or all), from cron or a systemd timer when the app is closed. */
export function registerRefreshCommand(program: Command): void {
  program
    .command('refresh')
    .description(words().refresh.description)
    .option('--all', words().refresh.all, false)
    .option('--json', words().refresh.json)
    .action(async (opts: { all: boolean; json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      // Interrupted: the archive closes, which hands the refresh lock back at once.
      const stop = (code: number) => () => {
        void revue.close().finally(() => process.exit(code));
      };
      process.once('SIGINT', stop(130));
      process.once('SIGTERM', stop(143));
      try {
        const status = await revue.call('refresh.status', {});
        if (status.elsewhere !== null) {
          console.error(fill(words().refresh.elsewhere, { pid: status.elsewhere.pid, host: status.elsewhere.host }));
        }
        const report = await revue.call('refresh.run', { all: opts.all, waitMs: LOCK_WAIT_MS });
        if (opts.json) console.log(JSON.stringify(reportJson(report)));
        else {
          for (const source of report.sources) console.log(line(source));
          const failed = report.sources.filter((s) => s.failed).length;
          const unchanged = report.sources.filter((s) => s.unchanged).length;
          const texts = words().refresh;
          console.log(
            fill(texts.summary, {
              fresh: count(texts.fresh, report.new),
              sources: count(texts.sources, report.sources.length),
              unchanged: count(texts.unchanged, unchanged),
              failed: fill(texts.failedCount, { count: failed }),
              seconds: (report.durationMs / 1000).toFixed(1),
            }),
          );
        }
        // Nothing new is not an error; only a run where every source failed is.
        process.exitCode = report.sources.length > 0 && report.sources.every((s) => s.failed) ? 1 : 0;
      } catch (error) {
        if (error instanceof RevueError && error.code === 'REFRESH_BUSY') {
          console.error(`revue: ${errorText(error)}`);
          process.exitCode = EXIT_BUSY;
          return;
        }
        throw error;
      } finally {
        await revue.close();
      }
    });
}
