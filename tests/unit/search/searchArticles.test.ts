import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/core/import/saveArticle';
import { openTestRevue, type TestRevue as Revue } from '../helpers/openTestRevue';
import { softDeleteArticles } from '../../../src/core/store/articleEditRepository';
import { MIGRATIONS } from '../../../src/core/store/migrations';
import { addTagToArticles } from '../../../src/core/store/tagRepository';
import { insertReview } from '../../../src/core/store/reviewRepository';
import { insertItem, sectionsOf } from '../../../src/core/store/reviewStructureRepository';
import type { ExtractedArticle } from '../../../src/shared/domain';
import type { Input } from '../../../src/shared/contract';
import type { Facet, Facets, SearchResult } from '../../../src/shared/domain';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
let revue: Revue;

function article(fields: Partial<ExtractedArticle> & { title: string; text: string }): ExtractedArticle {
  return { byline: null, siteName: 'Le Quotidien', publishedTime: null, lang: 'fr', dir: 'ltr', html: `<p>${fields.text}</p>`, url: null, ...fields };
}

/** Stores an article the way an import does; returns its id. */
function save(fields: Partial<ExtractedArticle> & { title: string; text: string }, now = new Date('2026-01-05T10:00:00Z')): number {
  const outcome = saveArticle(revue.db, fields.title, article(fields), now);
  if (outcome.status === 'failed') throw new Error(outcome.message);
  return outcome.article.id;
}

