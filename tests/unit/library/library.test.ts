import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../src/shared/domain';
import type { Input, Method, Output } from '../../../src/shared/contract';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

/** The two-paragraph text the annotation tests quote from. */
const reformText = (slug: string): string =>
  `La réforme ${slug} a été présentée jeudi en conseil des ministres.\n\n` +
  `Les syndicats demandent une concertation sur la réforme ${slug} avant le vote.`;

let archive: TestArchive;

beforeEach(() => {
  archive = openTestArchive({ defaultText: reformText });
});
afterEach(() => archive.close());

const call = <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => archive.call(method, input);
const failure = <M extends Method>(method: M, input: Input<M>): Promise<string> => archive.failure(method, input);
const addArticle = (slug: string, overrides: Partial<ExtractedArticle> = {}): number => archive.addArticle(slug, overrides);

describe('editing an article', () => {
  it('saves new metadata and reads it back, the text direction following the language', async () => {
    const id = addArticle('retraites');
    const updated = await call('articles.update', {
      id,
      title: 'Retraites : le gouvernement recule',
      siteName: 'Al Quds',
      byline: null,
      publishedTime: '2025-03-15T08:30:00+01:00',
      lang: 'ar',
    });
    expect(updated).toMatchObject({
      id,
      title: 'Retraites : le gouvernement recule',
      siteName: 'Al Quds',
      byline: null,
      publishedTime: '2025-03-15T08:30:00+01:00',
      lang: 'ar',
      dir: 'rtl',
    });
    expect(await call('articles.get', { id })).toMatchObject({ title: 'Retraites : le gouvernement recule', dir: 'rtl' });

    expect(await call('articles.update', { id, lang: 'en' })).toMatchObject({ lang: 'en', dir: 'ltr', siteName: 'Al Quds' });
    expect(await call('articles.update', { id, lang: null })).toMatchObject({ lang: null, dir: null });
  });

  it('keeps the summary and the comment across a reopening of the archive, leaving the rest alone', async () => {
    const id = addArticle('budget');
    await call('articles.update', { id, summary: 'Le budget est adopté de justesse.' });
    await call('articles.update', { id, comment: 'À mettre en une.' });
    archive.reopen();
    expect(await call('articles.get', { id })).toMatchObject({
      title: 'Réforme budget',
      byline: 'Claire Martin',
      summary: 'Le budget est adopté de justesse.',
      comment: 'À mettre en une.',
    });
  });

  it('answers NOT_FOUND for a missing or deleted article, and INVALID_INPUT for an empty title', async () => {
    const id = addArticle('chomage');
    expect(await failure('articles.update', { id: 999, summary: 'x' })).toBe('NOT_FOUND');
    expect(await failure('articles.update', { id, title: '   ' })).toBe('INVALID_INPUT');
    await call('articles.delete', { ids: [id] });
    expect(await failure('articles.update', { id, comment: 'trop tard' })).toBe('NOT_FOUND');
  });
});

describe('keeping search in step with edits', () => {
  it('finds an article by its new title, not after deletion, and again after restore', async () => {
    const id = addArticle('fiscalite');
    const found = async (query: string) => (await call('articles.search', { query })).hits.map((hit) => hit.id);
    await call('articles.update', { id, title: 'Contribuables excédés', byline: 'Karim Benali' });
    expect(await found('excédés')).toEqual([id]);
    expect(await found('Benali')).toEqual([id]);
    expect(await found('fiscalite')).toEqual([id]); // still in the text
    await call('articles.update', { id, summary: 'Un chapeau qui ne change rien à la recherche.' });
    expect(await found('excédés')).toEqual([id]);

    await call('articles.delete', { ids: [id] });
    expect(await found('excédés')).toEqual([]);
    await call('articles.restore', { ids: [id] });
    expect(await found('excédés')).toEqual([id]);
  });

  it('lists tags for completion with their case-insensitive merges', async () => {
    const a = addArticle('arabie');
    const b = addArticle('iran');
    await call('articles.setTags', { id: a, tags: ['Moyen-Orient', 'Pétrole'] });
    await call('articles.addTag', { ids: [b], tag: 'moyen-orient' });
    const tags = await call('tags.list', { prefix: '' });
    expect(tags).toEqual(expect.arrayContaining([{ value: 'Moyen-Orient', count: 2 }, { value: 'Pétrole', count: 1 }]));
    expect(tags).toHaveLength(2);
    await call('articles.setTags', { id: a, tags: [] });
    // A tag nobody carries any more is gone from the completion list.
    expect(await call('tags.list', { prefix: '' })).toEqual([{ value: 'Moyen-Orient', count: 1 }]);
  });
});

