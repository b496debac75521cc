// Room to work (issue #12, points 14, 15 and 17): composing in a wide pane, importing beside the
// library, highlights and their notes within reach, adding to the review in a chosen section.
import type { Page } from '@playwright/test';
import { expect, importTexts, test, type Api } from './fixtures';
import { selectPassage } from './selectPassage';
import { localIsoDay } from '../../src/shared/localDay';

test.use({ viewport: { width: 1500, height: 950 } });

const DATE = '2025-12-31';

const PORT = `Le port de Tanger agrandit son terminal
Les travaux du nouveau terminal à conteneurs commenceront au printemps, a annoncé mardi l’autorité portuaire.
Le chantier doit durer trois ans et créer plusieurs centaines d’emplois dans la région.`;
const RAIN = `Des pluies abondantes sur le nord du pays
Les barrages du bassin du Loukkos affichent un taux de remplissage en nette hausse après une semaine de pluies.
Les agriculteurs de la région se réjouissent d’une saison qui s’annonce meilleure que la précédente.`;

async function switchToEnglish(page: Page): Promise<void> {
  await page.getByTestId('switch-language').click();
  await expect(page.getByTestId('switch-language')).toHaveText('Français');
}

test('the Candidats tab says what its groups are, in French and in English', async ({ page, app, api }) => {
  await importTexts(api, [PORT, RAIN]);
  await api('reviews.create', { date: DATE, lang: 'fr' });
  await page.goto(app.url);
  await page.getByTestId('review-date').fill(DATE);
  await page.getByTestId('review-tab-candidates').click();
  await expect(page.getByTestId('candidate')).toHaveCount(2);
  await expect(page.getByTestId('candidates-explain')).toHaveText(
    'Chaque ligne est un sujet\u00A0: les articles qui en parlent, arrivés depuis la revue précédente, regroupés (avec le nombre de journaux qui le traitent). Les sujets retenus dans les Nouveautés viennent en tête\u202F; ceux déjà dans cette revue ou écartés n’y figurent pas.',
  );

  await switchToEnglish(page);
  await expect(page.getByTestId('candidates-explain')).toHaveText(/^Each line is a story: .* Stories retained in the inbox come first;/);
});

