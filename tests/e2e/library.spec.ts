import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserMode } from './fixtures';
import { selectPassage } from './selectPassage';

const FIXTURES = join(import.meta.dirname, '../fixtures/library');
const ECO = 'Économie : les commerces du centre-ville reprennent des couleurs';
const JAZZ = 'Le festival de jazz des Rives annonce sa programmation';
const AR = 'الْمَدِينَةُ تَفْتَتِحُ سُوقًا جَدِيدَةً لِلْمُنْتِجِينَ الْمَحَلِّيِّينَ';

let dialogs: string[];

test.beforeEach(async ({ page }) => {
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

async function importFixtures(page: Page, app: BrowserMode): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('import-toggle').click();
  await page.getByTestId('import-tab-files').click();
  await page
    .getByTestId('import-files')
    .setInputFiles(['economie-fr.html', 'festival-fr.html', 'iqtisad-ar.html'].map((name) => join(FIXTURES, name)));
  await expect(page.getByTestId('import-summary')).toHaveText('3 importés');
  await page.getByTestId('import-close').click();
}

const rows = (page: Page) => page.getByTestId('article-list').getByRole('option');
const row = (page: Page, title: string) => rows(page).filter({ hasText: title });


test('searches as you type, with or without accents and tashkeel', async ({ page, app }) => {
  await importFixtures(page, app);
  await expect(rows(page)).toHaveCount(3);
  const search = page.getByTestId('library-search');

  await search.fill('economie');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(ECO);
  await expect(page.getByTestId('library-count')).toHaveText('1 résultat');
  // A word of the text, typed without its cedilla and quoted (that form only, not "commerce"):
  // the snippet marks it as written.
  await search.fill('"commercants"');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByTestId('row-snippet').locator('mark').first()).toHaveText('commerçants');

  await search.fill('économie');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(ECO);

  // Typed fast, letter by letter: only the last query's results show.
  await search.fill('');
  await search.pressSequentially('jazz', { delay: 20 });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(JAZZ);

  await search.fill('المدينة');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByText(AR)).toHaveAttribute('dir', 'rtl');
  // The snippet's HTML is reduced to text and <mark>.
  const snippetTags = await rows(page)
    .first()
    .getByTestId('row-snippet')
    .evaluate((node) => [...node.querySelectorAll('*')].map((child) => child.tagName));
  expect(snippetTags.every((tag) => tag === 'MARK')).toBe(true);

  await search.fill('');
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId('library-count')).toHaveText('3 articles');
});

test('is driven by the keyboard: / searches, j and k move, Enter opens, a adds to the review', async ({ page, app }) => {
  await importFixtures(page, app);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.getByTestId('library-search')).toBeFocused();
  await page.keyboard.type('rives');
  await expect(rows(page)).toHaveCount(1);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(rows(page)).toHaveCount(3);

  // Newest first: économie (12 March), the Arabic market (5 March), jazz (20 February).
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('article-list')).toBeFocused();
  await expect(rows(page).nth(0)).toHaveClass(/\bactive\b/);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(rows(page).nth(2)).toHaveClass(/\bactive\b/);
  await page.keyboard.press('k');
  await expect(rows(page).nth(1)).toHaveClass(/\bactive\b/);
  await expect(rows(page).nth(0)).not.toHaveClass(/\bactive\b/);
  // Moving reads, it does not tick: bulk actions act on ticked rows only.
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader-title')).toHaveText(AR);
  await expect(page.getByTestId('article-body')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('article-body')).toHaveAttribute('lang', 'ar');

  await page.keyboard.press('a');
  // The section is asked for, the first offered: Enter adds there.
  await expect(page.getByTestId('add-to-section').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('library-notice')).toHaveText('1 article ajouté à la revue du jour, rubrique «\u00A0À la une\u00A0»');
  await expect(row(page, AR).getByTestId('row-in-review')).toBeVisible();

  // Ctrl+A selects every result; the bulk bar acts on them.
  await page.getByTestId('article-list').focus();
  await page.keyboard.press('Control+A');
  await expect(page.getByTestId('bulk-bar')).toContainText('3 sélectionnés');
  await page.getByTestId('bulk-tag').fill('revue-mars');
  await page.getByTestId('bulk-tag').press('Enter');
  await expect(page.getByTestId('library-notice')).toHaveText('3 articles étiquetés « revue-mars »');
});