describe('deleting and restoring articles', () => {
  it('hides deleted articles from the library and brings them back on restore, with their annotations', async () => {
    const kept = addArticle('sante');
    const gone = addArticle('ecole');
    const other = addArticle('transport');
    await call('articles.setTags', { id: gone, tags: ['Éducation'] });
    await call('highlights.create', { articleId: gone, exact: 'présentée jeudi' });

    expect(await call('articles.delete', { ids: [gone, other, 424242] })).toEqual({ deleted: 2 });
    expect(await call('articles.delete', { ids: [gone] })).toEqual({ deleted: 0 });
    expect(await failure('articles.get', { id: gone })).toBe('NOT_FOUND');
    expect(await failure('highlights.list', { articleId: gone })).toBe('NOT_FOUND');
    const list = await call('articles.search', {});
    expect(list.total).toBe(1);
    expect(list.hits.map((a) => a.id)).toEqual([kept]);

    expect(await call('articles.restore', { ids: [gone, other] })).toEqual({ restored: 2 });
    expect(await call('articles.restore', { ids: [gone] })).toEqual({ restored: 0 });
    expect(await call('articles.get', { id: gone })).toMatchObject({ id: gone, tags: ['Éducation'] });
    expect(await call('highlights.list', { articleId: gone })).toHaveLength(1);
    expect((await call('articles.search', {})).total).toBe(3);
  });

  it('lets an article used in a review be deleted while the review keeps its item', async () => {
    const id = addArticle('logement');
    await call('reviews.addItems', { date: '2025-03-14', articleIds: [id], lang: 'fr' });
    expect(await call('articles.delete', { ids: [id] })).toEqual({ deleted: 1 });
    const review = await call('reviews.get', { date: '2025-03-14' });
    expect(review?.items).toMatchObject([{ articleId: id, headline: 'Réforme logement' }]);
  });
});

/** Tags in French alphabetical order, whatever order the archive lists them in. */
function sorted(tags: string[]): string[] {
  return [...tags].sort((x, y) => x.localeCompare(y, 'fr'));
}

describe('tags', () => {
  it('replaces an article’s tags, merging names that differ only by case, in any script', async () => {
    const id = addArticle('energie');
    const tagged = await call('articles.setTags', { id, tags: ['Économie', 'énergie', 'ÉCONOMIE', 'Climat'] });
    expect(sorted(tagged.tags)).toEqual(['Climat', 'Économie', 'énergie']);

    const retagged = await call('articles.setTags', { id, tags: ['économie', 'Europe'] });
    // The tag keeps the spelling it was created with.
    expect(sorted(retagged.tags)).toEqual(['Économie', 'Europe']);
    expect(await call('articles.setTags', { id, tags: [] })).toMatchObject({ tags: [] });
  });

  it('adds one tag to many articles, counting only those that gain it', async () => {
    const a = addArticle('agriculture');
    const b = addArticle('peche');
    const c = addArticle('foret');
    await call('articles.setTags', { id: a, tags: ['Rural'] });
    await call('articles.delete', { ids: [c] });
    expect(await call('articles.addTag', { ids: [a, b, c, 31337], tag: 'rural' })).toEqual({ updated: 1 });
    expect((await call('articles.get', { id: b })).tags).toEqual(['Rural']);
    const list = await call('articles.search', {});
    expect(list.hits.map((article) => article.tags)).toEqual([['Rural'], ['Rural']]);
  });

  it('answers NOT_FOUND when tagging a missing article, and refuses blank tags', async () => {
    expect(await failure('articles.setTags', { id: 77, tags: ['x'] })).toBe('NOT_FOUND');
    const id = addArticle('culture');
    expect(await failure('articles.setTags', { id, tags: ['  '] })).toBe('INVALID_INPUT');
  });
});

