import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchArticleIds } from '../../../src/core/search/matchArticleIds';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

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
});
