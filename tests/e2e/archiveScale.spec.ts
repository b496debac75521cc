import { expect, test } from './fixtures';

/** A small article page of its own for each day of January 2025. */
function dayPage(day: number): { name: string; dataBase64: string } {
  const date = `2025-01-${String(day).padStart(2, '0')}`;
  const words = ['port', 'récolte', 'tribunal', 'musée', 'barrage', 'université', 'loyer'];
  const paragraphs = Array.from(
    { length: 4 },
    (_, p) => `<p>Le ${date}, chronique numéro ${day}, paragraphe ${p + 1} : ${words.map((w, i) => `${w}${(day * 7 + i + p) % 97}`).join(' ')} et la suite du récit de la journée, longuement racontée pour que la page soit un article.</p>`,
  ).join('');
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Chronique du ${day} janvier</title>
    <meta property="article:published_time" content="${date}T08:00:00Z"><meta property="og:site_name" content="Le Quotidien"></head>
    <body><article><h1>Chronique du ${day} janvier</h1>${paragraphs}</article></body></html>`;
  return { name: `jour-${day}.html`, dataBase64: Buffer.from(html).toString('base64') };
}

test('the library counts with the language’s digit grouping and jumps to a day', async ({ page, app, api }) => {
  const files = Array.from({ length: 31 }, (_, i) => dayPage(i + 1));
  await api('import.files', { files });
  await page.goto(app.url);
  await expect(page.getByTestId('library-count')).toHaveText('31 articles');

  await page.getByTestId('jump-to-day').fill('2025-01-12');
  await page.getByTestId('jump-to-day').dispatchEvent('change');
  // Newest first: 19 days (31 down to 13 January) come before the 12th.
  const active = page.locator('[data-testid="article-row"].active');
  await expect(active).toContainText('Chronique du 12 janvier');
});

test('asks for the list’s first page at once, without waiting for the settings, and fills the filters after it', async ({ page, app, api }) => {
  await api('import.files', { files: [dayPage(1), dayPage(2)] });
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/([\w.]+)$/.exec(request.url())?.[1];
    if (method) calls.push(method);
  });
  // The settings are held back until the list's request has left: the app's panes are drawn
  // only once the settings are known, so a list that asked only once drawn would never ask.
  let releaseSettings: () => void = () => undefined;
  const settingsHeld = new Promise<void>((resolve) => (releaseSettings = resolve));
  await page.route('**/api/settings.get', async (route) => {
    await settingsHeld;
    await route.continue();
  });
  const firstPage = page.waitForRequest('**/api/articles.search');
  await page.goto(app.url);
  await firstPage;
  releaseSettings();

  await expect(page.getByTestId('article-row')).toHaveCount(2);
  await expect(page.getByTestId('library-count')).toHaveText('2 articles');
  // The filter menus are filled after the first page, not before it.
  await expect(page.getByTestId('filter-source').locator('option', { hasText: 'Le Quotidien (2)' })).toHaveCount(1);
  expect(calls.indexOf('articles.facets')).toBeGreaterThan(calls.indexOf('articles.search'));
  expect(calls.filter((method) => method === 'articles.search')).toHaveLength(1);
});

test('draws the review pane once the list shows its first rows, not before', async ({ page, app, api }) => {
  await api('import.files', { files: [dayPage(3)] });
  // The list's first page is held back: the review pane must wait for it.
  let releaseList: () => void = () => undefined;
  const listHeld = new Promise<void>((resolve) => (releaseList = resolve));
  await page.route('**/api/articles.search', async (route) => {
    await listHeld;
    await route.continue();
  });
  await page.goto(app.url);
  await expect(page.getByTestId('library-search')).toBeVisible();
  await expect(page.getByTestId('review-tab-compose')).toHaveCount(0);

  releaseList();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await expect(page.getByTestId('review-tab-compose')).toBeVisible();
});
