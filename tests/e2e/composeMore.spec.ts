import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, reviewOfTexts, test, type Api } from './fixtures';
import { docxParagraphs, docxParts } from '../unit/export/exportTools';
import { localIsoDay } from '../../src/shared/localDay';

const LIBRARY = join(import.meta.dirname, '../fixtures/library');
const ECO = 'Économie : les commerces du centre-ville reprennent des couleurs';
const TEXTS = [
  'Le Parlement adopte la loi de finances\nLe Parlement a adopté mardi la loi de finances après trois semaines de débats.\nLe texte prévoit une hausse des investissements publics.',
  'La saison des pluies commence\nLes premières averses sont tombées dimanche sur le nord du pays.\nLes barrages devraient en profiter tout le mois de janvier.',
];
const HEADLINES = TEXTS.map((text) => text.split('\n')[0] ?? '');

test.use({ viewport: { width: 1500, height: 950 } });

/** Imports the two short texts and puts them in the first section of a day's review (created if need be). */
async function reviewWithItems(api: Api, date: string): Promise<void> {
  await api('settings.update', { defaultSections: ['À la une', 'Économie'] });
  await reviewOfTexts(api, date, TEXTS);
}

/** Today in this machine's time zone, the day the library's `a` key adds to. */
const today = (): string => localIsoDay();

async function openDay(page: Page, date: string): Promise<void> {
  await page.getByTestId('review-date').fill(date);
}

async function createReview(page: Page, date: string): Promise<void> {
  await openDay(page, date);
  await page.getByTestId('create-review').click();
  await expect(page.getByTestId('compose')).toBeVisible();
}

const day = (page: Page, date: string): Locator => page.locator(`[data-testid="calendar-day"][data-date="${date}"]`);
const section = (page: Page, name: string): Locator =>
  page.getByTestId('review-section').filter({ has: page.getByTestId('section-name').getByText(name, { exact: true }) });

test('shows the reviews in a month calendar, opens one by a click or the keyboard, and browses the months', async ({ page, app }) => {
  await page.goto(app.url);
  await createReview(page, '2025-12-05');
  await createReview(page, '2025-12-18');

  await page.getByTestId('review-tab-reviews').click();
  const grid = page.getByRole('grid', { name: 'décembre 2025' });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('columnheader')).toHaveText(['L', 'M', 'M', 'J', 'V', 'S', 'D']);
  await expect(grid.getByRole('columnheader').first()).toHaveAttribute('abbr', 'lundi');
  // 1 December 2025 is a Monday: the first cell of the grid.
  await expect(grid.getByRole('gridcell').first()).toHaveAttribute('data-date', '2025-12-01');
  await expect(page.getByTestId('calendar-day')).toHaveCount(31);
  await expect(page.locator('[data-testid="calendar-day"]:not([data-count="0"])')).toHaveCount(2);
  await expect(day(page, '2025-12-05')).toHaveAttribute('data-count', '1');
  await expect(day(page, '2025-12-05')).toHaveAccessibleName('vendredi 5 décembre 2025, 1 revue');
  await expect(day(page, '2025-12-06')).toHaveAccessibleName('samedi 6 décembre 2025, aucune revue');
  // The open review's day is the selected one; under the grid, the month's reviews.
  await expect(day(page, '2025-12-18')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('reviews-entry')).toHaveCount(2);
  await expect(page.getByTestId('reviews-entry').first()).toContainText('Revue de presse du vendredi 5 décembre 2025');
  await expect(page.getByTestId('reviews-entry').first()).toContainText('aucun article');

  await day(page, '2025-12-05').click();
  await expect(page.getByTestId('review-tab-compose')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('review-title')).toHaveText('Revue de presse du vendredi 5 décembre 2025');
  await expect(page.getByTestId('review-date')).toHaveValue('05/12/2025');

  // The months before and after.
  await page.getByTestId('review-tab-reviews').click();
  await page.getByTestId('calendar-next').click();
  await expect(page.getByTestId('calendar-month')).toHaveText('janvier 2026');
  await expect(page.locator('[data-testid="calendar-day"]:not([data-count="0"])')).toHaveCount(0);
  await expect(page.getByTestId('reviews-entry')).toHaveCount(0);
  await page.getByTestId('calendar-previous').click();
  await page.getByTestId('calendar-previous').click();
  await expect(page.getByRole('grid', { name: 'novembre 2025' })).toBeVisible();
  await expect(page.getByTestId('calendar-day')).toHaveCount(30);
  await page.getByTestId('calendar-next').click();
  await expect(page.getByTestId('calendar-month')).toHaveText('décembre 2025');

  // Keyboard: Tab reaches the open review's day, arrows move by day and week, Enter opens.
  await day(page, '2025-12-05').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(day(page, '2025-12-19')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(day(page, '2025-12-18')).toBeFocused();
  await expect(day(page, '2025-12-18')).toHaveAttribute('tabindex', '0');
  await expect(day(page, '2025-12-05')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-title')).toHaveText('Revue de presse du jeudi 18 décembre 2025');

  // Arrows cross into the next month.
  await page.getByTestId('review-tab-reviews').click();
  await day(page, '2025-12-18').focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('calendar-month')).toHaveText('janvier 2026');
  await expect(day(page, '2026-01-18')).toBeFocused();
});

