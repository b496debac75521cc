import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, test, type BrowserMode } from './fixtures';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const FR_TITLE = 'La médiathèque de Villeneuve rouvre après deux ans de travaux';
const AR_TITLE = 'افتتاح مكتبة عامة جديدة في وسط المدينة';

/** A feed item's page: long enough to be an article, written for this test. */
function feedPage(title: string, town: string): string {
  const paragraph = `À ${town}, le conseil municipal a voté jeudi soir un plan de rénovation des écoles primaires, après un long débat sur son financement et sur le calendrier des travaux, qui doivent commencer cet été.`;
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>${`<p>${paragraph}</p>`.repeat(4)}</article></body></html>`;
}

function feed(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Le Courrier du Val — Régions</title><link>${origin}/</link><description>Les nouvelles des communes</description>
<item><title>Les écoles de Saint-Aubin rénovées</title><link>${origin}/flux/saint-aubin.html</link><guid>val-1</guid>
<description>Le conseil a voté le plan.</description></item>
<item><title>Les écoles de Montlouis rénovées</title><link>${origin}/flux/montlouis.html</link><guid>val-2</guid>
<description>Le conseil a voté le plan.</description></item>
</channel></rss>`;
}

test.use({
  site: {
    serve: (req, res, origin) => {
      const html = (body: string | Buffer): void => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(body);
      };
      switch (req.url) {
        case '/articles/mediatheque.html':
          return html(readFileSync(join(FIXTURES, 'article-fr.html')));
        case '/articles/maktaba.html':
          return html(readFileSync(join(FIXTURES, 'article-ar.html')));
        case '/flux.xml':
          res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
          return res.end(feed(origin));
        case '/flux/saint-aubin.html':
          return html(feedPage('Les écoles de Saint-Aubin rénovées', 'Saint-Aubin'));
        case '/flux/montlouis.html':
          return html(feedPage('Les écoles de Montlouis rénovées', 'Montlouis'));
        default:
          if (req.url?.startsWith('/lent/')) {
            // A slow site, so that the batch can be stopped while an item is under way.
            setTimeout(() => html(feedPage(`Page lente ${req.url}`, 'Lentigny')), 700);
            return;
          }
          res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
          return res.end('<!DOCTYPE html><title>Introuvable</title><p>Page introuvable.</p>');
      }
    },
  },
});

async function openImport(page: Page, app: BrowserMode, tab: 'urls' | 'files' | 'text' | 'feeds'): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('import-toggle').click();
  await page.getByTestId(`import-tab-${tab}`).click();
}

test('imports a pasted list one address at a time and reports each outcome', async ({ page, app, origin }) => {
  await openImport(page, app, 'urls');
  const fr = `${origin}/articles/mediatheque.html`;
  const ar = `${origin}/articles/maktaba.html`;
  const missing = `${origin}/articles/absent.html`;
  // A blank line and a repeated address are not items of the batch.
  await page.getByTestId('import-urls').fill(`${fr}\n\n${ar}\n${fr}\n${missing}\n`);
  await expect(page.getByText('3 adresses')).toBeVisible();
  await page.getByTestId('import-urls-submit').click();

  await expect(page.getByTestId('import-progress')).toContainText('3 / 3');
  const outcomes = page.getByTestId('import-outcome');
  await expect(outcomes).toHaveCount(3);
  await expect(outcomes.nth(0)).toHaveAttribute('data-status', 'imported');
  await expect(outcomes.nth(0)).toContainText(FR_TITLE);
  await expect(outcomes.nth(1)).toHaveAttribute('data-status', 'imported');
  await expect(outcomes.nth(1)).toContainText(AR_TITLE);
  await expect(outcomes.nth(2)).toHaveAttribute('data-status', 'failed');
  await expect(outcomes.nth(2)).toContainText(`Le site a répondu 404 : ${missing}`);
  await expect(page.getByTestId('import-summary')).toHaveText('2 importés · 1 échec');
  await expect(page.getByTestId('import-results')).toHaveAttribute('aria-live', 'polite');
  // The failed address stays in the box, ready to correct and retry; the others leave it.
  await expect(page.getByTestId('import-urls')).toHaveValue(missing);
  await expect(page.getByTestId('import-urls-left')).toHaveText('Cette adresse n’a pas pu être importée (voir ci-dessous)\u00A0: corrigez-la et réessayez.');

  const list = page.getByTestId('article-list');
  await expect(list.getByText(FR_TITLE)).toBeVisible();
  await expect(list.getByText(AR_TITLE)).toHaveAttribute('dir', 'rtl');
  await expect(list.getByText(FR_TITLE)).toHaveAttribute('dir', 'ltr');

  // The same address again: reported as already there, not imported twice.
  await page.getByTestId('import-urls').fill(fr);
  await page.getByTestId('import-urls-submit').click();
  await expect(page.getByTestId('import-progress')).toContainText('1 / 1');
  await expect(outcomes).toHaveCount(1);
  await expect(outcomes.first()).toHaveAttribute('data-status', 'duplicate');
  await expect(outcomes.first()).toContainText(`Déjà dans l’archive : ${FR_TITLE}`);
  await expect(page.getByText('2 articles')).toBeVisible();

  // In English, the failure is shown in English with the same details.
  await page.getByTestId('import-urls').fill(missing);
  await page.getByTestId('import-urls-submit').click();
  await expect(outcomes.first()).toContainText(`Le site a répondu 404 : ${missing}`);
  // The panel keeps its results while it is closed: the language is switched behind it.
  await page.keyboard.press('Escape');
  await page.getByTestId('switch-language').click();
  await page.getByTestId('import-toggle').click();
  await expect(outcomes.first()).toContainText(`The site answered 404: ${missing}`);

  const db = new Database(app.dbPath, { readonly: true });
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM articles').get() as { count: number };
  db.close();
  expect(count).toBe(2);
});

