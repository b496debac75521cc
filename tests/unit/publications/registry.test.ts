import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

const credited = async (id: number): Promise<string | null> => (await archive.call('articles.get', { id })).siteName;

describe('the publication registry', () => {
  it('ships with the outlets a Maghreb desk cites, with their editions', async () => {
    const list = await archive.call('publications.list', {});
    expect(list.length).toBeGreaterThanOrEqual(150);
    const names = new Set(list.map((p) => p.name));
    for (const name of ['Le Monde', 'AFP', 'Reuters', 'Hespress', 'Le360', 'El Watan', 'TAP', 'Al Jazeera', 'Tribune de Genève', 'Le Temps']) {
      expect(names).toContain(name);
    }
    const hespressFr = list.find((p) => p.name === 'Hespress FR');
    expect(hespressFr?.editionOf?.name).toBe('Hespress');
    expect(list.find((p) => p.name === 'Hespress')?.aliases).toContain('هسبريس');
    expect(list.find((p) => p.name === 'MAP')).toMatchObject({ type: 'agency', country: 'MA' });
  });

  it('credits "Le Monde.fr", "lemonde.fr" and "LeMonde" as one publication, counted once in the facets', async () => {
    const a = archive.addArticle('a', { siteName: 'Le Monde.fr', url: 'https://www.lemonde.fr/politique/article/a.html' });
    const b = archive.addArticle('b', { siteName: 'lemonde.fr', url: null });
    const c = archive.addArticle('c', { siteName: 'LeMonde', url: 'https://agregateur.example/c' });
    expect([await credited(a), await credited(b), await credited(c)]).toEqual(['Le Monde', 'Le Monde', 'Le Monde']);
    const facets = await archive.call('articles.facets', {});
    expect(facets.sources).toEqual([{ value: 'Le Monde', count: 3 }]);
    const leMonde = (await archive.call('publications.list', {})).find((p) => p.name === 'Le Monde');
    expect(leMonde?.articleCount).toBe(3);
  });

  it('links هسبريس and Hespress as one publication, and its French edition by its address', async () => {
    const ar = archive.addArticle('ar', { siteName: 'هسبريس', url: 'https://www.hespress.com/politique-1.html', lang: 'ar' });
    const latin = archive.addArticle('latin', { siteName: 'Hespress', url: null });
    const fr = archive.addArticle('fr', { siteName: 'Hespress', url: 'https://fr.hespress.com/312-article.html' });
    expect([await credited(ar), await credited(latin), await credited(fr)]).toEqual(['Hespress', 'Hespress', 'Hespress FR']);
  });

  it('tells two outlets of the same name apart by their address, and an edition under a path', async () => {
    const tunis = archive.addArticle('tunis', { siteName: 'Le Temps', url: 'https://www.letemps.com.tn/article/1' });
    const geneva = archive.addArticle('geneva', { siteName: 'Le Temps', url: null });
    const bbc = archive.addArticle('bbc', { siteName: 'BBC News', url: 'https://www.bbc.com/arabic/articles/x1' });
    expect([await credited(tunis), await credited(geneva), await credited(bbc)]).toEqual(['Le Temps (Tunisie)', 'Le Temps', 'BBC Arabic']);
  });

  it("credits an aggregator page to the source it names, not to the aggregator's address", async () => {
    const relayed = archive.addArticle('relayed', { siteName: 'Le360', url: 'https://www.maghress.com/le360/12345' });
    const unnamed = archive.addArticle('unnamed', { siteName: null, url: 'https://www.maghress.com/x/9' });
    expect([await credited(relayed), await credited(unnamed)]).toEqual(['Le360', 'Maghress']);
  });

  it('cleans names it does not know: no trailing slash, addresses in lower case, capitals tamed', async () => {
    const tdg = archive.addArticle('tdg', { siteName: 'tdg.ch/', url: null });
    const dw = archive.addArticle('dw', { siteName: 'DW.COM', url: null });
    const bare = archive.addArticle('bare', { siteName: 'Exemple-Presse.ORG/', url: null });
    const caps = archive.addArticle('caps', { siteName: "LE COURRIER D'OUJDA", url: null });
    const acronym = archive.addArticle('acronym', { siteName: 'ONDA', url: null });
    expect(await credited(tdg)).toBe('Tribune de Genève');
    expect(await credited(dw)).toBe('DW');
    expect(await credited(bare)).toBe('exemple-presse.org');
    expect(await credited(caps)).toBe("Le Courrier d'Oujda");
    expect(await credited(acronym)).toBe('ONDA');
  });

  it('names a publication first known by its address after the name a later page of it states', async () => {
    const first = archive.addArticle('first', { siteName: null, url: 'https://www.gazette-oasis.example/a' });
    expect(await credited(first)).toBe('gazette-oasis.example');
    const second = archive.addArticle('second', { siteName: "La Gazette de l'Oasis", url: 'https://gazette-oasis.example/b' });
    expect(await credited(second)).toBe("La Gazette de l'Oasis");
    expect(await credited(first)).toBe("La Gazette de l'Oasis");
  });

  it('renames (the old name still finds it), adds an alias, and refuses a name that is another publication', async () => {
    const id = archive.addArticle('x', { siteName: 'Le Quotidien du Sud', url: null });
    const pub = await archive.call('publications.resolve', { name: 'le quotidien du sud' });
    expect(pub?.name).toBe('Le Quotidien du Sud');
    const renamed = await archive.call('publications.update', { id: pub?.id ?? 0, name: 'Quotidien du Sud', type: 'daily', country: 'MA' });
    expect(renamed).toMatchObject({ name: 'Quotidien du Sud', type: 'daily', country: 'MA', aliases: ['Le Quotidien du Sud'] });
    expect(await credited(id)).toBe('Quotidien du Sud');
    const again = archive.addArticle('y', { siteName: 'Le Quotidien du Sud', url: null });
    expect(await credited(again)).toBe('Quotidien du Sud');

    const aliased = await archive.call('publications.addAlias', { id: renamed.id, alias: 'quotidiendusud.example' });
    expect(aliased.domains).toEqual(['quotidiendusud.example']);
    const byAddress = archive.addArticle('z', { siteName: null, url: 'https://quotidiendusud.example/z' });
    expect(await credited(byAddress)).toBe('Quotidien du Sud');

    expect(await archive.failure('publications.addAlias', { id: renamed.id, alias: 'Le-Monde' })).toBe('PUBLICATION_NAME_TAKEN');
  });

  it('removes a wrong alias (later imports under it no longer find the publication), never the canonical name', async () => {
    const pub = await archive.call('publications.add', { name: 'La Gazette du Port', aliases: ['Gazette du Sud'] });
    const removed = await archive.call('publications.removeAlias', { id: pub.id, alias: 'gazette du sud' });
    expect(removed.aliases).toEqual([]);
    const later = archive.addArticle('w', { siteName: 'Gazette du Sud', url: null });
    expect(await credited(later)).toBe('Gazette du Sud');
    expect((await archive.call('publications.resolve', { name: 'Gazette du Sud' }))?.id).not.toBe(pub.id);
    expect(await archive.failure('publications.removeAlias', { id: pub.id, alias: 'La Gazette du Port' })).toBe('PUBLICATION_ALIAS_IS_NAME');
    expect(await archive.failure('publications.removeAlias', { id: pub.id, alias: 'Gazette du Nord' })).toBe('NOT_FOUND');
  });

  it('merges two publications: articles, names and domains go to the one kept', async () => {
    const a = archive.addArticle('a', { siteName: 'Gazette du Rif', url: 'https://gazetterif.example/a' });
    const b = archive.addArticle('b', { siteName: 'La Gazette du Rif', url: null });
    const from = await archive.call('publications.resolve', { name: 'Gazette du Rif' });
    const into = await archive.call('publications.resolve', { name: 'La Gazette du Rif' });
    expect(from && into && from.id !== into.id).toBe(true);
    const merged = await archive.call('publications.merge', { from: from?.id ?? 0, into: into?.id ?? 0 });
    expect(merged.name).toBe('La Gazette du Rif');
    expect(merged.aliases).toContain('Gazette du Rif');
    expect(merged.articleCount).toBe(2);
    expect([await credited(a), await credited(b)]).toEqual(['La Gazette du Rif', 'La Gazette du Rif']);
    expect((await archive.call('articles.facets', {})).sources).toEqual([{ value: 'La Gazette du Rif', count: 2 }]);
    expect(await archive.failure('publications.merge', { from: merged.id, into: merged.id })).toBe('PUBLICATION_SELF_MERGE');
  });

  it('counts one publication in the export\'s "Sources citées", under its canonical name, after a merge too', async () => {
    const a = archive.addArticle('a', { siteName: 'Le Monde.fr', url: 'https://www.lemonde.fr/a' });
    const b = archive.addArticle('b', { siteName: 'lemonde.fr', url: null });
    const c = archive.addArticle('c', { siteName: 'Gazette du Rif', url: null });
    const d = archive.addArticle('d', { siteName: 'La Gazette du Rif', url: null });
    const { review } = await archive.call('reviews.addItems', { date: '2025-03-14', articleIds: [a, b, c, d], lang: 'fr' });
    const from = await archive.call('publications.resolve', { name: 'Gazette du Rif' });
    const into = await archive.call('publications.resolve', { name: 'La Gazette du Rif' });
    await archive.call('publications.merge', { from: from?.id ?? 0, into: into?.id ?? 0 });
    const { html } = await archive.call('reviews.renderHtml', { reviewId: review.id, lang: 'fr' });
    const sources = html.slice(html.indexOf('<section class="sources">'));
    const rows = [...sources.matchAll(/<tr><td><cite>([^<]+)<\/cite><\/td><td class="count">(\d+)/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(expect.arrayContaining([['Le Monde', '2'], ['La Gazette du Rif', '2']]));
    expect(rows).toHaveLength(2);
  });

  it('credits an edited source through the registry too', async () => {
    const id = archive.addArticle('edit', { siteName: 'Le Quotidien', url: null });
    const edited = await archive.call('articles.update', { id, siteName: 'jeuneafrique.com' });
    expect(edited.siteName).toBe('Jeune Afrique');
  });
});
