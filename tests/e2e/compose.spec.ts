import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, pagesBySlug, test, type BrowserMode } from './fixtures';

interface FixtureArticle {
  slug: string;
  site: string;
  author: string;
  date: string;
  lang: string;
  title: string;
  text?: string;
  textOf?: string;
  /** A closing line that makes a near-copy of another outlet's text. */
  extra?: string;
}

const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/compose/articles.json'), 'utf8')) as {
  articles: FixtureArticle[];
  sameStory: FixtureArticle;
};
const bySlug = new Map([...fixtures.articles, fixtures.sameStory].map((article) => [article.slug, article]));
const title = (slug: string): string => bySlug.get(slug)?.title ?? slug;

/** An article page: the text four times over, long enough for the extractor to take it as an article. */
function page(article: FixtureArticle): string {
  const text = article.text ?? bySlug.get(article.textOf ?? '')?.text ?? '';
  const dir = article.lang === 'ar' ? 'rtl' : 'ltr';
  return `<!DOCTYPE html><html lang="${article.lang}" dir="${dir}"><head><meta charset="utf-8">
<title>${article.title}</title><meta property="og:site_name" content="${article.site}">
<meta name="author" content="${article.author}"><meta property="article:published_time" content="${article.date}T08:00:00+01:00">
</head><body><article><h1>${article.title}</h1>${`<p>${text}</p>`.repeat(4)}${article.extra ? `<p>${article.extra}</p>` : ''}</article></body></html>`;
}

test.use({
  viewport: { width: 1500, height: 950 },
  site: pagesBySlug((slug) => {
    const article = bySlug.get(slug);
    return article && page(article);
  }),
});

/** Imports the fixture pages by their addresses on the local site, through the import panel. */
async function importArticles(page: Page, app: BrowserMode, origin: string, slugs: string[]): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('import-toggle').click();
  await page.getByTestId('import-tab-urls').click();
  await page.getByTestId('import-urls').fill(slugs.map((slug) => `${origin}/${slug}.html`).join('\n'));
  await page.getByTestId('import-urls-submit').click();
  await expect(page.getByTestId('import-summary')).toHaveText(`${slugs.length} importés`, { timeout: 20_000 });
  await page.getByTestId('import-close').click();
}

async function createReview(page: Page, date: string): Promise<void> {
  await page.getByTestId('review-date').fill(date);
  await page.getByTestId('create-review').click();
  await expect(page.getByTestId('compose')).toBeVisible();
}

const section = (page: Page, name: string): Locator =>
  page.getByTestId('review-section').filter({ has: page.getByTestId('section-name').getByText(name, { exact: true }) });
const items = (page: Page, name: string): Locator => section(page, name).getByTestId('review-item');
const item = (page: Page, headline: string): Locator =>
  page.getByTestId('review-item').filter({ has: page.getByTestId('item-headline').getByText(headline, { exact: true }) });
const libraryRow = (page: Page, slug: string): Locator =>
  page.getByTestId('article-list').getByRole('option').filter({ hasText: title(slug) });

async function expectOrder(page: Page, name: string, slugs: string[]): Promise<void> {
  await expect(items(page, name).getByTestId('item-headline')).toHaveText(slugs.map(title));
}

/** Drops a library row at the end of a section, as a mouse would. */
async function dropArticle(page: Page, slug: string, name: string): Promise<void> {
  const target = section(page, name).getByTestId('section-items');
  const box = await target.boundingBox();
  if (!box) throw new Error(`section ${name} is not visible`);
  await libraryRow(page, slug).dragTo(target, { targetPosition: { x: 20, y: box.height - 3 } });
}

