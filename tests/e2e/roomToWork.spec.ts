// Room to work (issue #12, points 14, 15 and 17): composing in a wide pane, importing beside the
// library, highlights and their notes within reach, adding to the review in a chosen section.
import { expect, test, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './browserMode';
import type { ImportOutcome } from '../../src/shared/domain';

let app: BrowserMode;

test.use({ viewport: { width: 1500, height: 950 } });

test.beforeEach(async () => {
  app = await startBrowserMode();
});

test.afterEach(async ({ page }) => {
  await page.close();
  await app.stop();
});

const DATE = '2025-12-31';

const PORT = `Le port de Tanger agrandit son terminal
Les travaux du nouveau terminal à conteneurs commenceront au printemps, a annoncé mardi l’autorité portuaire.
Le chantier doit durer trois ans et créer plusieurs centaines d’emplois dans la région.`;
const RAIN = `Des pluies abondantes sur le nord du pays
Les barrages du bassin du Loukkos affichent un taux de remplissage en nette hausse après une semaine de pluies.
Les agriculteurs de la région se réjouissent d’une saison qui s’annonce meilleure que la précédente.`;

/** Imports pasted texts (first line: the title) through the contract; returns their ids. */
async function importTexts(page: Page, texts: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const text of texts) {
    const [outcome] = await app.api<ImportOutcome[]>(page.request, 'import.text', { text });
    if (outcome?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    ids.push(outcome.article.id);
  }
  return ids;
}

async function switchToEnglish(page: Page): Promise<void> {
  await page.getByTestId('switch-language').click();
  await expect(page.getByTestId('switch-language')).toHaveText('Français');
}

test('the Candidats tab says what its groups are, in French and in English', async ({ page }) => {
  await importTexts(page, [PORT, RAIN]);
  await app.api(page.request, 'reviews.create', { date: DATE, lang: 'fr' });
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