test('the import panel opens beside the library without moving it, keeps focus, and closes on Escape', async ({ page, app, api }) => {
  await importTexts(api, [PORT]);
  await page.goto(app.url);
  const list = page.getByTestId('article-list');
  await expect(list.getByRole('option')).toHaveCount(1);
  const before = await list.boundingBox();

  const toggle = page.getByTestId('import-toggle');
  await toggle.click();
  const panel = page.getByTestId('import-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAccessibleName('Importer des articles');
  // The library has not moved and the panel does not cover it.
  expect(await list.boundingBox()).toEqual(before);
  const drawer = await panel.boundingBox();
  expect(drawer?.x).toBeGreaterThanOrEqual((before?.x ?? 0) + (before?.width ?? 0) - 1);

  // Focus stays in the panel however far one tabs, forwards or back.
  const focusInPanel = (): Promise<boolean> =>
    page.evaluate(() => document.querySelector('[data-testid="import-panel"]')?.contains(document.activeElement) ?? false);
  expect(await focusInPanel()).toBe(true);
  for (let step = 0; step < 25; step += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInPanel()).toBe(true);
  }
  for (let step = 0; step < 10; step += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInPanel()).toBe(true);
  }

  // An article imported from the panel shows in the list behind it, while it stays open.
  await page.getByTestId('import-tab-text').click();
  await page.getByTestId('import-text').fill(RAIN);
  await page.getByTestId('import-text-submit').click();
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option').filter({ hasText: 'Des pluies abondantes' })).toBeInViewport();
  await expect(panel).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();

  await switchToEnglish(page);
  await toggle.click();
  await expect(panel).toHaveAccessibleName('Import articles');
  await panel.getByTestId('import-close').click();
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('“Composer” gives the review the wide pane, keeps drag from the list, and is remembered', async ({ page, app, api }) => {
  await importTexts(api, [PORT, RAIN]);
  await api('reviews.create', { date: DATE, lang: 'fr' });
  await page.goto(app.url);
  await page.getByTestId('review-date').fill(DATE);
  await expect(page.getByTestId('compose')).toBeVisible();
  const reviewPane = page.locator('.pane.review');
  const readerPane = page.getByTestId('reader-pane');
  const width = async (pane: typeof reviewPane): Promise<number> => (await pane.boundingBox())?.width ?? 0;
  const reading = { review: await width(reviewPane), reader: await width(readerPane) };
  expect(reading.review).toBeLessThan(reading.reader);

  const toggle = page.getByRole('button', { name: 'Composer', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The review is now the wide centre pane; the reader stands at the side.
  await expect.poll(() => width(reviewPane)).toBeGreaterThan(reading.reader - 40);
  expect(await width(reviewPane)).toBeGreaterThan(2 * (await width(readerPane)) - 80);
  expect((await reviewPane.boundingBox())?.x ?? 0).toBeLessThan((await readerPane.boundingBox())?.x ?? 0);

  // An article dragged from the list lands in the section it is dropped on.
  const national = page.getByTestId('review-section').filter({ has: page.getByTestId('section-name').getByText('National', { exact: true }) });
  const target = national.getByTestId('section-items');
  const box = await target.boundingBox();
  const row = page.getByTestId('article-list').getByRole('option').filter({ hasText: 'Des pluies abondantes' });
  await row.dragTo(target, { targetPosition: { x: 20, y: (box?.height ?? 10) - 3 } });
  await expect(national.getByTestId('item-headline')).toHaveText(['Des pluies abondantes sur le nord du pays']);
  // Opening an article shows it at the side.
  await row.click();
  await expect(page.getByTestId('reader')).toContainText('Les barrages du bassin du Loukkos');
  await expect(page.getByTestId('reader')).toBeInViewport();

  // Remembered: the app opens composing again.
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('review-date').fill(DATE);
  await expect(page.getByTestId('compose')).toBeVisible();
  expect(await width(reviewPane)).toBeGreaterThan(await width(readerPane));

  await switchToEnglish(page);
  const english = page.getByRole('button', { name: 'Compose', exact: true });
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await english.click();
  await expect(english).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => width(reviewPane)).toBeLessThan(await width(readerPane));
  await page.reload();
  await expect(english).toHaveAttribute('aria-pressed', 'false');
});

const TRAIN = `Le train à grande vitesse prolongé vers Marrakech
L’Office national des chemins de fer a présenté mardi le tracé du prolongement de la ligne à grande vitesse.
Les premiers travaux de génie civil sont prévus pour l’automne prochain.`;

/** Today's review as the archive holds it: each item's headline with its section's name. */
async function placed(api: Api): Promise<string[]> {
  const review = await api('reviews.get', { date: localIsoDay(), edition: '' });
  const section = (id: number): string => review?.sections.find((one) => one.id === id)?.name ?? '?';
  return (review?.items ?? []).map((item) => `${section(item.sectionId)}: ${item.headline}`).sort();
}

test('`a` asks for the section, offers the last one chosen, and adds nothing when cancelled', async ({ page, app, api }) => {
  await importTexts(api, [PORT, RAIN, TRAIN]);
  await page.goto(app.url);
  const row = (text: string) => page.getByTestId('article-list').getByRole('option').filter({ hasText: text });
  const dialog = page.getByTestId('add-to-review');
  const choices = dialog.getByTestId('add-to-section');

  await row(PORT.split('\n')[0] ?? '').click();
  await page.keyboard.press('a');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('add-to-review-question')).toHaveText(/^Dans quelle rubrique de la revue du \S+ \d+ \S+ \d{4} ajouter cet article\u202F\?$/);
  await expect(choices.first()).toBeFocused();
  await expect(choices.first()).toContainText('À la une');
  await expect(dialog.getByTestId('add-to-section-last')).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(choices.nth(2)).toBeFocused();
  await expect(choices.nth(2)).toContainText('International');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('library-notice')).toHaveText('1 article ajouté à la revue du jour, rubrique «\u00A0International\u00A0»');
  expect(await placed(api)).toEqual(['International: Le port de Tanger agrandit son terminal']);

  // The next time, the last section chosen is offered first; Escape adds nothing and gives the list focus back.
  await row('Des pluies abondantes').click();
  await page.keyboard.press('a');
  await expect(choices.filter({ hasText: 'International' })).toBeFocused();
  await expect(choices.filter({ hasText: 'International' }).getByTestId('add-to-section-last')).toHaveText('la dernière choisie');
  await expect(choices.filter({ hasText: 'International' })).toContainText('1\u00A0article');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('article-list')).toBeFocused();
  expect(await placed(api)).toHaveLength(1);

  // Remembered across a reload; the bulk bar asks the same way.
  await page.reload();
  await row('Des pluies abondantes').locator('[data-role="check"]').click();
  await row('Le train à grande vitesse').locator('[data-role="check"]').click();
  await page.getByTestId('bulk-review').click();
  await expect(dialog.getByTestId('add-to-review-question')).toContainText('ajouter ces 2\u00A0articles\u202F?');
  await expect(choices.filter({ hasText: 'International' })).toBeFocused();
  await choices.filter({ hasText: 'Économie' }).click();
  await expect(page.getByTestId('library-notice')).toHaveText('2 articles ajoutés à la revue du jour, rubrique «\u00A0Économie\u00A0»');
  expect(await placed(api)).toEqual([
    'International: Le port de Tanger agrandit son terminal',
    'Économie: Des pluies abondantes sur le nord du pays',
    'Économie: Le train à grande vitesse prolongé vers Marrakech',
  ]);

  await switchToEnglish(page);
  await page.getByTestId('article-list').press('Escape');
  await row('Le port de Tanger').click();
  await page.keyboard.press('a');
  await expect(dialog.getByTestId('add-to-review-question')).toHaveText(/^Which section of the review of .+ should this article go to\?$/);
  await expect(choices.filter({ hasText: 'Économie' }).getByTestId('add-to-section-last')).toHaveText('last chosen');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a highlight with a note is marked in the text and shows its note on hover and on focus', async ({ page, app, api }) => {
  const [id = 0] = await importTexts(api, [PORT]);
  await api('highlights.create', { articleId: id, exact: 'commenceront au printemps' });
  await page.goto(app.url);
  await page.getByTestId('article-list').getByRole('option').first().click();

  // A passage highlighted with a note, through the toolbar.
  await selectPassage(page, 'trois ans', 'centaines d’emplois');
  await page.getByTestId('highlight-toolbar').getByRole('button', { name: 'Note' }).click();
  await page.getByTestId('highlight-note').fill('À vérifier auprès du port');
  await page.getByTestId('highlight-note').press('Enter');

  const noted = page.locator('mark.hl-noted');
  await expect(noted).toHaveText('trois ans et créer plusieurs centaines d’emplois');
  // The marker is drawn after the passage; the highlight without a note has none.
  expect(await noted.evaluate((mark) => getComputedStyle(mark, '::after').content)).toBe('"✎"');
  await expect(page.locator('mark.hl').filter({ hasText: 'commenceront au printemps' })).not.toHaveClass(/hl-noted/);

  const tip = page.getByTestId('highlight-note-tip');
  await expect(tip).toHaveCount(0);
  await noted.hover();
  await expect(tip).toHaveText('À vérifier auprès du port');
  await page.getByTestId('reader-pane').getByRole('heading', { level: 2 }).hover();
  await expect(tip).toHaveCount(0);
  // By keyboard: the noted passage takes focus, shows its note, and Enter opens its editor.
  await noted.focus();
  await expect(tip).toHaveText('À vérifier auprès du port');
  await expect(noted).toHaveAttribute('aria-description', 'À vérifier auprès du port');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-body').locator('..').getByTestId('highlight-editor-note')).toHaveValue('À vérifier auprès du port');

  await switchToEnglish(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('highlights-jump')).toHaveText('2 highlighted passages · 1 note ↓');
});

