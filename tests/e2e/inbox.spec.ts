import type { Page } from '@playwright/test';
import { expect, pagesBySlug, test } from './fixtures';

interface Fixture {
  slug: string;
  site: string;
  title: string;
  text: string;
}

const DEFICIT =
  'Le déficit public atteindra quatre pour cent cette année, selon le ministre des Finances qui a présenté mardi devant les députés ' +
  'le projet de loi rectificative, avec une hausse des recettes fiscales et une baisse des subventions aux carburants.';
const FIXTURES: Fixture[] = [
  { slug: 'deficit-matin', site: 'Le Matin', title: 'Le déficit public à quatre pour cent', text: DEFICIT },
  { slug: 'deficit-hespress', site: 'Hespress', title: 'Déficit : le gouvernement revoit ses comptes', text: `${DEFICIT} Les syndicats réagiront jeudi.` },
  {
    slug: 'dette',
    site: 'Médias24',
    title: 'La dette et le déficit des collectivités',
    text: 'Les collectivités locales creusent leur déficit : les communes du Nord empruntent davantage pour financer les routes et les écoles, et la Cour des comptes s’en inquiète dans un rapport sévère publié hier.',
  },
  {
    slug: 'barrages',
    site: 'Le Desk',
    title: 'Les barrages à leur plus bas niveau',
    text: 'La sécheresse vide les barrages du pays : le taux de remplissage est tombé sous vingt pour cent, et plusieurs villes rationnent l’eau potable la nuit pendant tout le mois de juillet.',
  },
  {
    slug: 'agriculteurs',
    site: 'Le Matin',
    title: 'Les agriculteurs face à la sécheresse',
    text: 'Après trois années de sécheresse, les agriculteurs de la plaine réduisent les semis de blé et demandent une aide d’urgence au ministère, qui promet des forages et des semences subventionnées.',
  },
  {
    slug: 'festival',
    site: 'Hespress',
    title: 'Le festival de musique ouvre ses portes',
    text: 'Le festival de musique de la ville ouvre ses portes samedi avec quarante concerts gratuits sur trois scènes, des groupes venus de dix pays et une soirée consacrée aux jeunes talents de la région.',
  },
];

