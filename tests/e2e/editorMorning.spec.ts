// An editor's morning (issue #12): what is typed reaches the archive and the document that goes out.
import type { Page } from '@playwright/test';
import { expect, importTexts, test, type Api, type BrowserMode } from './fixtures';
import type { Review } from '../../src/shared/domain';

test.use({ viewport: { width: 1500, height: 950 } });

const DATE = '2025-12-31';
const FRENCH = `Le port de Tanger agrandit son terminal
Les travaux du nouveau terminal à conteneurs commenceront au printemps, a annoncé mardi l’autorité portuaire.
Le chantier doit durer trois ans et créer plusieurs centaines d’emplois dans la région.`;
const ARABIC = `ميناء طنجة يوسع محطته للحاويات
أعلنت السلطة المينائية يوم الثلاثاء أن أشغال المحطة الجديدة ستنطلق في الربيع المقبل.
ومن المنتظر أن تستمر الأشغال ثلاث سنوات وأن توفر مئات مناصب الشغل في الجهة.`;

/** Two articles imported as pasted text, both in the review of the day; returns their ids. */
async function setUp(api: Api): Promise<{ french: number; arabic: number; review: Review }> {
  const ids = await importTexts(api, [FRENCH, ARABIC]);
  const [french = 0, arabic = 0] = ids;
  const { review } = await api('reviews.addItems', { date: DATE, articleIds: ids, lang: 'fr' });
  return { french, arabic, review };
}

async function openReview(page: Page, app: BrowserMode): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('review-date').fill(DATE);
  await expect(page.getByTestId('compose')).toBeVisible();
}

const stored = async (api: Api): Promise<Review> => {
  const review = await api('reviews.get', { date: DATE });
  if (!review) throw new Error('no review');
  return review;
};

test('an item follows the article’s chapeau until it is edited in the item, and takes it back on request', async ({ page, app, api }) => {
  const { french } = await setUp(api);
  await openReview(page, app);
  const item = page.getByTestId('review-item').first();
  await item.getByTestId('item-expand').click();
  await expect(item.getByTestId('item-summary')).toHaveValue('');
  await expect(item.getByTestId('item-summary-rule')).toHaveText('Celui de l’article (suit ses modifications tant que vous ne le changez pas ici).');

  // Written in the reader after the article was added: the review has it.
  await page.getByTestId('article-row').filter({ hasText: 'Le port de Tanger' }).click();
  await page.getByTestId('reader-summary').fill('Un chapeau écrit dans le lecteur.');
  await expect(page.getByTestId('reader-summary-status')).toHaveText('enregistré');
  await page.getByTestId('reader-summary').blur();
  await page.reload();
  await page.getByTestId('review-date').fill(DATE);
  const again = page.getByTestId('review-item').first();
  await again.getByTestId('item-expand').click();
  await expect(again.getByTestId('item-summary')).toHaveValue('Un chapeau écrit dans le lecteur.');

  // Edited in the item: the item keeps its own and says so; the reader's later edits stay out.
  await again.getByTestId('item-summary').fill('Le chapeau de la revue.');
  await expect(again.getByTestId('item-summary-status')).toHaveText('enregistré');
  await again.getByTestId('item-summary').blur();
  await expect(again.getByTestId('item-summary-rule')).toContainText('Propre à cette revue.');
  await api('articles.update', { id: french, summary: 'Encore un autre chapeau.' });
  expect((await stored(api)).items[0]).toMatchObject({ summary: 'Le chapeau de la revue.', summaryFromArticle: false });

  // "Reprendre celui de l’article".
  await again.getByTestId('item-summary-from-article').click();
  await expect(again.getByTestId('item-summary')).toHaveValue('Encore un autre chapeau.');
  expect((await stored(api)).items[0]).toMatchObject({ summary: 'Encore un autre chapeau.', summaryFromArticle: true });
});