test('builds a review of 3 sections and 8 items from imported fixtures, reorders by drag and drop and by keyboard, edits a headline and a summary, undoes a move, reloads, and finds everything in place', async ({ page, app, api, origin }) => {
  test.setTimeout(90_000);
  const slugs = fixtures.articles.map((article) => article.slug);
  await importArticles(page, app, origin, slugs);
  await api('settings.update', { defaultSections: ['À la une', 'Économie'] });
  await createReview(page, '2025-12-31');
  await expect(page.getByTestId('review-title')).toHaveText('Revue de presse du mercredi 31 décembre 2025');

  await page.getByTestId('new-section-name').fill('Culture et sport');
  await page.getByTestId('add-section').click();
  await expect(page.getByTestId('section-name')).toHaveText(['À la une', 'Économie', 'Culture et sport']);

  // Eight articles dragged from the list onto the sections.
  const plan: [string, string[]][] = [
    ['À la une', ['budget', 'hopital', 'climat']],
    ['Économie', ['port', 'vendanges', 'marche']],
    ['Culture et sport', ['theatre', 'rugby']],
  ];
  for (const [name, group] of plan) {
    // Each drop lands before the next one is measured: a drop aimed at the end of a section that
    // has not drawn the previous item yet would land before it.
    for (const [index, slug] of group.entries()) {
      await dropArticle(page, slug, name);
      await expectOrder(page, name, group.slice(0, index + 1));
    }
  }
  await expect(page.getByTestId('review-item')).toHaveCount(8);
  await expect(item(page, title('budget')).getByTestId('item-credit')).toHaveText(
    'Le Courrier du Val · 30 décembre 2025 · Par Claire Morin',
  );
  await expect(item(page, title('marche')).getByTestId('item-headline')).toHaveAttribute('dir', 'rtl');

  // An article already in the review: the UI says where it is.
  await dropArticle(page, 'port', 'À la une');
  await expect(page.getByTestId('review-notice')).toHaveText('Déjà dans la revue, rubrique « Économie »');
  await expect(page.getByTestId('review-item')).toHaveCount(8);

  // Drag and drop: within a section (climat to the top), then into another section.
  await item(page, title('climat'))
    .getByTestId('item-drag')
    .dragTo(item(page, title('budget')), { targetPosition: { x: 20, y: 3 } });
  await expectOrder(page, 'À la une', ['climat', 'budget', 'hopital']);
  const economy = section(page, 'Économie').getByTestId('section-items');
  const economyBox = await economy.boundingBox();
  await item(page, title('rugby'))
    .getByTestId('item-drag')
    .dragTo(economy, { targetPosition: { x: 20, y: (economyBox?.height ?? 10) - 3 } });
  await expectOrder(page, 'Économie', ['port', 'vendanges', 'marche', 'rugby']);
  await expectOrder(page, 'Culture et sport', ['theatre']);

  // Keyboard: Alt+↑ within the section, Alt+Shift+↓ to the next section; focus follows the item.
  await item(page, title('hopital')).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expectOrder(page, 'À la une', ['climat', 'hopital', 'budget']);
  await expect(item(page, title('hopital'))).toBeFocused();
  await expect(page.getByTestId('review-announcer')).toHaveText(
    `« ${title('hopital')} » placé en position 2 dans « À la une »`,
  );
  await item(page, title('rugby')).focus();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expectOrder(page, 'Culture et sport', ['rugby', 'theatre']);
  await expectOrder(page, 'Économie', ['port', 'vendanges', 'marche']);
  await expect(item(page, title('rugby'))).toBeFocused();

  // Ctrl+Z undoes the last move (focus is not in a text field).
  await page.keyboard.press('Control+z');
  await expectOrder(page, 'Économie', ['port', 'vendanges', 'marche', 'rugby']);
  await expectOrder(page, 'Culture et sport', ['theatre']);
  await expect(page.getByTestId('review-redo')).toBeEnabled();

  // The headline and the summary of an item, saved as typed.
  const budget = item(page, title('budget'));
  await budget.getByTestId('item-expand').click();
  const headline = 'Région : un budget de transition voté au bout de la nuit';
  await budget.getByTestId('item-headline-input').fill(headline);
  await expect(item(page, headline).getByTestId('item-headline-status')).toHaveText('enregistré');
  const edited = item(page, headline);
  await edited.getByTestId('item-summary').fill('Les lycées épargnés, les transports ruraux rabotés.');
  await expect(edited.getByTestId('item-summary-status')).toHaveText('enregistré');
  await edited.getByTestId('item-summary').blur();
  await expect(item(page, headline).getByTestId('item-headline')).toHaveText(headline);

  await page.reload();
  await page.getByTestId('review-date').fill('2025-12-31');
  await expect(page.getByTestId('section-name')).toHaveText(['À la une', 'Économie', 'Culture et sport']);
  await expect(items(page, 'À la une').getByTestId('item-headline')).toHaveText([title('climat'), title('hopital'), headline]);
  await expectOrder(page, 'Économie', ['port', 'vendanges', 'marche', 'rugby']);
  await expectOrder(page, 'Culture et sport', ['theatre']);
  await item(page, headline).getByTestId('item-expand').click();
  await expect(item(page, headline).getByTestId('item-summary')).toHaveValue('Les lycées épargnés, les transports ruraux rabotés.');
});

