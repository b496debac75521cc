import { test } from '@playwright/test';
import { expectUpdateThenLibrary, writeSchema6Archive } from './olderArchive';
import { startBrowserMode, type BrowserMode } from './browserMode';

let app: BrowserMode;

test.afterEach(async ({ page }) => {
  await page.close();
  await app.stop();
});

test('an archive of an earlier Revue is reindexed with its progress shown in the browser, then the app opens on it', async ({ page }) => {
  test.setTimeout(180_000);
  app = await startBrowserMode({ prepare: writeSchema6Archive });
  await page.goto(app.url);

  await expectUpdateThenLibrary(page);
});