function page(fixture: Fixture): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${fixture.title}</title>
<meta property="og:site_name" content="${fixture.site}"><meta property="article:published_time" content="2025-11-04T08:00:00+01:00">
</head><body><article><h1>${fixture.title}</h1>${`<p>${fixture.text}</p>`.repeat(4)}</article></body></html>`;
}

const bySlug = new Map(FIXTURES.map((f) => [f.slug, f]));

test.use({
  viewport: { width: 1500, height: 950 },
  site: pagesBySlug((slug) => {
    const fixture = bySlug.get(slug);
    return fixture && page(fixture);
  }),
});

const story = (tab: Page, title: string) => tab.getByTestId('inbox-story').filter({ hasText: title });
const group = (tab: Page, name: string) =>
  tab.getByTestId('inbox-group').filter({ has: tab.getByTestId('inbox-group-name').getByText(name, { exact: true }) });

test('imports articles, shows the inbox by topic then story, retains three, finds them in Candidats and composes them into the review', async ({ page: tab, app, api, origin }) => {
  test.setTimeout(120_000);
  await api('topics.create', { name: 'Économie', query: 'déficit', section: 'Économie', color: 'green' });

  await tab.goto(app.url);
  await tab.getByTestId('import-toggle').click();
  await tab.getByTestId('import-tab-urls').click();
  await tab.getByTestId('import-urls').fill(FIXTURES.map((f) => `${origin}/${f.slug}.html`).join('\n'));
  await tab.getByTestId('import-urls-submit').click();
  await expect(tab.getByTestId('import-summary')).toHaveText(`${FIXTURES.length} importés`, { timeout: 30_000 });
  await tab.getByTestId('import-close').click();

  // A second topic, made in the app: it labels the articles already imported.
  await tab.getByTestId('left-inbox').click();
  await tab.getByTestId('topics-open').click();
  const dialog = tab.getByTestId('topics-dialog');
  await dialog.getByTestId('topic-name-input').fill('Eau');
  await dialog.getByTestId('topic-query-input').fill('sécheresse -festival');
  await dialog.getByLabel('Bleu').check({ force: true });
  await dialog.getByTestId('topic-save').click();
  await expect(dialog.getByTestId('topic-row')).toHaveCount(2);
  await expect(dialog.getByTestId('topic-row').filter({ has: tab.getByTestId('topic-name').getByText('Eau', { exact: true }) }).getByTestId('topic-counts')).toHaveText('2 nouveaux · 2 en tout');
  await dialog.getByTestId('topics-close').click();

  // By topic, then by story: the déficit story from two outlets is one line, « aussi dans » the other.
  await expect(tab.getByTestId('inbox-group-name')).toHaveText(['Eau', 'Économie', 'Hors sujets']);
  await expect(group(tab, 'Économie').getByTestId('inbox-story')).toHaveCount(2);
  await expect(group(tab, 'Économie').getByTestId('inbox-group-count')).toHaveText('3 articles');
  const deficit = group(tab, 'Économie').getByTestId('inbox-story').filter({ has: tab.getByTestId('inbox-also') });
  await expect(deficit.getByTestId('inbox-also')).toHaveText(/aussi dans (Le Matin|Hespress)/);
  await expect(group(tab, 'Eau').getByTestId('inbox-story')).toHaveCount(2);
  await expect(group(tab, 'Hors sujets').getByTestId('inbox-story-title')).toHaveText(['Le festival de musique ouvre ses portes']);

  // Triage: one by button, one by keyboard, one more by button; the festival is dismissed by key.
  await deficit.getByTestId('inbox-retain').click();
  await expect(tab.getByTestId('inbox-notice')).toContainText('rubrique Économie');
  await expect(group(tab, 'Économie').getByTestId('inbox-story')).toHaveCount(1);
  await story(tab, 'Les barrages à leur plus bas niveau').click();
  await expect(tab.getByTestId('inbox-list')).toBeFocused();
  await tab.keyboard.press('r');
  await expect(story(tab, 'Les barrages à leur plus bas niveau')).toHaveCount(0);
  await story(tab, 'La dette et le déficit des collectivités').getByTestId('inbox-retain').click();
  await expect(story(tab, 'La dette et le déficit des collectivités')).toHaveCount(0);
  await story(tab, 'Le festival de musique ouvre ses portes').click();
  await tab.keyboard.press('e');
  await expect(tab.getByTestId('inbox-notice')).toContainText('« Le festival de musique ouvre ses portes » écarté.');
  await expect(tab.getByTestId('inbox-story-title')).toHaveText(['Les agriculteurs face à la sécheresse']);

  // Today's review proposes the three retained stories (not the dismissed one) first.
  await tab.getByTestId('create-review').click();
  await tab.getByTestId('review-tab-candidates').click();
  const candidates = tab.getByTestId('candidate');
  await expect(candidates.filter({ has: tab.getByTestId('candidate-retained') })).toHaveCount(3);
  await expect(candidates.getByTestId('candidate-title')).not.toContainText(['Le festival de musique ouvre ses portes']);
  await expect(candidates.filter({ hasText: 'Le festival' })).toHaveCount(0);
  await expect(candidates.filter({ hasText: 'La dette et le déficit' }).getByTestId('candidate-section')).toHaveText('→ Économie');

  for (let i = 0; i < 3; i++) {
    await candidates.filter({ has: tab.getByTestId('candidate-retained') }).first().getByTestId('candidate-add').click();
    await expect(candidates.filter({ has: tab.getByTestId('candidate-retained') })).toHaveCount(2 - i);
  }
  await tab.getByTestId('review-tab-compose').click();
  await expect(tab.getByTestId('review-item')).toHaveCount(3);
  const economy = tab.getByTestId('review-section').filter({ has: tab.getByTestId('section-name').getByText('Économie', { exact: true }) });
  await expect(economy.getByTestId('review-item')).toHaveCount(2);

  // The dismissed article is still found by search.
  await tab.getByTestId('left-library').click();
  await tab.getByTestId('library-search').fill('festival');
  await expect(tab.getByTestId('library-count')).toContainText('1');
});

test('shows each article’s topics as coloured labels, in the library list and in the inbox', async ({ page: tab, app, api }) => {
  await api('topics.create', { name: 'Économie', query: 'déficit', color: 'green' });
  await api('topics.create', { name: 'Dette', query: 'dette', color: 'purple' });
  for (const fixture of FIXTURES.filter((f) => ['dette', 'barrages'].includes(f.slug))) {
    await api('import.text', { text: `${fixture.title}\n\n${fixture.text}` });
  }
  await tab.goto(app.url);

  const row = (title: string) => tab.getByTestId('article-row').filter({ hasText: title });
  await expect(row('La dette et le déficit').getByTestId('topic-chip')).toHaveText(['Dette', 'Économie']);
  await expect(row('La dette et le déficit')).toHaveAttribute('aria-label', /Sujets\u00a0: Dette, Économie/);
  await expect(row('Les barrages').getByTestId('topic-chip')).toHaveCount(0);

  // In the inbox, a story shows the topics other than its group's.
  await tab.getByTestId('left-inbox').click();
  await expect(group(tab, 'Dette').getByTestId('topic-chip')).toHaveText(['Économie']);
  await expect(group(tab, 'Économie').getByTestId('topic-chip')).toHaveText(['Dette']);
  await expect(group(tab, 'Hors sujets').getByTestId('topic-chip')).toHaveCount(0);
});
