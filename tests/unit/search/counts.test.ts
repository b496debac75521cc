import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/search/parseQuery';
import { findArticles } from '../../../src/core/store/searchRepository';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;

beforeEach(() => {
  archive = openTestArchive();
  // 30 articles, one a day from 2025-03-01 to 2025-03-30; every one says "budget".
  for (let day = 1; day <= 30; day++) {
    const date = `2025-03-${String(day).padStart(2, '0')}`;
    archive.addArticle(`jour-${day}`, { publishedTime: date, text: `Le budget du ${date} : texte ${day} numéro${day}.` });
  }
});
afterEach(() => archive.close());

describe('counts past the cap', () => {
  it('says "at least" when counting stops, and counts exactly when asked', () => {
    const match = parseQuery('budget', { asYouType: false })?.match ?? null;
    const capped = findArticles(archive.revue.db, { match, sort: 'date', limit: 5, offset: 0, countCap: 10 });
    expect(capped).toMatchObject({ total: 11, totalExact: false });
    const exact = findArticles(archive.revue.db, { match, sort: 'date', limit: 5, offset: 0, countCap: 10, exactCount: true });
    expect(exact).toMatchObject({ total: 30, totalExact: true });
    expect(exact.ids).toEqual(capped.ids);
  });

  it('gives the same pages and counts when a long prefix makes it walk the matches once', () => {
    const parsed = parseQuery('numéro*');
    expect(parsed?.longPrefix).toBe(true);
    const query = { match: parsed?.match ?? null, textMatch: parsed?.textMatch, sort: 'date' as const, countCap: 10 };
    for (const [limit, offset] of [[5, 0], [5, 8], [5, 25], [5, 40]] as const) {
      const once = findArticles(archive.revue.db, { ...query, limit, offset, walkOnce: true });
      const twice = findArticles(archive.revue.db, { ...query, limit, offset });
      expect(once, `${limit} from ${offset}`).toEqual(twice);
    }
    // Pages past the cap are still there, the count still stops at it.
    expect(findArticles(archive.revue.db, { ...query, limit: 5, offset: 25, walkOnce: true })).toMatchObject({ total: 11, totalExact: false, ids: [5, 4, 3, 2, 1] });
    expect(findArticles(archive.revue.db, { ...query, countCap: 100, limit: 5, offset: 0, walkOnce: true })).toMatchObject({ total: 30, totalExact: true });
  });

  it('says "at least" when browsing without a query counts past its cap, and counts exactly when asked, filters included', () => {
    const browse = { match: null, sort: 'date' as const, limit: 5, offset: 0, countCap: 10 };
    const capped = findArticles(archive.revue.db, browse);
    expect(capped).toMatchObject({ total: 11, totalExact: false });
    const exact = findArticles(archive.revue.db, { ...browse, exactCount: true });
    expect(exact).toMatchObject({ total: 30, totalExact: true });
    // The same newest five either way: counting never changes the page.
    expect(exact.ids).toEqual(capped.ids);
    expect(capped.ids).toHaveLength(5);
    // Pages past the capped count are still there.
    expect(findArticles(archive.revue.db, { ...browse, offset: 25 }).ids).toHaveLength(5);
    // Exact when the filtered set is under the cap: 20 to 25 March.
    expect(findArticles(archive.revue.db, { ...browse, from: '2025-03-20', to: '2025-03-25' })).toMatchObject({ total: 6, totalExact: true });
    expect(findArticles(archive.revue.db, { ...browse, countCap: 30 })).toMatchObject({ total: 30, totalExact: true });
    expect(findArticles(archive.revue.db, { ...browse, countCap: 29 })).toMatchObject({ total: 30, totalExact: false });
  });

  it('counts the library through the contract without the deleted articles, exactly on request too', async () => {
    const deleted = (await archive.call('articles.search', { limit: 1 })).hits[0]?.id ?? 0;
    await archive.call('articles.delete', { ids: [deleted] });
    const browsed = await archive.call('articles.search', { limit: 3 });
    expect(browsed).toMatchObject({ total: 29, totalExact: true });
    expect(browsed.hits.map((hit) => hit.id)).not.toContain(deleted);
    expect(await archive.call('articles.search', { limit: 3, exactCount: true })).toMatchObject({ total: 29, totalExact: true });
  });

  it('reports exact totals through the contract below the cap', async () => {
    const found = await archive.call('articles.search', { query: 'budget', limit: 3 });
    expect(found.total).toBe(30);
    expect(found.totalExact).toBe(true);
  });
});

describe('jumping to a day', () => {
  it('gives the offset of the first article of that day in the newest-first list', async () => {
    const { offset } = await archive.call('articles.dayOffset', { day: '2025-03-20' });
    // Ten articles (21 to 30 March) come before the 20th.
    expect(offset).toBe(10);
    const page = await archive.call('articles.search', { limit: 1, offset });
    expect(page.hits[0]?.publishedTime?.slice(0, 10)).toBe('2025-03-20');
  });

  it('follows the query and the filters', async () => {
    const { offset } = await archive.call('articles.dayOffset', { query: 'budget', day: '2025-03-05', from: '2025-03-02', to: '2025-03-25' });
    // 6 to 25 March: twenty articles before the 5th within the filter.
    expect(offset).toBe(20);
    const page = await archive.call('articles.search', { query: 'budget', from: '2025-03-02', to: '2025-03-25', limit: 1, offset });
    expect(page.hits[0]?.publishedTime?.slice(0, 10)).toBe('2025-03-05');
  });

  it('lands after the last article when the day is older than every article', async () => {
    const { offset } = await archive.call('articles.dayOffset', { day: '2024-01-01' });
    expect(offset).toBe(30);
  });
});