test('offers a 2-outlet story once among the candidates, moves a removed section’s items, and previews the edited headline', async ({ page, app, api, origin }) => {
  test.setTimeout(90_000);
  await importArticles(page, app, origin, ['port', 'port-reprise', 'theatre', 'hopital']);
  await api('settings.update', { defaultSections: ['À la une', 'Économie', 'Culture'] });
  await createReview(page, '2025-12-31');

  await page.getByTestId('review-tab-candidates').click();
  const candidates = page.getByTestId('candidate');
  await expect(candidates).toHaveCount(3);
  const story = candidates.filter({ hasText: '2 journaux' });
  await expect(story).toHaveCount(1);
  await expect(story.getByTestId('candidate-outlets')).toContainText('La Gazette maritime');
  await expect(story.getByTestId('candidate-outlets')).toContainText('L’Écho du littoral');

  await page.getByTestId('candidates-section').selectOption({ label: 'Économie' });
  await story.getByTestId('candidate-add').click();
  await expect(page.getByTestId('review-notice')).toHaveText('Article ajouté dans « Économie »');
  await expect(candidates.filter({ hasText: '2 journaux' })).toHaveCount(0);
  await page.getByTestId('candidates-section').selectOption({ label: 'Culture' });
  await candidates.filter({ hasText: title('theatre') }).getByTestId('candidate-add').click();
  await expect(candidates.filter({ hasText: title('theatre') })).toHaveCount(0);
  await candidates.filter({ hasText: title('hopital') }).getByTestId('candidate-add').click();
  await expect(candidates.filter({ hasText: title('hopital') })).toHaveCount(0);

  await page.getByTestId('review-tab-compose').click();
  await expect(items(page, 'Culture')).toHaveCount(2);
  await section(page, 'Culture').getByTestId('section-remove').click();
  const dialog = page.getByTestId('remove-section-dialog');
  await expect(dialog).toContainText('Elle contient 2 articles. Où doivent-ils aller ?');
  await dialog.getByLabel('Déplacer dans « À la une »').check();
  await dialog.getByTestId('remove-section-confirm').click();
  await expect(page.getByTestId('section-name')).toHaveText(['À la une', 'Économie']);
  await expect(items(page, 'À la une')).toHaveCount(2);

  const theatre = item(page, title('theatre'));
  await theatre.getByTestId('item-expand').click();
  const headline = 'La salle rouverte du théâtre parle d’exil';
  await theatre.getByTestId('item-headline-input').fill(headline);
  await expect(item(page, headline).getByTestId('item-headline-status')).toHaveText('enregistré');

  await page.getByTestId('review-tab-preview').click();
  await expect(page.getByTestId('preview-page').getByRole('heading', { name: headline })).toBeVisible();
  // The page comes without its fonts, which the app declares once: the export's serif is loaded.
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((face) => face.family.includes('Noto Serif') && face.status === 'loaded')))
    .toBe(true);

  // An edit made after a preview shows in the next one.
  await page.getByTestId('review-tab-compose').click();
  const edited = 'Le théâtre rouvert parle d’exil';
  await item(page, headline).getByTestId('item-headline-input').fill(edited);
  await expect(item(page, edited).getByTestId('item-headline-status')).toHaveText('enregistré');
  await page.getByTestId('review-tab-preview').click();
  await expect(page.getByTestId('preview-page').getByRole('heading', { name: edited })).toBeVisible();
  await expect(page.getByTestId('preview-page').getByRole('heading', { name: headline })).toHaveCount(0);
});
