import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareArticleText } from '../../../src/core/text/prepareArticleText';
import { searchArticles } from '../../../src/core/search/searchArticles';
import { openTestRevue, type TestRevue as Revue } from '../helpers/openTestRevue';
import { findArticleIdByTextHash, insertArticles, type BulkArticle } from '../../../src/core/store/articleRepository';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
let revue: Revue;

function bulkArticle(title: string, text: string, publishedTime: string, prepared: boolean): BulkArticle {
  const { textHash, search } = prepareArticleText({ title, byline: null, text, lang: 'fr' });
  return {
    publicationId: null,
    storyId: null,
    url: null,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: 'Le Quotidien',
    publishedTime,
    lang: 'fr',
    dir: 'ltr',
    text,
    html: `<p>${text}</p>`,
    textHash,
    shingles: null,
    now: '2026-01-05T10:00:00.000Z',
    ...(prepared ? { search } : {}),
  };
}

beforeEach(() => {
  temp = tempArchivePath();
  revue = openTestRevue({ dbPath: temp.dbPath });
});
afterEach(() => {
  revue.close();
  temp.remove();
});

describe('storing articles in bulk', () => {
  it('finds articles stored in bulk, newest first, whether their search forms came prepared or not', () => {
    const ids = insertArticles(revue.db, [
      bulkArticle('Sécheresse au Maroc', 'Les céréales souffrent de la sécheresse.', '2025-03-01', true),
      bulkArticle('La pluie revient', 'Après la sécheresse, les averses.', '2025-04-01T08:00:00+01:00', false),
    ]);
    expect(ids).toHaveLength(2);
    const result = searchArticles(revue.db, { query: 'secheresse', asYouType: false, sort: 'date', unused: false, limit: 10, offset: 0 });
    expect(result.total).toBe(2);
    expect(result.hits.map((hit) => hit.id)).toEqual([ids[1], ids[0]]);
    expect(result.hits[1]?.snippet).toContain('<mark>sécheresse</mark>');
  });

  it('finds a bulk-stored article again by its text hash, so a later import of it is a duplicate', () => {
    const [id] = insertArticles(revue.db, [bulkArticle('Budget', 'Le budget est adopté.', '2025-03-01', true)]);
    expect(findArticleIdByTextHash(revue.db, prepareArticleText({ title: 'x', byline: null, text: 'le BUDGET est adopte !', lang: 'fr' }).textHash)).toBe(id);
  });

  it('stores none of the batch when one article is refused', () => {
    const bad = { ...bulkArticle('Sans texte', 'x', '2025-03-01', true), text: null as unknown as string };
    expect(() => insertArticles(revue.db, [bulkArticle('Bon', 'Un texte.', '2025-03-01', true), bad])).toThrow();
    expect(searchArticles(revue.db, { query: 'texte', asYouType: false, sort: 'date', unused: false, limit: 10, offset: 0 }).total).toBe(0);
  });
});
