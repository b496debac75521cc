import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchArticleIds } from '../../../src/core/search/matchArticleIds';
import { distinctText, openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

describe('matching a topic against the archive', () => {
  it('finds what a library search finds, newest first, and nothing for an empty query', async () => {
    const older = archive.addArticle('vote', { title: 'Le budget voté', text: 'Le Parlement a adopté le budget de la santé.', publishedTime: '2025-03-01' });
    const newer = archive.addArticle('rallonge', { title: 'Rallonge', text: 'Une rallonge budgétaire, le budget est revu.', publishedTime: '2025-03-10' });
    archive.addArticle('pluie', { title: 'Pluie', text: 'Les averses reviennent sur le Nord.', publishedTime: '2025-03-11' });
    const db = archive.revue.db;
    expect(matchArticleIds(db, 'budget')).toEqual([newer, older]);
    const listed = await archive.call('articles.search', { query: 'budget' });
    expect(listed.hits.map((hit) => hit.id)).toEqual([newer, older]);
    expect(matchArticleIds(db, 'budget -santé')).toEqual([newer]);
    expect(matchArticleIds(db, '')).toEqual([]);
    expect(matchArticleIds(db, '-budget')).toEqual([]);
  });

  it('can be scoped to a batch of new articles or to articles dated since a day', () => {
    const a = archive.addArticle('a', { text: 'La sécheresse frappe le Sud.', publishedTime: '2025-02-01' });
    const b = archive.addArticle('b', { text: 'Sécheresse : les barrages baissent.', publishedTime: '2025-03-01' });
    const c = archive.addArticle('c', { text: 'Festival de musique.', publishedTime: '2025-03-02' });
    const db = archive.revue.db;
    expect(matchArticleIds(db, 'secheresse', { ids: [a, c] })).toEqual([a]);
    expect(matchArticleIds(db, 'secheresse', { ids: [] })).toEqual([]);
    expect(matchArticleIds(db, 'secheresse', { since: '2025-02-15' })).toEqual([b]);
  });

  it('never returns a deleted article', async () => {
    const id = archive.addArticle('gone', { text: 'Un incendie ravage la forêt.' });
    await archive.call('articles.delete', { ids: [id] });
    expect(matchArticleIds(archive.revue.db, 'incendie')).toEqual([]);
  });

  it('finds among a page of ids exactly what it finds in the whole archive, in one walk of the matches', async () => {
    // Articles over two years, in an order of ids that is not their order of dates, so a page of
    // ids spans keys that other matching articles sit between.
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 60) * 12 * 86_400_000).toISOString().slice(0, 10);
      const extra = i % 3 === 0 ? ' Les syndicats et les économistes réclament une réforme budgétaire.' : i % 5 === 0 ? ' Un budget voté.' : '';
      ids.push(archive.addArticle(`page-${i}`, { publishedTime: day, text: `${distinctText(`page-${i}`)}${extra}` }));
    }
    const gone = ids[7] ?? 0;
    await archive.call('articles.delete', { ids: [gone] });
    const db = archive.revue.db;
    const scopes = [
      ids.slice(0, 50),
      ids.filter((_, i) => i % 4 === 1),
      [ids[59] ?? 0, ids[0] ?? 0],
      [ids[12] ?? 0],
      [gone, 999_999, ...ids.slice(20, 30)],
    ];
    const queries = ['budget', 'syndicat', '"budget"', 'écono*', 'réforme -budget', '"une réforme budgétaire"', 'grève salaire', 'sécheresse'];
    let found = 0;
    for (const query of queries) {
      const everywhere = matchArticleIds(db, query);
      for (const scope of scopes) {
        const inScope = new Set(scope);
        const expected = everywhere.filter((id) => inScope.has(id));
        found += expected.length;
        expect(matchArticleIds(db, query, { ids: scope }), `${query} among ${scope.length} ids`).toEqual(expected);
        const since = '2025-01-01';
        const expectedSince = matchArticleIds(db, query, { since }).filter((id) => inScope.has(id));
        expect(matchArticleIds(db, query, { ids: scope, since }), `${query} among ${scope.length} ids since ${since}`).toEqual(expectedSince);
      }
    }
    // The comparison means something: the scopes hold matches, and leave some out.
    expect(found).toBeGreaterThan(50);
    expect(matchArticleIds(db, 'budget', { ids: [gone] })).toEqual([]);
  });
});