test('text typed in any review or reader field just before a reload is saved, not lost', async ({ page, app, api }) => {
  await setUp(api);
  await openReview(page, app);
  const [first, second] = [page.getByTestId('review-item').nth(0), page.getByTestId('review-item').nth(1)];
  await first.getByTestId('item-expand').click();
  await first.getByTestId('item-comment').fill('Commentaire tapé juste avant de recharger.');
  await page.reload();
  await expect.poll(async () => (await stored(api)).items[0]?.comment).toBe('Commentaire tapé juste avant de recharger.');

  await page.getByTestId('review-date').fill(DATE);
  await second.getByTestId('item-expand').click();
  await second.getByTestId('item-summary').fill('Chapeau tapé juste avant de recharger.');
  await page.getByTestId('review-intro').fill('Introduction tapée juste avant de recharger.');
  await page.reload();
  await expect.poll(async () => (await stored(api)).items[1]?.summary).toBe('Chapeau tapé juste avant de recharger.');
  expect((await stored(api)).intro).toBe('Introduction tapée juste avant de recharger.');

  await page.getByTestId('article-row').first().click();
  await page.getByTestId('reader-comment').fill('Note privée tapée juste avant de recharger.');
  const articleId = Number(await page.getByTestId('reader').getAttribute('data-article-id'));
  await page.reload();
  await expect.poll(async () => (await api('articles.get', { id: articleId })).comment).toBe(
    'Note privée tapée juste avant de recharger.',
  );
});