test('reads, annotates, edits, tags and deletes an article', async ({ page, app }) => {
  await importFixtures(page, app);
  await row(page, ECO).click();
  await expect(page.getByTestId('reader-title')).toHaveText(ECO);

  // The page's script, handlers and image never reach the reader's DOM.
  const reader = page.getByTestId('reader');
  await expect(reader.locator('script')).toHaveCount(0);
  expect(await page.locator('[onerror], [onclick], [onload]').count()).toBe(0);
  const image = page.getByTestId('article-body').locator('img');
  await expect(image).toHaveAttribute('data-src', 'https://images.example.invalid/vitrine.jpg');
  await expect(image).not.toHaveAttribute('src', /./);
  const link = page.getByTestId('article-body').getByRole('link', { name: 'l’étude complète' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await page.getByTestId('toggle-images').click();
  await expect(image).toHaveAttribute('src', 'https://images.example.invalid/vitrine.jpg');
  await page.getByTestId('toggle-images').click();
  await expect(image).not.toHaveAttribute('src', /./);

  // Select a passage and press h: highlighted in yellow.
  await selectPassage(page, 'regain au nouveau', 'du samedi');
  await page.keyboard.press('h');
  const yellow = page.locator('mark.hl.hl-yellow');
  await expect(yellow).toHaveText('regain au nouveau marché du samedi');
  // A passage across a link is painted per text node, in green with a note.
  await selectPassage(page, 'consultez', 'étude complète');
  await page.getByTestId('highlight-toolbar').getByRole('button', { name: 'Note' }).click();
  await page.getByTestId('highlight-note').fill('à citer');
  await page.getByTestId('highlight-green').click();
  await expect(page.locator('mark.hl-green')).toHaveCount(2);
  await expect(page.getByTestId('highlight-list').getByRole('listitem')).toHaveCount(2);

  // Edit the source and the date by hand.
  await page.getByTestId('meta-edit').click();
  await page.getByTestId('meta-source').fill('Gazette du Lac, édition papier');
  await page.getByTestId('meta-date').fill('2026-03-14');
  await page.getByTestId('meta-save').click();
  await expect(page.getByTestId('reader-source')).toHaveText('Gazette du Lac, édition papier');

  // The summary saves as it is typed.
  await page.getByTestId('reader-summary').fill('Les boutiques du centre retrouvent leurs clients.');
  await expect(page.getByTestId('reader-summary-status')).toHaveText('enregistré');

  // A tag, then the same tag offered by the autocomplete on another article.
  await page.getByTestId('tag-input').fill('commerce local');
  await page.getByTestId('tag-input').press('Enter');
  await expect(page.getByTestId('article-tags')).toContainText('commerce local');

  await page.reload();
  const ecoRow = row(page, ECO);
  await expect(ecoRow.getByTestId('row-source')).toHaveText('Gazette du Lac, édition papier');
  await expect(ecoRow.getByTestId('row-date')).toHaveText('14 mars 2026');
  await ecoRow.click();
  await expect(page.locator('mark.hl.hl-yellow')).toHaveText('regain au nouveau marché du samedi');
  await expect(page.locator('mark.hl-green')).toHaveCount(2);
  await expect(page.getByTestId('reader-summary')).toHaveValue('Les boutiques du centre retrouvent leurs clients.');
  await expect(page.getByTestId('article-tags')).toContainText('commerce local');

  // Click a highlight: change its colour.
  await page.locator('mark.hl-yellow').click();
  await page.getByRole('dialog').getByRole('button', { name: 'rose' }).click();
  await expect(page.locator('mark.hl-pink')).toHaveText('regain au nouveau marché du samedi');

  await row(page, JAZZ).click();
  await expect(page.getByTestId('reader-title')).toHaveText(JAZZ);
  await page.getByTestId('tag-input').fill('comm');
  await expect(page.getByTestId('tag-suggestions').locator('option[value="commerce local"]')).toHaveCount(1);
  await page.getByTestId('tag-input').fill('commerce local');
  await page.getByTestId('tag-input').press('Enter');
  await expect(page.getByTestId('article-tags')).toContainText('commerce local');

  // Delete with the Delete key, then undo.
  await row(page, ECO).click();
  await page.keyboard.press('Delete');
  await expect(row(page, ECO)).toHaveCount(0);
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByTestId('undo-toast')).toContainText('Article supprimé');
  await page.getByTestId('undo').click();
  await expect(row(page, ECO)).toHaveCount(1);
  await expect(rows(page)).toHaveCount(3);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __revueInjected?: boolean }).__revueInjected)).toBeUndefined();
});

test('highlights an Arabic article written right to left', async ({ page, app }) => {
  await importFixtures(page, app);
  await row(page, AR).click();
  await expect(page.getByTestId('article-body')).toHaveAttribute('dir', 'rtl');
  await selectPassage(page, 'سُوقًا أُسْبُوعِيَّةً', 'الْمِينَاءِ');
  await page.keyboard.press('h');
  await expect(page.locator('mark.hl-yellow')).toHaveText('سُوقًا أُسْبُوعِيَّةً جَدِيدَةً فِي سَاحَةِ الْمِينَاءِ');
  await page.reload();
  await row(page, AR).click();
  await expect(page.locator('mark.hl-yellow')).toHaveText('سُوقًا أُسْبُوعِيَّةً جَدِيدَةً فِي سَاحَةِ الْمِينَاءِ');
});
