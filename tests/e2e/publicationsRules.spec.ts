import { articleOf, expect, test, type Api } from './fixtures';

/** A page of our own where the readers' comments outweigh the short story beside them. */
function commentedPage(site: string, slug: string): string {
  const comments = Array.from(
    { length: 9 },
    (_, i) => `<p>Réaction ${i} : cette histoire de digue est un scandale qui dure depuis des années, et personne à la mairie ne veut rien entendre de nos plaintes répétées.</p>`,
  ).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le port ${slug} rouvre</title>
<meta property="og:site_name" content="${site}"></head><body>
<div class="page"><div class="story"><h1>Le port ${slug} rouvre</h1>
<p>Le port de pêche ${slug} a rouvert mardi après trois semaines de travaux sur la digue principale.</p>
<p>Les pêcheurs saluent la fin du chantier, qui avait privé la ville de sa criée pendant tout le mois.</p></div>
<section class="reactions"><h2>Vos réactions</h2>${comments}</section></div></body></html>`;
}

test.use({
  site: {
    serve: (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(commentedPage('Le Courrier du Port', req.url === '/digue' ? 'de Tanger' : 'ailleurs'));
    },
  },
});

const importFile = async (api: Api, name: string, html: string): Promise<number> =>
  articleOf((await api('import.files', { files: [{ name, dataBase64: Buffer.from(html).toString('base64') }] }))[0]);

test('Réglages › Publications: merges two spellings of one outlet and adds an alias', async ({ page, app, api }) => {
  await importFile(api, 'a.html', commentedPage('Gazette du Rif', 'A'));
  await importFile(api, 'b.html', commentedPage('La Gazette du Rif', 'B'));
  await page.goto(app.url);
  await expect(page.getByTestId('row-source').filter({ hasText: /^Gazette du Rif$/ })).toHaveCount(1);

  await page.getByTestId('settings-open').click();
  await page.getByTestId('settings-publications').click();
  const dialog = page.getByTestId('publications-dialog');
  await expect(dialog).toBeVisible();
  const rows = dialog.getByTestId('publication-row');
  await expect(rows).toHaveCount(2);

  const from = rows.filter({ has: page.getByTestId('publication-name').getByText('Gazette du Rif', { exact: true }) });
  await from.getByTestId('publication-merge').click();
  await from.getByTestId('publication-merge-target').selectOption({ label: 'La Gazette du Rif' });
  await from.getByTestId('publication-apply').click();
  await expect(dialog.getByTestId('publications-notice')).toHaveText('«\u00a0Gazette du Rif\u00a0» fusionnée dans «\u00a0La Gazette du Rif\u00a0».');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('publication-count')).toHaveText('2 articles');
  await expect(rows.first().getByTestId('publication-aliases')).toContainText('Gazette du Rif');

  await rows.first().getByTestId('publication-alias').click();
  await rows.first().getByTestId('publication-edit-input').fill('Gazette Rif Hebdo');
  await rows.first().getByTestId('publication-apply').click();
  await expect(rows.first().getByTestId('publication-aliases')).toContainText('Gazette Rif Hebdo');

  // A name that is another publication's is refused with the reason.
  await rows.first().getByTestId('publication-alias').click();
  await rows.first().getByTestId('publication-edit-input').fill('lemonde.fr');
  await rows.first().getByTestId('publication-apply').click();
  await expect(dialog.getByTestId('publications-error')).toContainText('désigne déjà «\u00a0Le Monde\u00a0»');

  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByTestId('row-source').filter({ hasText: /^La Gazette du Rif$/ })).toHaveCount(2);
});

test('Réglages › Publications: reclassifies a publication as an edition of another, and removes a wrong alias', async ({ page, app, api }) => {
  await importFile(api, 'c.html', commentedPage('La Voix du Souss', 'C'));
  await importFile(api, 'd.html', commentedPage('Le Héraut de Tiznit', 'D'));
  await page.goto(app.url);
  await page.getByTestId('settings-open').click();
  await page.getByTestId('settings-publications').click();
  const dialog = page.getByTestId('publications-dialog');
  const row = dialog.getByTestId('publication-row').filter({ has: page.getByTestId('publication-name').getByText('La Voix du Souss', { exact: true }) });

  await row.getByTestId('publication-details').click();
  await row.getByTestId('publication-type').selectOption({ label: 'hebdomadaire' });
  await row.getByTestId('publication-country').fill('ma');
  await row.getByTestId('publication-edition').selectOption({ label: 'Le Héraut de Tiznit' });
  await row.getByTestId('publication-apply').click();
  await expect(dialog.getByTestId('publications-notice')).toHaveText('«\u00a0La Voix du Souss\u00a0» mise à jour.');
  await expect(row).toContainText('hebdomadaire · MA');
  await expect(row).toContainText('Édition de Le Héraut de Tiznit');

  await row.getByTestId('publication-alias').click();
  await row.getByTestId('publication-edit-input').fill('Voix Souss Hebdo');
  await row.getByTestId('publication-apply').click();
  await expect(row.getByTestId('publication-alias-chip')).toHaveText(['Voix Souss Hebdo×']);
  await row.getByRole('button', { name: 'Retirer l’alias «\u00a0Voix Souss Hebdo\u00a0» de «\u00a0La Voix du Souss\u00a0»' }).click();
  await expect(dialog.getByTestId('publications-notice')).toHaveText('Alias «\u00a0Voix Souss Hebdo\u00a0» retiré de «\u00a0La Voix du Souss\u00a0».');
  await expect(row.getByTestId('publication-aliases')).toHaveCount(0);

  // What the dialog showed is what the archive holds.
  const list = await api('publications.list', {});
  expect(list.find((p) => p.name === 'La Voix du Souss')).toMatchObject({ type: 'weekly', country: 'MA', editionOf: { name: 'Le Héraut de Tiznit' }, aliases: [] });
});

test('“Ce n’est pas l’article”: choosing the block in the reader saves a site rule and extracts the article again', async ({ page, app, api, origin }) => {
  const [outcome] = await api('import.urls', { urls: [`${origin}/digue`] });
  const id = articleOf(outcome);
  await api('highlights.create', { articleId: id, exact: 'trois semaines de travaux' });
  await api('highlights.create', { articleId: id, exact: 'nos plaintes répétées' });

  await page.goto(app.url);
  await page.getByTestId('article-row').first().click();
  const reader = page.getByTestId('reader');
  await expect(reader).toContainText('Réaction 3');

  await reader.getByTestId('reader-not-article').click();
  const dialog = page.getByTestId('not-article-dialog');
  await expect(dialog.getByTestId('pick-domain')).toHaveValue('127.0.0.1');
  const story = dialog.locator('[data-testid="pick-block"][data-selector="div.story"]');
  await story.getByTestId('pick-use').click();
  await expect(dialog.getByTestId('pick-matched')).toHaveText('Le sélecteur désigne 1 bloc.');
  await expect(dialog.getByTestId('pick-preview')).toContainText('a rouvert mardi');
  await expect(dialog.getByTestId('pick-preview')).not.toContainText('Réaction');
  await dialog.getByTestId('pick-save').click();
  await expect(dialog).toBeHidden();

  await expect(reader).not.toContainText('Réaction 3');
  await expect(reader).toContainText('a rouvert mardi');
  const report = reader.getByTestId('reader-reextracted');
  await expect(report).toContainText('1 passage surligné retrouvé');
  await expect(report.getByTestId('reader-unanchored')).toHaveText(['nos plaintes répétées']);

  // The rule is listed in Réglages and applies to the next page of the site at import.
  const rules = await api('siteRules.list', {});
  expect(rules).toEqual([expect.objectContaining({ domain: '127.0.0.1', body: 'div.story' })]);
  const [next] = await api('import.urls', { urls: [`${origin}/phare`] });
  const article = await api('articles.get', { id: articleOf(next) });
  expect(article.text).not.toContain('Réaction');
});