describe('highlights', () => {
  it('creates, lists in reading order, recolours, annotates and deletes highlights', async () => {
    const id = addArticle('impots');
    const late = await call('highlights.create', {
      articleId: id,
      exact: 'demandent une concertation',
      prefix: 'Les syndicats ',
      color: 'green',
    });
    // Created second, but it comes first in the text; its whitespace differs from the stored text's.
    const early = await call('highlights.create', { articleId: id, exact: 'a  été\u00a0présentée', note: 'Date ?' });
    const lost = await call('highlights.create', { articleId: id, exact: 'une phrase retirée depuis' });
    expect(early).toMatchObject({ articleId: id, color: 'yellow', note: 'Date ?', prefix: '', suffix: '' });

    const listed = await call('highlights.list', { articleId: id });
    expect(listed.map((h) => h.id)).toEqual([early.id, late.id, lost.id]);

    expect(await call('highlights.update', { id: late.id, color: 'pink' })).toMatchObject({ color: 'pink', note: '' });
    expect(await call('highlights.update', { id: late.id, note: 'Citation clé' })).toMatchObject({
      color: 'pink',
      note: 'Citation clé',
    });
    expect(await call('highlights.delete', { id: lost.id })).toEqual({ deleted: true });
    expect(await call('highlights.delete', { id: lost.id })).toEqual({ deleted: false });
    expect((await call('highlights.list', { articleId: id })).map((h) => h.id)).toEqual([early.id, late.id]);
  });

  it('answers NOT_FOUND for a missing article or highlight, and refuses an unknown colour', async () => {
    expect(await failure('highlights.create', { articleId: 5, exact: 'x' })).toBe('NOT_FOUND');
    expect(await failure('highlights.list', { articleId: 5 })).toBe('NOT_FOUND');
    expect(await failure('highlights.update', { id: 5, note: 'x' })).toBe('NOT_FOUND');
    const id = addArticle('defense');
    expect(
      await failure('highlights.create', { articleId: id, exact: 'x', color: 'red' as unknown as 'yellow' }),
    ).toBe('INVALID_INPUT');
  });
});

describe('adding articles to a review', () => {
  it('creates the day’s review, appends items in order and reports those already there', async () => {
    const a = addArticle('justice');
    const b = addArticle('police');
    const c = addArticle('prisons');
    await call('articles.update', { id: b, summary: 'Le chapeau de l’article.' });

    const first = await call('reviews.addItems', { date: '2025-03-14', articleIds: [a, b], lang: 'fr' });
    expect(first.added).toEqual([a, b]);
    expect(first.alreadyThere).toEqual([]);
    expect(first.review.title).toBe('Revue de presse du vendredi 14 mars 2025');
    const top = first.review.sections[0];
    expect(top?.name).toBe('À la une');
    expect(first.review.items).toMatchObject([
      { articleId: a, sectionId: top?.id, position: 0, headline: 'Réforme justice', summary: '' },
      { articleId: b, sectionId: top?.id, position: 1, headline: 'Réforme police', summary: 'Le chapeau de l’article.' },
    ]);

    const national = first.review.sections[1];
    const second = await call('reviews.addItems', {
      date: '2025-03-14',
      articleIds: [b, c, c],
      sectionId: national?.id,
      lang: 'fr',
    });
    expect(second.added).toEqual([c]);
    expect(second.alreadyThere).toEqual([b, c]);
    expect(second.review.id).toBe(first.review.id);
    expect(second.review.items.filter((item) => item.sectionId === national?.id)).toMatchObject([
      { articleId: c, position: 0 },
    ]);

    expect((await call('articles.get', { id: a })).inReviews).toEqual(['2025-03-14']);
    await call('reviews.addItems', { date: '2025-03-15', edition: 'soir', articleIds: [a], lang: 'en' });
    const listed = await call('articles.search', {});
    expect(listed.hits.find((article) => article.id === a)?.inReviews).toEqual(['2025-03-14', '2025-03-15']);
    expect((await call('reviews.get', { date: '2025-03-15', edition: 'soir' }))?.title).toMatch(/^Press review/);
  });

  it('writes nothing when an article is deleted or the section belongs to another review', async () => {
    const a = addArticle('sport');
    const b = addArticle('tennis');
    await call('articles.delete', { ids: [b] });
    expect(await failure('reviews.addItems', { date: '2025-03-14', articleIds: [a, b], lang: 'fr' })).toBe('NOT_FOUND');
    expect(await call('reviews.get', { date: '2025-03-14' })).toBeNull();

    const other = await call('reviews.create', { date: '2025-03-13', lang: 'fr' });
    const foreignSection = other.sections[0]?.id ?? 0;
    expect(
      await failure('reviews.addItems', { date: '2025-03-14', articleIds: [a], sectionId: foreignSection, lang: 'fr' }),
    ).toBe('NOT_FOUND');
    expect(await call('reviews.get', { date: '2025-03-14' })).toBeNull();
  });

  it('gives a review without sections one to hold the items', async () => {
    await call('settings.update', { defaultSections: [] });
    const id = addArticle('meteo');
    const { review, added } = await call('reviews.addItems', { date: '2025-03-14', articleIds: [id], lang: 'fr' });
    expect(added).toEqual([id]);
    expect(review.sections).toMatchObject([{ name: 'Articles', position: 0 }]);
    expect(review.items).toMatchObject([{ articleId: id, sectionId: review.sections[0]?.id }]);
  });
});