test('the highlights stay within reach: a counter sticks to the top of the reader and leads to their list', async ({ page, app, api }) => {
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => `Paragraphe ${i + 1} du compte rendu de la session parlementaire consacrée au budget de l’État et aux finances locales.`,
  );
  const [id = 0] = await importTexts(api, [`Le budget de l’État débattu au Parlement\n${paragraphs.join('\n')}`]);
  await api('highlights.create', { articleId: id, exact: 'Paragraphe 2 du compte rendu', note: 'Chiffres à reprendre' });
  await api('highlights.create', { articleId: id, exact: 'Paragraphe 31 du compte rendu' });
  await page.goto(app.url);
  await page.getByTestId('article-list').getByRole('option').first().click();

  const jump = page.getByTestId('highlights-jump');
  const list = page.getByTestId('highlight-list');
  await expect(jump).toHaveText('2\u00A0passages surlignés · 1\u00A0note ↓');
  await expect(jump).toBeInViewport();
  await expect(list).not.toBeInViewport();
  // Half way through the article, the counter is still on screen.
  await page.getByTestId('reader-pane').evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight / 2 }));
  await expect(jump).toBeInViewport();
  await expect(list).not.toBeInViewport();
  await jump.click();
  await expect(list).toBeInViewport();
  await expect(page.getByTestId('highlights-list-anchor')).toBeFocused();
  await expect(list.locator('li')).toHaveCount(2);

  await switchToEnglish(page);
  await expect(jump).toHaveText('2 highlighted passages · 1 note ↓');
});