test('asks before leaving while a text cannot be saved', async ({ page, app, api }) => {
  await setUp(api);
  await openReview(page, app);
  const item = page.getByTestId('review-item').first();
  await item.getByTestId('item-expand').click();
  // An empty headline cannot be saved: leaving would lose the edit.
  await item.getByTestId('item-headline-input').fill('');
  let asked = false;
  page.on('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

test('before exporting, says how many items have no chapeau and fills them with the opening paragraph; an empty review only after a warning', async ({ page, app, api }) => {
  await setUp(api);
  await openReview(page, app);
  await page.getByTestId('export-docx').click();
  const ask = page.getByTestId('export-ask');
  await expect(ask).toContainText('2\u00A0articles n’ont pas de chapeau');
  const download = page.waitForEvent('download');
  await ask.getByTestId('export-fill').click();
  await download;
  const review = await stored(api);
  expect(review.items.map((item) => item.summary)).toEqual([
    'Les travaux du nouveau terminal à conteneurs commenceront au printemps, a annoncé mardi l’autorité portuaire.',
    'أعلنت السلطة المينائية يوم الثلاثاء أن أشغال المحطة الجديدة ستنطلق في الربيع المقبل.',
  ]);

  // An empty review: asked first; cancelling exports nothing.
  for (const item of review.items) await api('items.remove', { id: item.id });
  await page.reload();
  await page.getByTestId('review-date').fill(DATE);
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('export-ask')).toContainText('La revue ne contient aucun article');
  await page.getByTestId('export-cancel').click();
  await expect(page.getByTestId('export-ask')).toHaveCount(0);
  await expect(page.getByTestId('export-status')).toHaveCount(0);
});

test('deleting an article a review uses names that review first; the item then says the article was deleted, and opening an article ticks nothing', async ({ page, app, api }) => {
  await setUp(api);
  await openReview(page, app);
  const rows = page.getByTestId('article-row');
  // Open one, tick the other with Ctrl: one ticked, not two.
  await rows.filter({ hasText: 'Le port de Tanger' }).click();
  await rows.filter({ hasText: 'ميناء طنجة' }).click({ modifiers: ['Control'] });
  await expect(rows.filter({ hasText: 'Le port de Tanger' })).toHaveAttribute('aria-selected', 'false');
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);

  await rows.filter({ hasText: 'Le port de Tanger' }).click();
  await page.getByTestId('reader-delete').click();
  const confirm = page.getByTestId('delete-confirm');
  await expect(confirm).toContainText('Cet article est dans une revue');
  await expect(confirm.getByTestId('delete-usage')).toHaveText('« Le port de Tanger agrandit son terminal »\u00A0: revue du mercredi 31 décembre 2025');
  await expect(rows).toHaveCount(2);
  await confirm.getByTestId('delete-confirm-yes').click();
  await expect(rows).toHaveCount(1);

  const item = page.getByTestId('review-item').filter({ hasText: 'Le port de Tanger' });
  await expect(item.getByTestId('item-deleted')).toContainText('Article supprimé de la bibliothèque\u00A0: il reste dans cette revue.');
  await item.getByTestId('item-expand').click();
  await expect(item.getByTestId('item-deleted-highlights')).toBeVisible();
  await expect(page.getByText(/Introuvable/)).toHaveCount(0);
  await item.getByTestId('item-restore').click();
  await expect(rows).toHaveCount(2);
  await expect(item.getByTestId('item-deleted')).toHaveCount(0);
});

test('opening another article starts at its title', async ({ page, app, api }) => {
  const long = `Un long article sur le port\n${'Les travaux du nouveau terminal avancent selon le calendrier prévu par l’autorité portuaire. '.repeat(12)}\n`.repeat(1) +
    Array.from({ length: 40 }, (_, i) => `Paragraphe ${i + 1} : le chantier emploie des centaines d’ouvriers venus de toute la région.`).join('\n');
  // Both long: a short second article would bring the pane back to the top by itself.
  for (const text of [long, `${FRENCH}\n${long.split('\n').slice(1).join('\n')}`]) await api('import.text', { text });
  await page.goto(app.url);
  await page.getByTestId('article-row').filter({ hasText: 'Un long article' }).click();
  const pane = page.getByTestId('reader-pane');
  await pane.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect.poll(() => pane.evaluate((element) => element.scrollTop)).toBeGreaterThan(300);
  await page.getByTestId('article-row').filter({ hasText: 'Le port de Tanger' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('Le port de Tanger agrandit son terminal');
  await expect.poll(() => pane.evaluate((element) => element.scrollTop)).toBe(0);
  await expect(page.getByTestId('reader-title')).toBeInViewport();
});

test('speaks French properly: unknown date, language names, the app’s own validation messages, growing text fields', async ({ page, app, api }) => {
  await setUp(api);
  await page.goto(app.url);
  await page.getByTestId('article-row').filter({ hasText: 'Le port de Tanger' }).click();
  await expect(page.getByTestId('reader-date-unknown')).toHaveText('Date inconnue');
  const languages = await page.getByTestId('filter-lang').locator('option').allTextContents();
  expect(languages).toEqual(expect.arrayContaining(['arabe (1)', 'français (1)']));

  // A field's own rule broken: the message is the app's, in French, not the browser's.
  await page.getByTestId('import-toggle').click();
  await page.getByTestId('import-tab-feeds').click();
  const feedUrl = page.getByTestId('feed-url');
  await feedUrl.fill('pas une adresse');
  await page.getByTestId('feed-subscribe').click();
  await expect.poll(() => feedUrl.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(
    'Entrez une adresse web complète, commençant par https://',
  );
  await page.keyboard.press('Escape');

  // The comment field grows with its text.
  const comment = page.getByTestId('reader-comment');
  const before = (await comment.boundingBox())?.height ?? 0;
  await comment.fill(Array.from({ length: 12 }, (_, i) => `Ligne ${i + 1} d’une longue note privée.`).join('\n'));
  await expect.poll(async () => (await comment.boundingBox())?.height ?? 0).toBeGreaterThan(before * 2);
});

test('shows what a pasted text will give (title, source, date) before saving, and refuses a title alone', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('import-toggle').click();
  await page.getByTestId('import-tab-text').click();
  await page.getByTestId('import-text').fill('Un titre seul');
  await expect(page.getByTestId('import-text-preview')).toContainText('Le texte collé n’a qu’une ligne');
  await expect(page.getByTestId('import-text-submit')).toBeDisabled();
  await page.getByTestId('import-text').fill(FRENCH);
  await expect(page.getByTestId('import-text-preview-title')).toHaveText('Le port de Tanger agrandit son terminal');
  await expect(page.getByTestId('import-text-preview')).toContainText('Date inconnue');
  await expect(page.getByTestId('article-row')).toHaveCount(0);
  await page.getByTestId('import-text-submit').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
});
