import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type ElectronApplication } from '@playwright/test';
import { expectUpdateThenLibrary, writeSchema6Archive } from '../e2e/olderArchive.js';
import { executablePath, launchApp, NO_BINARY } from './launchApp.js';

test.describe('the desktop app on an archive of an earlier Revue', () => {
  test.skip(executablePath === null, NO_BINARY);

  let app: ElectronApplication | undefined;
  let dataDir: string | undefined;

  test.afterEach(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('updates it in a utility process with its progress shown in the window, then opens on it', async () => {
    test.setTimeout(180_000);
    dataDir = mkdtempSync(join(tmpdir(), 'revue-electron-update-'));
    const dbPath = join(dataDir, 'revue.sqlite');
    writeSchema6Archive(dbPath);
    app = await launchApp(dbPath);
    // The same screen as the browser mode's, fed over IPC by the main process.
    await expectUpdateThenLibrary(await app.firstWindow());
  });
});
