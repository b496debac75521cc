import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { withoutKnownSiteName } from '../../../src/core/extract/chooseTitle.js';
import type { FeedItem } from '../../../src/core/feeds/feedTypes.js';
import { feedItemArticle } from '../../../src/core/import/feedItemArticle.js';
import { fixture } from '../extract/fixtures.js';

const BODY = `<p>Les élus de la commune ont voté mardi soir le nouveau plan de circulation, après trois mois de concertation avec les commerçants et les habitants du centre.</p>
<p>Le texte prévoit de fermer la rue principale aux voitures le week-end et de doubler le nombre de places pour les vélos devant la gare.</p>
<p>Les commerçants restent partagés : certains craignent une baisse de fréquentation, d'autres espèrent attirer de nouveaux clients.</p>
<p>Une première évaluation du plan est prévue à la fin de l'été, avec un comptage des passants et des cyclistes dans les rues concernées.</p>
<p>Les riverains pourront donner leur avis lors de deux réunions publiques organisées à la mairie au printemps, avant d'éventuels ajustements.</p>`;

function item(title: string, fields: Partial<FeedItem> = {}): FeedItem {
  return { guid: 'g1', link: 'https://gazette-rif.example/2025/plan', title, summaryHtml: null, contentHtml: BODY, publishedTime: null, author: null, ...fields };
}

// The real extractor over the page the item links to: the page is a fixture written for these tests.
const extract = (html: string, opts: { url: string | null; input: string }) => ({ article: extractArticle(html, opts), original: { html, url: opts.url } });

describe('feed item titles', () => {
  it('drops the feed\'s own name appended to a full-text item\'s title', async () => {
    const page = await feedItemArticle(item('Le centre-ville sans voitures le week-end - La Gazette du Rif'), 'La Gazette du Rif', { extract });
    expect(page.article.title).toBe('Le centre-ville sans voitures le week-end');
  });

  it('drops the site name the linked page gives (an aggregator feed names another site)', async () => {
    const summaryOnly = item('Plan de circulation : Le centre-ville sans voitures le week-end | La Gazette du Rif', {
      contentHtml: null,
      summaryHtml: 'Le centre-ville… Lire la suite',
    });
    const html = fixture('titles/fr-kicker.html');
    const fetchArticlePage = async (url: string) => ({ url, status: 200, contentType: 'text/html; charset=utf-8', bytes: new TextEncoder().encode(html), etag: null, lastModified: null });
    const page = await feedItemArticle(summaryOnly, 'Actualités du Nord (agrégateur)', { extract, fetchArticlePage });
    expect(page.article.title).toBe('Plan de circulation : Le centre-ville sans voitures le week-end');
  });

  it("drops the site's host name spelled as a name (\"– Hespress\" for hespress.example), in Arabic too", async () => {
    const page = await feedItemArticle(item('افتتاح مستشفى جديد في جنوب المدينة – Hespress', { link: 'https://www.hespress.example/societe/1.html' }), 'Presse marocaine', { extract });
    expect(page.article.title).toBe('افتتاح مستشفى جديد في جنوب المدينة');
  });

  it('keeps a part that only resembles the site name, and a title that would be left with one word', () => {
    expect(withoutKnownSiteName('Maroc : la croissance ralentit', ['Le Matin du Maroc'])).toBe('Maroc : la croissance ralentit');
    expect(withoutKnownSiteName('Sport - La Gazette du Rif', ['La Gazette du Rif'])).toBe('Sport - La Gazette du Rif');
    expect(withoutKnownSiteName('Le Monde - Les dockers votent la grève', ['Le Monde'])).toBe('Les dockers votent la grève');
  });

  it('names an item without link or text by its title when it cannot be read, not by its hashed id', async () => {
    const empty = item('Sans lien ni texte', { link: null, contentHtml: null, summaryHtml: null, guid: 'sha256:ac7142f8cf982d6394fdda7311028719' });
    const error = await feedItemArticle(empty, 'Le Journal', { extract }).then(() => null, (e: unknown) => e as Error);
    expect(error?.message).toContain('« Sans lien ni texte »');
    expect(error?.message).not.toContain('sha256');
  });
});
