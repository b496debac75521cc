import { afterEach, describe, expect, it } from 'vitest';
import { readySearch } from '../../../src/core/search/readySearch';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
afterEach(() => archive.close());

describe('readying the search before the first keystroke', () => {
  it('runs on an empty archive and whatever the newest title, and leaves the archive as it was', async () => {
    archive = openTestArchive();
    readySearch(archive.revue.db);
    for (const [slug, title] of [
      ['chiffres', '2025 : 12, 15, 18'],
      ['arabe', 'مجلس النواب يصادق على قانون المالية'],
      ['francais', 'Le budget des régions adopté'],
    ] as const) {
      archive.addArticle(slug, { title });
      readySearch(archive.revue.db);
    }
    const found = await archive.call('articles.search', { query: 'adopté', limit: 10 });
    expect(found.hits.map((hit) => hit.title)).toEqual(['Le budget des régions adopté']);
    expect((await archive.call('articles.search', { limit: 10 })).total).toBe(3);
  });
});