test('imports a windows-1252 page through the file picker with its accents', async ({ page, app }) => {
  await openImport(page, app, 'files');
  await page.getByTestId('import-files').setInputFiles(join(FIXTURES, 'budget-windows-1252.html'));
  const title = 'Budget : l’œuvre de la commission coûtera 3 000 €';
  await expect(page.getByTestId('import-outcome')).toHaveAttribute('data-status', 'imported');
  await expect(page.getByTestId('import-outcome')).toContainText(title);
  await expect(page.getByTestId('article-list').getByText(title)).toBeVisible();
});

test('imports HTML files dropped on the window, and refuses what is not HTML', async ({ page, app }) => {
  await page.goto(app.url);
  // The window takes drops once the app is on screen (after the settings are read).
  await expect(page.getByTestId('import-toggle')).toBeVisible();
  const arabicPage = readFileSync(join(FIXTURES, 'article-ar.html'), 'utf8');
  const drag = await page.evaluateHandle((html) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([html], 'maktaba.html', { type: 'text/html' }));
    transfer.items.add(new File(['ceci est une note'], 'note.txt', { type: 'text/plain' }));
    return transfer;
  }, arabicPage);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: drag });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: drag });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();

  await expect(page.getByTestId('import-progress')).toContainText('2 / 2');
  const outcomes = page.getByTestId('import-outcome');
  await expect(outcomes.nth(0)).toContainText(AR_TITLE);
  await expect(outcomes.nth(1)).toHaveAttribute('data-status', 'failed');
  await expect(outcomes.nth(1)).toContainText('Ce n’est pas une page HTML, mais du texte brut : note.txt');
  await expect(page.getByTestId('article-list').getByText(AR_TITLE)).toHaveAttribute('dir', 'rtl');
});

test('imports a pasted text titled by its first line', async ({ page, app }) => {
  await openImport(page, app, 'text');
  await page
    .getByTestId('import-text')
    .fill(
      'Le marché couvert fête ses cent ans\n\nLes commerçants du marché couvert ont célébré dimanche le centenaire du bâtiment.\nUne exposition de photographies anciennes est installée jusqu’à la fin du mois.',
    );
  await page.getByTestId('import-text-submit').click();
  await expect(page.getByTestId('import-outcome')).toHaveAttribute('data-status', 'imported');
  await expect(page.getByTestId('article-list').getByText('Le marché couvert fête ses cent ans')).toBeVisible();
});

test('subscribes to a feed, imports its items, and a refresh finds nothing new', async ({ page, app, origin }) => {
  await openImport(page, app, 'feeds');
  await expect(page.getByText('Aucun flux suivi pour l’instant.')).toBeVisible();
  await page.getByTestId('feed-url').fill(`${origin}/flux.xml`);
  await page.getByTestId('feed-name').fill('Courrier — Régions');
  await page.getByTestId('feed-subscribe').click();

  await expect(page.getByTestId('import-summary')).toHaveText('2 nouveaux articles');
  const list = page.getByTestId('article-list');
  await expect(list.getByText('Les écoles de Saint-Aubin rénovées')).toBeVisible();
  await expect(list.getByText('Les écoles de Montlouis rénovées')).toBeVisible();
  await expect(page.getByTestId('feed-list')).toContainText('Courrier — Régions');
  await expect(page.getByTestId('feed-list')).toContainText('2 articles');

  await page.getByRole('button', { name: 'Actualiser le flux « Courrier — Régions »' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('Aucun nouvel article');
  await expect(page.getByTestId('import-outcome')).toHaveCount(0);
  await page.getByTestId('feeds-refresh-all').click();
  await expect(page.getByTestId('import-summary')).toHaveText('Aucun nouvel article');

  const db = new Database(app.dbPath, { readonly: true });
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM articles').get() as { count: number };
  db.close();
  expect(count).toBe(2);
});

test('stops a batch after the item under way, keeping what was imported', async ({ page, app, origin }) => {
  await openImport(page, app, 'urls');
  await page.getByTestId('import-urls').fill([1, 2, 3].map((n) => `${origin}/lent/${n}.html`).join('\n'));
  await page.getByTestId('import-urls-submit').click();
  await expect(page.getByTestId('import-progress')).toContainText('0 / 3');
  await page.getByTestId('import-cancel').click();
  await expect(page.getByText('Import arrêté : ce qui était terminé reste dans l’archive.')).toBeVisible();
  await expect(page.getByTestId('import-progress')).toContainText('1 / 3');
  await expect(page.getByTestId('import-outcome')).toHaveCount(1);
  await expect(page.getByTestId('article-list').getByText('Page lente /lent/1.html')).toBeVisible();
});
