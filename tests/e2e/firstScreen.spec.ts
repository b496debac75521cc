import { expect, test } from './fixtures';
import Database from 'better-sqlite3';

test('creates the review of a chosen date, and it is still there after a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await expect(page.getByText('Aucun article pour l’instant.')).toBeVisible();
  await expect(page.getByText('Aucun article ouvert.')).toBeVisible();

  await page.getByTestId('review-date').fill('2025-12-31');
  await expect(page.getByText('Pas encore de revue pour cette date.')).toBeVisible();
  await page.getByTestId('create-review').click();
  await expect(page.getByTestId('review-title')).toHaveText('Revue de presse du mercredi 31 décembre 2025');
  await expect(page.getByTestId('review-sections').getByText('À la une')).toBeVisible();

  await page.reload();
  await page.getByTestId('review-date').fill('2025-12-31');
  await expect(page.getByTestId('review-title')).toHaveText('Revue de presse du mercredi 31 décembre 2025');

  // The review is in the real SQLite file, not only in the page.
  const db = new Database(app.dbPath, { readonly: true });
  const row = db.prepare('SELECT title FROM reviews WHERE date = ?').get('2025-12-31') as { title: string };
  db.close();
  expect(row.title).toBe('Revue de presse du mercredi 31 décembre 2025');
});

test('switches the interface to English and titles a new review in English', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('switch-language').click();
  await expect(page.getByRole('heading', { name: 'Reader' })).toBeVisible();
  await page.getByTestId('review-date').fill('2026-01-02');
  await page.getByTestId('create-review').click();
  await expect(page.getByTestId('review-title')).toHaveText('Press review of Friday, 2 January 2026');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reader' })).toBeVisible();
});

test('refuses requests without the launch token or with a foreign Host', async ({ request, app }) => {
  const api = `${app.origin}/api/reviews.list`;
  const noToken = await request.post(api, { data: {} });
  expect(noToken.status()).toBe(401);
  const wrongToken = await request.post(api, { data: {}, headers: { Authorization: 'Bearer nope' } });
  expect(wrongToken.status()).toBe(401);
  const wrongHost = await request.post(api, {
    data: {},
    headers: { Authorization: `Bearer ${app.token}`, Host: 'evil.example:80' },
  });
  expect(wrongHost.status()).toBe(403);
  const wrongOrigin = await request.post(api, {
    data: {},
    headers: { Authorization: `Bearer ${app.token}`, Origin: 'http://evil.example' },
  });
  expect(wrongOrigin.status()).toBe(403);
  const good = await request.post(api, { data: {}, headers: { Authorization: `Bearer ${app.token}` } });
  expect(good.status()).toBe(200);
  expect(await good.json()).toEqual({ ok: true, value: [] });
});
