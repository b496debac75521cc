import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { startServer } from '../../server/startServer.js';
import { toSerializedError } from '../../shared/errors.js';
import { fill } from '../../shared/i18n/messages.js';
import { errorText, words } from '../language.js';
import { loadCore, openArchive } from './openArchive.js';
import { upgradeInChild } from './upgradeInChild.js';

/** `revue serve`: the browser mode, the app's UI and API on 127.0.0.1. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(words().serve.description)
    .option('--port <port>', words().serve.port, '5179')
    .action(async (opts: { port: string }, command: Command) => {
      const { ArchiveOpening, backupTiming, IdleTrigger, packageRoot, resolveDbPath } = await loadCore();
      const RENDERER_DIR = join(packageRoot(), 'out', 'renderer');
      if (!existsSync(`${RENDERER_DIR}/index.html`)) {
        console.error(`revue: ${words().serve.notBuilt}`);
        process.exitCode = 1;
        return;
      }
      // An older archive is updated in a child process (`revue upgrade`) while the server already
      // answers: the page shows the progress (GET /status) instead of a browser waiting on a
      // blocked process. The contract answers ARCHIVE_UPDATING until the archive is open.
      const { db } = command.optsWithGlobals<{ db?: string }>();
      const opening = new ArchiveOpening(resolveDbPath(db));
      const backup = new IdleTrigger(
        () =>
          void opening.revue
            ?.call('archive.dailyBackup', {})
            .then(() => opening.revue?.call('archive.purge', { dryRun: false }))
            .catch((error: unknown) => console.error(`revue: ${fill(words().serve.backupFailed, { message: errorText(toSerializedError(error)) })}`)),
        backupTiming(),
      );
      const open = async (): Promise<void> => {
        await opening.open(async () => {
          // While it serves, due sources refresh in the background, as in the app.
          const revue = await openArchive(command, { backgroundRefresh: true });
          await revue.preload();
          return revue;
        }, upgradeInChild(db));
        // The day's backup waits for a pause in the editor's requests, and runs off the main
        // thread: a failure is said, never a reason not to serve.
        // The retention purge follows the backup, so what it deletes is still in the day's copy.
        backup.start();
      };
      if (!opening.needsUpdate) await open();
      const server = await startServer({
        onApiCall: () => backup.activity(),
        dispatch: opening.dispatch,
        status: () => opening.status,
        rendererDir: RENDERER_DIR,
        port: Number(opts.port),
        ...(process.env.REVUE_TOKEN ? { token: process.env.REVUE_TOKEN } : {}),
      });
      console.log(fill(words().serve.listening, { url: server.url }));
      let stopping = false;
      const stop = (): void => {
        stopping = true;
        opening.stop();
        backup.stop();
        void server
          .close()
          .then(() => opening.revue?.close())
          .then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      if (opening.needsUpdate) {
        try {
          await open();
        } catch (error) {
          if (stopping) return;
          console.error(`revue: ${errorText(toSerializedError(error))}`);
          await server.close();
          process.exit(1);
        }
      }
    });
}