async function search(input: Input<'articles.search'>): Promise<SearchResult> {
  const result = await revue.dispatch('articles.search', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SearchResult;
}

const titles = (result: SearchResult) => result.hits.map((hit) => hit.title);

beforeEach(() => {
  temp = tempArchivePath();
  revue = openTestRevue({ dbPath: temp.dbPath });
});
afterEach(() => {
  revue.close();
  temp.remove();
});

describe('searching the archive', () => {
  it('finds "Économie" when the user types "economie", with a snippet of the original text', async () => {
    save({ title: 'Le budget adopté', text: "Le Parlement a voté le budget. L'Économie du pays reste fragile selon les experts." });
    save({ title: 'La pluie revient', text: 'Les agriculteurs attendaient les averses depuis des semaines.' });
    const result = await search({ query: 'economie' });
    expect(result.total).toBe(1);
    expect(titles(result)).toEqual(['Le budget adopté']);
    expect(result.hits[0]?.snippet).toContain("L'<mark>Économie</mark> du pays");
    expect(result.hits[0]).toMatchObject({ siteName: 'Le Quotidien', lang: 'fr', inReviews: [], tags: [], alsoIn: [] });
  });

  it('matches Arabic across tashkeel, alef, yeh and teh marbuta variants', async () => {
    save({ title: 'افتتاح المدرسة', text: 'افتتح الوزير المَدْرَسَةَ الجديدة في إقليم الرباط، ثم أكد أن مستشفى المدينة سيتوسع.', lang: 'ar', dir: 'rtl', siteName: 'هسبريس' });
    for (const query of ['المدرسه', 'المَدْرَسَة', 'اقليم', 'مستشفي', 'أكد']) {
      expect(titles(await search({ query })), query).toEqual(['افتتاح المدرسة']);
    }
    const [hit] = (await search({ query: 'المدرسة' })).hits;
    expect(hit?.snippet).toContain('<mark>المَدْرَسَةَ</mark>');
  });

  it('tells an exact phrase from the same words apart, excludes -words, completes prefixes', async () => {
    save({ title: 'Taux', text: 'La banque centrale a relevé ses taux directeurs.' });
    save({ title: 'Agences', text: 'La banque ouvre une agence au centre, une centrale solaire aussi.' });
    expect(titles(await search({ query: 'banque centrale' })).sort()).toEqual(['Agences', 'Taux']);
    expect(titles(await search({ query: '"banque centrale"' }))).toEqual(['Taux']);
    expect(titles(await search({ query: 'banque -solaire' }))).toEqual(['Taux']);
    expect(titles(await search({ query: 'direct*' }))).toEqual(['Taux']);
    expect(titles(await search({ query: 'direct' }))).toEqual([]);
    expect(await search({ query: '-banque' })).toEqual({ total: 0, totalExact: true, hits: [] });
    expect((await search({ query: 'NEAR( "* OR' })).total).toBe(0);
  });

  it('finds words of the title and the byline too', async () => {
    save({ title: 'Sécheresse historique', byline: 'Salma Idrissi', text: 'Les barrages sont à moins de trente pour cent.' });
    expect(titles(await search({ query: 'secheresse' }))).toEqual(['Sécheresse historique']);
    expect(titles(await search({ query: 'idrissi' }))).toEqual(['Sécheresse historique']);
  });

  it('shows the opening words of an article found by its title alone, however long they are, in every order and filter', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `mot${i}`);
    save({ title: 'Sécheresse au sud', text: `${words.join(' ')}.`, publishedTime: '2025-03-01' });
    // Thirty words longer than the opening a search reads for a title match: read whole.
    const long = Array.from({ length: 40 }, (_, i) => `${'anticonstitutionnellement'.repeat(2)}${i}`);
    save({ title: 'Sécheresse au nord', text: long.join(' '), publishedTime: '2025-02-01' });
    save({ title: 'Barrages', text: 'Les barrages baissent. La sécheresse dure depuis six ans.', publishedTime: '2025-01-01' });
    // A long prefix (more letters than the index's prefixes) finds the passage in the texts themselves.
    for (const input of [
      { query: 'secheresse' },
      { query: 'secheresse', sort: 'relevance' as const },
      { query: 'secheresse', source: 'Le Quotidien' },
      { query: 'sécher*' },
      { query: 'sécher*', sort: 'relevance' as const },
    ]) {
      const snippets = Object.fromEntries((await search(input)).hits.map((hit) => [hit.title, hit.snippet]));
      expect(snippets['Sécheresse au sud'], JSON.stringify(input)).toBe(`${words.slice(0, 30).join(' ')} …`);
      expect(snippets['Sécheresse au nord'], JSON.stringify(input)).toBe(`${long.slice(0, 30).join(' ')} …`);
      expect(snippets['Barrages'], JSON.stringify(input)).toBe('Les barrages baissent. La <mark>sécheresse</mark> dure depuis six ans.');
    }
  });

  it('filters by date range, source, language, tag and "not yet in a review"', async () => {
    const a = save({ title: 'A budget', text: 'budget un', publishedTime: '2025-12-01', siteName: 'Le Quotidien' });
    const b = save({ title: 'B budget', text: 'budget deux', publishedTime: '2025-12-15T23:30:00+01:00', siteName: 'La Gazette' });
    const c = save({ title: 'C budget', text: 'الميزانية budget ثلاثة', publishedTime: '2026-01-02', siteName: 'هسبريس', lang: 'ar', dir: 'rtl' });
    addTagToArticles(revue.db, [a, c], 'Maroc');
    const reviewId = insertReview(revue.db, { date: '2026-01-03', edition: '', title: 'Revue', sections: ['Une'], now: '2026-01-03T08:00:00Z' });
    insertItem(revue.db, reviewId, sectionsOf(revue.db, reviewId)[0]?.id ?? 0, b);

    for (const query of ['budget', '']) {
      expect(titles(await search({ query, from: '2025-12-10', to: '2025-12-31' })), query).toEqual(['B budget']);
      expect(titles(await search({ query, to: '2025-12-15' })), query).toEqual(['B budget', 'A budget']);
      expect(titles(await search({ query, source: 'La Gazette' })), query).toEqual(['B budget']);
      expect(titles(await search({ query, lang: 'ar' })), query).toEqual(['C budget']);
      expect(titles(await search({ query, tag: 'Maroc' })), query).toEqual(['C budget', 'A budget']);
      expect(titles(await search({ query, unused: true })), query).toEqual(['C budget', 'A budget']);
      // Filters together: a source or a tag lists its articles first, the others are checked on them.
      expect(titles(await search({ query, source: 'Le Quotidien', tag: 'Maroc' })), query).toEqual(['A budget']);
      expect(titles(await search({ query, tag: 'Maroc', unused: true, lang: 'ar' })), query).toEqual(['C budget']);
      expect(titles(await search({ query, source: 'La Gazette', unused: true })), query).toEqual([]);
      expect(titles(await search({ query, source: 'La Gazette', from: '2025-12-15', to: '2025-12-15' })), query).toEqual(['B budget']);
    }
    for (const sort of ['date', 'relevance'] as const) {
      expect(titles(await search({ query: 'budget', sort, tag: 'Maroc' })).sort(), sort).toEqual(['A budget', 'C budget']);
      expect((await search({ query: 'budget', sort, source: 'Le Quotidien', exactCount: true })).total, sort).toBe(1);
    }
    const [used] = (await search({ query: 'deux' })).hits;
    expect(used?.inReviews).toEqual(['2026-01-03']);
    const [tagged] = (await search({ query: 'un' })).hits;
    expect(tagged?.tags).toEqual(['Maroc']);
  });

  it('sorts by date, newest first, or by relevance with the title counting most', async () => {
    save({ title: 'Ancien', text: 'Une phrase sur le climat, le climat, encore le climat.', publishedTime: '2025-01-01' });
    save({ title: 'Le climat change', text: 'Un texte qui parle d’autre chose.', publishedTime: '2025-06-01' });
    save({ title: 'Récent', text: 'Le climat est évoqué une fois.', publishedTime: '2025-12-01' });
    expect(titles(await search({ query: 'climat' }))).toEqual(['Récent', 'Le climat change', 'Ancien']);
    expect(titles(await search({ query: 'climat', sort: 'relevance' }))[0]).toBe('Le climat change');
    const page = await search({ query: 'climat', limit: 1, offset: 1 });
    expect(page.total).toBe(3);
    expect(titles(page)).toEqual(['Le climat change']);
    const browse = await search({});
    expect(browse.total).toBe(3);
    expect(browse.hits.map((h) => h.snippet)).toEqual([null, null, null]);
  });

  it('never shows deleted articles, in searches, lists or facets', async () => {
    const gone = save({ title: 'Supprimé', text: 'Inflation record en décembre.', siteName: 'La Gazette' });
    save({ title: 'Gardé', text: 'Inflation en baisse.', siteName: 'Le Quotidien' });
    softDeleteArticles(revue.db, [gone], '2026-01-06T00:00:00Z');
    expect(titles(await search({ query: 'inflation' }))).toEqual(['Gardé']);
    expect(titles(await search({}))).toEqual(['Gardé']);
    const facets = (await revue.dispatch('articles.facets', {})) as { ok: true; value: Facets };
    expect(facets.value.sources).toEqual([{ value: 'Le Quotidien', count: 1 }]);
  });

  it('lists facets and tags by prefix, ignoring case and accents', async () => {
    const a = save({ title: 'Un', text: 'texte un', lang: 'fr' });
    const b = save({ title: 'Deux', text: 'نص اثنان', lang: 'ar', dir: 'rtl', siteName: 'هسبريس' });
    addTagToArticles(revue.db, [a, b], 'Économie');
    addTagToArticles(revue.db, [a], 'Élections');
    addTagToArticles(revue.db, [b], 'Maroc');
    const facets = (await revue.dispatch('articles.facets', {})) as { ok: true; value: Facets };
    expect(facets.value.langs).toEqual([
      { value: 'ar', count: 1 },
      { value: 'fr', count: 1 },
    ]);
    expect(facets.value.tags[0]).toEqual({ value: 'Économie', count: 2 });
    const tags = (await revue.dispatch('tags.list', { prefix: 'e' })) as { ok: true; value: Facet[] };
    expect(tags.value.map((t) => t.value)).toEqual(['Économie', 'Élections']);
  });

  it('answers invalid input with INVALID_INPUT, not a crash', async () => {
    const result = await revue.dispatch('articles.search', { query: 'x', sort: 'random' });
    expect(result.ok).toBe(false);
  });
});

describe('an archive from before search (schema 1)', () => {
  it('keeps its articles, now searchable without accents, after the upgrade', async () => {
    revue.close();
    temp.remove();
    temp = tempArchivePath();
    const v1 = new Database(temp.dbPath);
    v1.exec(MIGRATIONS[0] as string);
    v1.pragma('user_version = 1');
    const insert = v1.prepare(
      `INSERT INTO articles (title, site_name, lang, text, html, text_hash, imported_at, updated_at, deleted_at)
       VALUES (?, 'Le Quotidien', 'fr', ?, '', ?, '2025-12-31T10:00:00Z', '2025-12-31T10:00:00Z', ?)`,
    );
    insert.run('Réforme des retraites', "L'Économie et la réforme.", 'h1', null);
    insert.run('Ancien', 'Économie oubliée.', 'h2', '2025-12-31T11:00:00Z');
    insert.run('مقال', 'الْمَدْرَسَةُ', 'h3', null);
    v1.close();

    revue = openTestRevue({ dbPath: temp.dbPath });
    expect(titles(await search({ query: 'economie' }))).toEqual(['Réforme des retraites']);
    expect(titles(await search({ query: 'المدرسة' }))).toEqual(['مقال']);
    expect((await search({})).total).toBe(2);
  });
});