test('starts the review of the 31st from the structure of the 30th: its sections, none of its items', async ({ page, app, api }) => {
  await reviewWithItems(api, '2025-12-30');
  await page.goto(app.url);
  await openDay(page, '2025-12-30');
  await expect(page.getByTestId('review-item')).toHaveCount(2);

  await page.getByTestId('section-name').getByText('Économie', { exact: true }).click();
  await page.getByTestId('section-rename-input').fill('Économie et social');
  await page.getByTestId('section-rename-input').press('Enter');
  await page.getByTestId('new-section-name').fill('Culture');
  await page.getByTestId('add-section').click();
  await expect(page.getByTestId('section-name')).toHaveText(['À la une', 'Économie et social', 'Culture']);

  await openDay(page, '2025-12-31');
  const copy = page.getByTestId('copy-previous');
  await expect(copy).toBeChecked();
  await expect(page.getByText('Reprendre la structure de la revue du 30 déc. 2025')).toBeVisible();
  await expect(page.getByText('Rubriques : À la une, Économie et social, Culture')).toBeVisible();
  await page.getByTestId('create-review').click();
  await expect(page.getByTestId('review-title')).toHaveText('Revue de presse du mercredi 31 décembre 2025');
  await expect(page.getByTestId('section-name')).toHaveText(['À la une', 'Économie et social', 'Culture']);
  await expect(page.getByTestId('review-item')).toHaveCount(0);

  // The review copied from is untouched.
  await openDay(page, '2025-12-30');
  await expect(page.getByTestId('review-item')).toHaveCount(2);
});

test('quotes a highlighted passage: the preview shows it as a block quote and the DOCX in the Quote style', async ({ page, app, api }) => {
  await page.goto(app.url);
  await page.getByTestId('import-toggle').click();
  await page.getByTestId('import-tab-files').click();
  await page.getByTestId('import-files').setInputFiles([join(LIBRARY, 'economie-fr.html')]);
  await expect(page.getByTestId('import-summary')).toHaveText('1 importé');
  await page.getByTestId('import-close').click();

  const row = page.getByTestId('article-list').getByRole('option').filter({ hasText: ECO });
  await row.click();
  await expect(page.getByTestId('reader-title')).toHaveText(ECO);
  await page.evaluate(() => {
    // The words "regain au nouveau … du samedi" selected with a DOM Selection, as a mouse would.
    const body = document.querySelector('[data-testid="article-body"]');
    const walker = body ? document.createTreeWalker(body, NodeFilter.SHOW_TEXT) : null;
    for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
      const text = node.textContent ?? '';
      const start = text.indexOf('regain au nouveau');
      if (start === -1) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, text.indexOf('du samedi') + 'du samedi'.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error('passage not found');
  });
  await expect(page.getByTestId('highlight-toolbar')).toBeVisible();
  await page.keyboard.press('h');
  const quote = 'regain au nouveau marché du samedi';
  await expect(page.locator('mark.hl-yellow')).toHaveText(quote);

  // Added to the review of the day with the `a` key of the list.
  await row.click();
  await page.keyboard.press('a');
  // The section is asked for, the first offered: Enter adds there.
  await expect(page.getByTestId('add-to-section').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('library-notice')).toHaveText('1 article ajouté à la revue du jour, rubrique «\u00A0À la une\u00A0»');
  const item = page.getByTestId('review-item');
  await expect(item).toHaveCount(1);
  await item.getByTestId('item-expand').click();
  const box = item.getByTestId('item-quote');
  await expect(box).toHaveCount(1);
  await expect(item.getByTestId('item-editor').getByText(quote)).toBeVisible();
  await box.check();
  await expect(box).toBeChecked();

  await page.getByTestId('review-tab-preview').click();
  await expect(page.getByTestId('preview-page').locator('blockquote.quote')).toHaveText(`« ${quote} »`);

  const review = await api('reviews.get', { date: today(), edition: '' });
  if (!review) throw new Error('no review');
  expect(Object.values(review.quotes).map((q) => q.exact)).toEqual([quote]);
  const file = await api('reviews.export', { reviewId: review.id, format: 'docx', lang: 'fr' });
  const paragraphs = docxParagraphs(docxParts(Buffer.from(file.dataBase64, 'base64'))['word/document.xml'] ?? '');
  const quoted = paragraphs.filter((paragraph) => paragraph.style === 'Quote');
  expect(quoted).toHaveLength(1);
  expect(quoted[0]?.text).toContain(quote);
});

