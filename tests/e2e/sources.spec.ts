import { expect, test } from './fixtures';

/** A full article as a feed carries it: long enough to be read as the article itself. */
function body(town: string): string {
  const paragraph = `À ${town}, le conseil municipal a voté jeudi soir un plan de rénovation du marché couvert, après un long débat sur son financement et sur le calendrier des travaux, qui doivent commencer cet été et durer deux ans.`;
  return `<p>${paragraph}</p>`.repeat(4);
}

function rss(title: string, towns: string[]): string {
  const items = towns
    .map(
      (town, i) => `<item><title>Le marché de ${town} rénové</title><link>https://courrier.example/${i}-${town}</link><guid>${town}</guid>
<pubDate>Wed, 31 Dec 2025 0${i}:00:00 GMT</pubDate><content:encoded><![CDATA[${body(town)}]]></content:encoded></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${title}</title><link>https://courrier.example/</link><language>fr</language>${items}</channel></rss>`;
}

test.use({
  site: {
    serve: (req, res) => {
      if (req.url === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(`<!doctype html><html lang="fr"><head><title>Le Courrier du Val</title>
<link rel="alternate" type="application/rss+xml" title="À la une" href="/une.xml">
<link rel="alternate" type="application/rss+xml" title="Régions" href="/regions.xml"></head><body><h1>Le Courrier du Val</h1></body></html>`);
      }
      const feeds: Record<string, string> = {
        '/une.xml': rss('Le Courrier — À la une', ['Pontvieux']),
        '/regions.xml': rss('Le Courrier — Régions', ['Saint-Aubin', 'Montlouis', 'Bellerive']),
      };
      const feed = feeds[req.url ?? ''];
      if (feed === undefined) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(feed);
    },
  },
});

test('adds a source from a site page (choosing among its feeds), refreshes it, and sees the new articles', async ({ page, app, origin }) => {
  await page.goto(app.url);
  await page.getByTestId('refresh-indicator').click();
  const dialog = page.getByTestId('sources-dialog');
  await expect(dialog.getByText('Aucune source suivie pour l’instant.')).toBeVisible();

  await dialog.getByTestId('source-url').fill(`${origin}/`);
  await dialog.getByTestId('source-preview').click();
  const preview = dialog.getByTestId('source-preview-result');
  await expect(preview).toContainText('Cette page annonce plusieurs flux\u00a0: lequel suivre\u202f?');
  await expect(preview).toContainText('Le marché de Pontvieux rénové');
  await preview.getByTestId('source-candidate').nth(1).check();
  await expect(preview).toContainText('Le marché de Montlouis rénové');
  await dialog.getByTestId('source-follow').click();

  await expect(dialog.getByTestId('sources-notice')).toContainText('Source suivie\u00a0: «\u00a0Le Courrier — Régions\u00a0»');
  const row = dialog.getByTestId('source-row');
  await expect(row).toHaveAttribute('data-status', 'new');
  await expect(row).toContainText('nouvelle');

  await dialog.getByTestId('sources-refresh').click();
  await expect(dialog.getByTestId('sources-notice')).toContainText('3 nouvel(s) article(s)\u00a0; 0 source(s) en échec.');
  await expect(row).toHaveAttribute('data-status', 'ok');
  await expect(row).toContainText('en bon état');
  await dialog.getByTestId('sources-close').click();

  const list = page.getByTestId('article-list');
  for (const town of ['Saint-Aubin', 'Montlouis', 'Bellerive']) await expect(list.getByText(`Le marché de ${town} rénové`)).toBeVisible();
});

test('lists sources with their state, filters, sorts, pauses and resumes in bulk, and imports OPML', async ({ page, app, api, origin }) => {
  await api('sources.add', { url: `${origin}/une.xml` });
  await page.goto(app.url);
  await page.getByTestId('refresh-indicator').click();
  const dialog = page.getByTestId('sources-dialog');

  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Export</title></head><body>
<outline text="Presse"><outline type="rss" text="Régions" xmlUrl="${origin}/regions.xml"/><outline type="rss" xmlUrl="${origin}/absent.xml"/></outline></body></opml>`;
  await dialog.getByTestId('sources-opml-file').setInputFiles({ name: 'abonnements.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
  await expect(dialog.getByTestId('sources-notice')).toHaveText('2 ajoutée(s), 0 déjà suivie(s), 0 en échec.');
  await expect(dialog.getByTestId('source-row')).toHaveCount(3);

  await dialog.getByTestId('sources-refresh').click();
  await expect(dialog.getByTestId('sources-notice')).toContainText('4 nouvel(s) article(s)\u00a0; 1 source(s) en échec.');
  const failing = dialog.getByTestId('source-row').filter({ hasText: 'absent.xml' });
  await expect(failing).toHaveAttribute('data-status', 'failing');
  await expect(failing).toContainText('Le site a répondu 404');

  // Sorted by state: the failing source first.
  await dialog.getByTestId('sources-sort-status').click();
  await expect(dialog.getByTestId('source-row').first()).toContainText('absent.xml');

  await dialog.getByTestId('sources-status-filter').selectOption('failing');
  await expect(dialog.getByTestId('source-row')).toHaveCount(1);
  await dialog.getByTestId('sources-status-filter').selectOption('all');
  await dialog.getByTestId('sources-filter').fill('regions');
  await expect(dialog.getByTestId('source-row')).toHaveCount(1);
  await dialog.getByTestId('sources-filter').fill('');

  await dialog.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
  await dialog.getByTestId('sources-pause').click();
  await expect(dialog.locator('[data-testid="source-row"][data-status="paused"]')).toHaveCount(3);
  await dialog.getByRole('checkbox', { name: 'Sélectionner «\u00a0Le Courrier — À la une\u00a0»' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Sélectionner «\u00a0127.0.0.1\u00a0»' }).uncheck();
  await dialog.getByTestId('sources-resume').click();
  await expect(dialog.locator('[data-testid="source-row"][data-status="paused"]')).toHaveCount(2);
});

test('edits a source: name, publication from the registry (its articles credited to it), language, interval, pause', async ({ page, app, api, origin }) => {
  await api('publications.add', { name: 'Le Courrier du Val', aliases: ['Courrier du Val'] });
  const { source } = await api('sources.add', { url: `${origin}/une.xml` });
  // Paused until edited, so the background refresh does not import its item first.
  await api('sources.setEnabled', { ids: [source.id], enabled: false });
  await page.goto(app.url);
  await page.getByTestId('refresh-indicator').click();
  const dialog = page.getByTestId('sources-dialog');
  const row = dialog.getByTestId('source-row');
  await row.getByRole('button', { name: 'Modifier «\u00a0Le Courrier — À la une\u00a0»' }).click();

  const form = dialog.getByTestId('source-edit');
  await expect(form.getByTestId('source-edit-name')).toHaveValue('Le Courrier — À la une');
  await expect(form.getByTestId('source-edit-every')).toHaveValue('30');
  await expect(form.locator('datalist option[value="Le Courrier du Val"]')).toHaveCount(1);
  await form.getByTestId('source-edit-name').fill('À la une');
  // An alias the registry knows: the source takes that publication, no new one.
  await form.getByTestId('source-edit-publication').fill('Courrier du Val');
  await form.getByTestId('source-edit-lang').selectOption('fr');
  await form.getByTestId('source-edit-every').fill('60');
  await form.getByTestId('source-edit-enabled').check();
  await form.getByTestId('source-edit-save').click();

  await expect(dialog.getByTestId('sources-notice')).toHaveText('Source «\u00a0À la une\u00a0» enregistrée.');
  await expect(form).toBeHidden();
  await expect(row).toContainText('À la une');
  await expect(row.getByTestId('source-publication')).toHaveText('Le Courrier du Val');
  await expect(row).toContainText('60 min');

  await expect(row).toHaveAttribute('data-status', 'new');
  await dialog.getByTestId('sources-refresh').click();
  await expect(row).toHaveAttribute('data-status', 'ok');
  const [article] = (await api('articles.search', {})).hits;
  expect(article).toMatchObject({ siteName: 'Le Courrier du Val', lang: 'fr' });
  const names = (await api('publications.list', {})).map((p) => p.name);
  expect(names.filter((name) => name.includes('Courrier du Val'))).toEqual(['Le Courrier du Val']);

  // Paused from the form; a bad interval is refused with a message, nothing saved.
  await row.getByTestId('source-edit-open').click();
  await form.getByTestId('source-edit-enabled').uncheck();
  await form.getByTestId('source-edit-save').click();
  await expect(row).toHaveAttribute('data-status', 'paused');
  await row.getByTestId('source-edit-open').click();
  await form.getByTestId('source-edit-every').fill('2');
  await form.getByTestId('source-edit-save').click();
  await expect(form).toBeVisible();
  await expect(row).toContainText('60 min');
});
