import type { Page } from '@playwright/test';
import { articleOf, expect, test } from './fixtures';
import Database from 'better-sqlite3';

/** A 2 × 2 PNG in the app's red, written for this test. */
const LOGO_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGPokpEBIgYIBQAW/gMJC17eUwAAAABJRU5ErkJggg==';
const ORGANISATION = 'Agence de presse du Littoral';
const NEW_DEFAULTS = ['À la une', 'National', 'International', 'Économie', 'Société', 'Régions', 'Culture'];

async function openSettings(page: Page): Promise<void> {
  await page.getByTestId('settings-open').click();
  await expect(page.getByRole('dialog', { name: 'Réglages' })).toBeVisible();
  await expect(page.getByLabel('Nom de l’organisation')).toBeEnabled();
}

async function sectionNames(page: Page): Promise<string[]> {
  return page.getByTestId('settings-section-name').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

test('saves the organisation, the logo and the default sections, and new reviews and exports use them', async ({ page, app, api }) => {
  await page.goto(app.url);
  await openSettings(page);
  const dialog = page.getByTestId('settings-dialog');

  await dialog.getByLabel('Nom de l’organisation').fill(ORGANISATION);
  await dialog.getByLabel('Choisir un logo').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(LOGO_BASE64, 'base64'),
  });
  await expect(dialog.getByRole('img', { name: 'Aperçu du logo' })).toBeVisible();
  await expect(dialog.getByText('2 × 2 px')).toBeVisible();

  await dialog.getByRole('button', { name: 'Retirer « Sport »' }).click();
  await dialog.getByLabel('Nouvelle rubrique').fill('Régions');
  await dialog.getByLabel('Nouvelle rubrique').press('Enter');
  await dialog.getByRole('button', { name: 'Monter « Régions »' }).click();
  expect(await sectionNames(page)).toEqual(NEW_DEFAULTS);

  // The daily backups' space: 20 GB unless the user says otherwise.
  await expect(dialog.getByLabel('Place des sauvegardes quotidiennes (Go)')).toHaveValue('20');
  await dialog.getByLabel('Place des sauvegardes quotidiennes (Go)').fill('5');

  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByTestId('settings-status')).toHaveText('Réglages enregistrés');
  expect((await api('settings.get', {})).backupCapGb).toBe(5);

  // Escape closes the dialog and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('settings-open')).toBeFocused();

  await page.reload();
  await openSettings(page);
  await expect(dialog.getByLabel('Nom de l’organisation')).toHaveValue(ORGANISATION);
  await expect(dialog.getByRole('img', { name: 'Aperçu du logo' })).toHaveAttribute('src', `data:image/png;base64,${LOGO_BASE64}`);
  expect(await sectionNames(page)).toEqual(NEW_DEFAULTS);
  await expect(dialog.getByLabel('Place des sauvegardes quotidiennes (Go)')).toHaveValue('5');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('review-date').fill('2026-03-02');
  await page.getByTestId('create-review').click();
  await expect(page.getByTestId('review-sections').getByTestId('section-name')).toHaveText(NEW_DEFAULTS);

  const review = await api('reviews.get', { date: '2026-03-02', edition: '' });
  const { html } = await api('reviews.renderHtml', { reviewId: review?.id ?? 0, lang: 'fr' });
  expect(html).toContain(ORGANISATION);
  expect(html).toMatch(/<img[^>]+src="data:image\/png;base64,/);
});

test('refuses a file that is not an image, and switches the interface language on save', async ({ page, app }) => {
  await page.goto(app.url);
  await openSettings(page);
  const dialog = page.getByTestId('settings-dialog');

  await dialog.getByLabel('Choisir un logo').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a picture'),
  });
  await expect(dialog.getByRole('alert')).toHaveText('Cette image ne peut pas être lue.');
  await expect(dialog.getByText('Aucun logo.')).toBeVisible();

  await dialog.getByLabel('Langue de l’interface').selectOption('en');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByTestId('settings-status')).toHaveText('Settings saved');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'Reader' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reader' })).toBeVisible();
});

test('shows what the purge would remove with the period typed, before it is saved', async ({ page, app, api }) => {
  const ids: number[] = [];
  for (const [title, text] of [
    ['Le vieux marché ferme', 'Le vieux marché du centre fermera ses portes après quarante ans d’activité, annoncent les commerçants.'],
    ['La piscine rouvre', 'La piscine municipale rouvre lundi après six mois de travaux, avec un bassin agrandi et des horaires élargis.'],
  ]) {
    const [outcome] = await api('import.text', { text: `${title}\n\n${text}` });
    ids.push(articleOf(outcome));
  }
  await api('inbox.triage', { articleIds: ids, decision: 'dismissed' });
  // The first one was dismissed 40 days ago (written in the archive as a past triage would be).
  const db = new Database(app.dbPath);
  db.prepare('UPDATE triage SET decided_at = ? WHERE article_id = ?').run(new Date(Date.now() - 40 * 86_400_000).toISOString(), ids[0]);
  db.close();

  await page.goto(app.url);
  await openSettings(page);
  const dialog = page.getByTestId('settings-dialog');
  const preview = dialog.getByTestId('settings-purge-preview');
  await expect(preview).toHaveText('Avec 90\u00a0jours, la prochaine purge ne supprimerait aucun article.');

  await dialog.getByLabel('Garder les articles écartés (jours)').fill('30');
  await expect(preview).toContainText('Avec 30\u00a0jours, la prochaine purge supprimerait définitivement 1\u00a0article écarté\u00a0:');
  await expect(preview.getByTestId('settings-purge-article')).toHaveCount(1);
  await expect(preview.getByTestId('settings-purge-article')).toContainText('Le vieux marché ferme');

  // Nothing applies until saved, and nothing is deleted by looking.
  expect((await api('settings.get', {})).retentionDays).toBe(90);
  expect((await api('articles.search', {})).total).toBe(2);
});