test('moves an item to another section with “Déplacer vers…”, without dragging', async ({ page, app, api }) => {
  await reviewWithItems(api, '2025-12-31');
  await page.goto(app.url);
  await openDay(page, '2025-12-31');
  await expect(section(page, 'À la une').getByTestId('item-headline')).toHaveText(HEADLINES);

  const rain = page.getByTestId('review-item').filter({ hasText: HEADLINES[1] ?? '' });
  await rain.getByTestId('item-expand').click();
  const menu = rain.getByTestId('item-move-to');
  await expect(menu).toHaveAccessibleName('Déplacer vers…');
  await expect(menu.locator('option', { hasText: 'À la une' })).toBeDisabled();
  // A select: the keyboard opens and chooses it like any other.
  await menu.focus();
  await menu.selectOption({ label: 'Économie' });
  await expect(section(page, 'Économie').getByTestId('item-headline')).toHaveText([HEADLINES[1] ?? '']);
  await expect(section(page, 'À la une').getByTestId('item-headline')).toHaveText([HEADLINES[0] ?? '']);
  await expect(page.getByTestId('review-announcer')).toHaveText(`« ${HEADLINES[1]} » déplacé dans « Économie », position 1`);

  await page.reload();
  await openDay(page, '2025-12-31');
  await expect(section(page, 'Économie').getByTestId('item-headline')).toHaveText([HEADLINES[1] ?? '']);
});

test('creates an evening edition of the same day and switches between the two editions', async ({ page, app, api }) => {
  await reviewWithItems(api, '2025-12-31');
  await page.goto(app.url);
  await openDay(page, '2025-12-31');
  await expect(page.getByTestId('review-item')).toHaveCount(2);

  await page.getByTestId('new-edition').click();
  await page.getByTestId('new-edition-name').fill('soir');
  await page.getByTestId('new-edition-name').press('Enter');
  await expect(page.getByTestId('review-edition')).toHaveValue('soir');
  await page.getByTestId('create-review').click();
  await expect(page.getByTestId('compose')).toBeVisible();
  await expect(page.getByTestId('review-item')).toHaveCount(0);
  await expect(page.getByTestId('section-name')).toHaveText(['À la une', 'Économie']);

  await page.getByTestId('review-edition').selectOption('');
  await expect(page.getByTestId('review-item')).toHaveCount(2);
  await page.getByTestId('review-edition').selectOption('soir');
  await expect(page.getByTestId('compose')).toBeVisible();
  await expect(page.getByTestId('review-item')).toHaveCount(0);

  // The calendar counts the day's two editions; the list under it names them.
  await page.getByTestId('review-tab-reviews').click();
  await expect(day(page, '2025-12-31').getByTestId('calendar-count')).toHaveText('2');
  await expect(day(page, '2025-12-31')).toHaveAccessibleName('mercredi 31 décembre 2025, 2 revues');
  await expect(page.getByTestId('reviews-entry')).toHaveCount(2);
  await page.getByTestId('reviews-entry').filter({ hasText: 'soir' }).click();
  await expect(page.getByTestId('review-edition')).toHaveValue('soir');
  await page.getByTestId('review-tab-reviews').click();
  await page.getByTestId('reviews-entry').filter({ hasNotText: 'soir' }).click();
  await expect(page.getByTestId('review-edition')).toHaveValue('');
  await expect(page.getByTestId('review-item')).toHaveCount(2);
});
