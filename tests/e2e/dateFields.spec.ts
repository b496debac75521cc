import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './browserMode';

let app: BrowserMode;

test.beforeEach(async () => {
  app = await startBrowserMode();
});

test.afterEach(async () => {
  await app.stop();
});

// A browser set to American English: a native date field would show 12/31/2025 there.
test.use({ locale: 'en-US' });

test('day fields are written and read in the UI language’s order, whatever the browser’s locale', async ({ page }) => {
  await page.goto(app.url);
  const day = page.getByTestId('review-date');
  await expect(day).toHaveAttribute('placeholder', 'JJ/MM/AAAA');

  // Typed day first, as a French editor writes it.
  await day.fill('31/12/2025');
  await expect(page.getByText('Pas encore de revue pour cette date.')).toBeVisible();
  await page.getByTestId('create-review').click();
  await expect(page.getByTestId('review-title')).toHaveText('Revue de presse du mercredi 31 décembre 2025');
  await day.blur();
  await expect(day).toHaveValue('31/12/2025');

  // Not a day: the field says so in the UI language, and the review stays.
  await day.fill('31/11/2025');
  await expect(day).toHaveJSProperty('validationMessage', 'Entrez une date sous la forme JJ/MM/AAAA.');
  await expect(page.getByTestId('review-title')).toHaveText('Revue de presse du mercredi 31 décembre 2025');

  // In English the same day reads 31/12/2025 too (day first), with an English hint.
  await page.getByTestId('switch-language').click();
  await expect(day).toHaveAttribute('placeholder', 'DD/MM/YYYY');
  await day.fill('02/01/2026');
  await day.blur();
  await expect(day).toHaveValue('02/01/2026');
  await expect(page.getByText('No review for this date yet.')).toBeVisible();
});
