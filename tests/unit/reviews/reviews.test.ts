import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '../../../src/shared/domain';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

const names = (review: Review) => review.sections.map((s) => s.name);
const sectionId = (review: Review, name: string) => review.sections.find((s) => s.name === name)?.id ?? 0;
/** The article ids of a section, in order, checking positions are 0..n-1. */
function articlesIn(review: Review, name: string): number[] {
  const items = review.items.filter((item) => item.sectionId === sectionId(review, name));
  expect(items.map((item) => item.position)).toEqual(items.map((_, i) => i));
  return items.map((item) => item.articleId);
}

describe('reviews by date', () => {
  it('creates a review with the default sections, an editable title and introduction', async () => {
    const { call } = archive;
    const created = await call('reviews.create', { date: '2025-11-04', lang: 'en' });
    expect(created.title).toMatch(/^Press review of Tuesday,? 4 November 2025$/);
    expect(created).toMatchObject({ intro: '', canUndo: false, canRedo: false });
    expect(names(created)).toEqual(['À la une', 'National', 'International', 'Économie', 'Société', 'Culture', 'Sport']);
    expect(created.sections.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    const edited = await call('reviews.update', { id: created.id, title: 'La revue du mardi', intro: 'Une journée chargée.', layout: 'newspapers' });
    expect(edited).toMatchObject({ title: 'La revue du mardi', intro: 'Une journée chargée.', layout: 'newspapers', canUndo: false });
    expect(await call('reviews.get', { date: '2025-11-04' })).toMatchObject({ title: 'La revue du mardi' });
    expect(await archive.failure('reviews.update', { id: 999, title: 'x' })).toBe('NOT_FOUND');
  });

  it('starts from yesterday’s structure: its sections in order, none of its items', async () => {
    const { call } = archive;
    const a = archive.addArticle('hier');
    const { review: yesterday } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a], lang: 'fr' });
    await call('sections.rename', { id: sectionId(yesterday, 'Sport'), name: 'Sports' });
    await call('sections.move', { id: sectionId(yesterday, 'Culture'), position: 0 });
    await call('sections.add', { reviewId: yesterday.id, name: 'Maghreb', position: 2 });

    const previous = await call('reviews.previous', { date: '2025-11-05' });
    expect(previous?.id).toBe(yesterday.id);
    const today = await call('reviews.create', { date: '2025-11-05', lang: 'fr', copySectionsFrom: { date: previous?.date ?? '' } });
    expect(names(today)).toEqual(['Culture', 'À la une', 'Maghreb', 'National', 'International', 'Économie', 'Société', 'Sports']);
    expect(today.items).toEqual([]);
    expect(
      await archive.failure('reviews.create', { date: '2025-11-06', lang: 'fr', copySectionsFrom: { date: '2025-01-01' } }),
    ).toBe('NOT_FOUND');
    expect(await call('reviews.get', { date: '2025-11-06' })).toBeNull();
  });

  it('finds the previous review: an earlier day, or an earlier edition of the same day', async () => {
    const { call } = archive;
    expect(await call('reviews.previous', { date: '2025-11-05' })).toBeNull();
    const monday = await call('reviews.create', { date: '2025-11-03', lang: 'fr' });
    const morning = await call('reviews.create', { date: '2025-11-05', edition: 'matin', lang: 'fr' });
    expect((await call('reviews.previous', { date: '2025-11-05', edition: 'matin' }))?.id).toBe(monday.id);
    // The evening edition does not exist yet: the morning one, made earlier that day, comes before it.
    expect((await call('reviews.previous', { date: '2025-11-05', edition: 'soir' }))?.id).toBe(morning.id);
    expect((await call('reviews.previous', { date: '2025-11-10' }))?.id).toBe(morning.id);
    expect(await call('reviews.previous', { date: '2025-11-03' })).toBeNull();
  });
});

describe('sections', () => {
  it('adds, renames, moves and removes sections, positions staying 0..n-1', async () => {
    const { call } = archive;
    await call('settings.update', { defaultSections: ['Une', 'Monde', 'Sport'] });
    const review = await call('reviews.create', { date: '2025-11-04', lang: 'fr' });
    let next = await call('sections.add', { reviewId: review.id, name: 'Culture' });
    expect(names(next)).toEqual(['Une', 'Monde', 'Sport', 'Culture']);
    next = await call('sections.add', { reviewId: review.id, name: 'Économie', position: 1 });
    expect(names(next)).toEqual(['Une', 'Économie', 'Monde', 'Sport', 'Culture']);
    next = await call('sections.move', { id: sectionId(next, 'Une'), position: 99 });
    expect(names(next)).toEqual(['Économie', 'Monde', 'Sport', 'Culture', 'Une']);
    next = await call('sections.rename', { id: sectionId(next, 'Monde'), name: '  International ' });
    expect(names(next)).toEqual(['Économie', 'International', 'Sport', 'Culture', 'Une']);
    next = await call('sections.remove', { id: sectionId(next, 'Sport'), moveItemsTo: null });
    expect(names(next)).toEqual(['Économie', 'International', 'Culture', 'Une']);
    expect(next.sections.map((s) => s.position)).toEqual([0, 1, 2, 3]);
  });

  it('moves the items of a removed section where the user says, or removes them when told to', async () => {
    const { call } = archive;
    await call('settings.update', { defaultSections: ['Une', 'Monde', 'Sport'] });
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((slug) => archive.addArticle(slug));
    const { review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a ?? 0, b ?? 0], lang: 'fr' });
    await call('reviews.addItems', { date: '2025-11-04', articleIds: [c ?? 0], sectionId: sectionId(review, 'Monde'), lang: 'fr' });
    await call('reviews.addItems', { date: '2025-11-04', articleIds: [d ?? 0], sectionId: sectionId(review, 'Sport'), lang: 'fr' });

    const moved = await call('sections.remove', { id: sectionId(review, 'Une'), moveItemsTo: sectionId(review, 'Monde') });
    expect(names(moved)).toEqual(['Monde', 'Sport']);
    expect(articlesIn(moved, 'Monde')).toEqual([c, a, b]);

    const dropped = await call('sections.remove', { id: sectionId(review, 'Sport'), moveItemsTo: null });
    expect(dropped.items.map((item) => item.articleId)).toEqual([c, a, b]);
    // The article itself stays in the library.
    expect(await call('articles.get', { id: d ?? 0 })).toMatchObject({ id: d });
  });

  it('refuses to send a section’s items to itself or to another review, and answers NOT_FOUND for missing ones', async () => {
    const { call, failure } = archive;
    const one = await call('reviews.create', { date: '2025-11-04', lang: 'fr' });
    const two = await call('reviews.create', { date: '2025-11-05', lang: 'fr' });
    const first = one.sections[0]?.id ?? 0;
    expect(await failure('sections.remove', { id: first, moveItemsTo: two.sections[1]?.id ?? 0 })).toBe('INVALID_INPUT');
    expect(await failure('sections.remove', { id: first, moveItemsTo: first })).toBe('INVALID_INPUT');
    expect(await failure('sections.remove', { id: 9999, moveItemsTo: null })).toBe('NOT_FOUND');
    expect(await failure('sections.rename', { id: 9999, name: 'x' })).toBe('NOT_FOUND');
    expect(await failure('sections.rename', { id: first, name: '   ' })).toBe('INVALID_INPUT');
    expect(await failure('sections.move', { id: 9999, position: 0 })).toBe('NOT_FOUND');
    expect(await failure('sections.add', { reviewId: 9999, name: 'x' })).toBe('NOT_FOUND');
    expect(names(await call('reviews.get', { date: '2025-11-04' }) as Review)).toHaveLength(7);
  });
});

describe('items', () => {
  it('adds articles at a position, moves them within and between sections, removes them', async () => {
    const { call } = archive;
    await call('settings.update', { defaultSections: ['Une', 'Monde'] });
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((slug) => archive.addArticle(slug)) as [number, number, number, number];
    let { review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a, b], lang: 'fr' });
    ({ review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [c, d], position: 1, lang: 'fr' }));
    expect(articlesIn(review, 'Une')).toEqual([a, c, d, b]);

    const itemOf = (r: Review, articleId: number) => r.items.find((item) => item.articleId === articleId)?.id ?? 0;
    review = await call('items.move', { id: itemOf(review, a), sectionId: sectionId(review, 'Une'), position: 2 });
    expect(articlesIn(review, 'Une')).toEqual([c, d, a, b]);
    review = await call('items.move', { id: itemOf(review, d), sectionId: sectionId(review, 'Monde'), position: 5 });
    expect(articlesIn(review, 'Une')).toEqual([c, a, b]);
    expect(articlesIn(review, 'Monde')).toEqual([d]);
    review = await call('items.move', { id: itemOf(review, b), sectionId: sectionId(review, 'Monde'), position: 0 });
    expect(articlesIn(review, 'Monde')).toEqual([b, d]);
    review = await call('items.remove', { id: itemOf(review, a) });
    expect(articlesIn(review, 'Une')).toEqual([c]);
    expect(review.articles[a]).toBeUndefined();
  });

  it('keeps one item per article and says where it already is', async () => {
    const { call } = archive;
    const a = archive.addArticle('unique');
    const { review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a], sectionId: undefined, lang: 'fr' });
    const again = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a], sectionId: review.sections[3]?.id, lang: 'fr' });
    expect(again.added).toEqual([]);
    expect(again.alreadyThere).toEqual([a]);
    expect(again.review.items).toMatchObject([{ articleId: a, sectionId: review.sections[0]?.id }]);
    // Adding nothing new is no change to undo.
    expect(again.review.canUndo).toBe(true);
    expect((await call('reviews.undo', { reviewId: review.id })).items).toEqual([]);
  });

  it('edits an item’s headline, summary, comment and quotes, and shows the article, its other outlets and quotes', async () => {
    const { call, failure } = archive;
    const text = `Le sommet de Rabat. ${'accord commercial signé entre les deux pays après des mois de négociation '.repeat(6)}`;
    const a = archive.addArticle('sommet', { text, siteName: 'Le Matin' });
    const b = archive.addArticle('sommet-bis', { text: `${text} Mise à jour à midi.`, siteName: 'Hespress' });
    const other = archive.addArticle('autre');
    await call('articles.update', { id: a, summary: 'Le résumé de la rédaction.' });
    const quote = await call('highlights.create', { articleId: a, exact: 'accord commercial signé' });
    const foreign = await call('highlights.create', { articleId: other, exact: 'une autre citation' });

    const { review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a], lang: 'fr' });
    const item = review.items[0];
    expect(item).toMatchObject({ headline: 'Réforme sommet', summary: 'Le résumé de la rédaction.', comment: '', quoteIds: [] });
    expect(review.articles[a]).toMatchObject({ id: a, siteName: 'Le Matin', alsoIn: ['Hespress'], deleted: false, dir: 'ltr' });

    const edited = await call('items.update', {
      id: item?.id ?? 0,
      headline: 'Rabat et Madrid signent',
      comment: 'À suivre.',
      quoteIds: [quote.id, quote.id],
    });
    expect(edited.items[0]).toMatchObject({ headline: 'Rabat et Madrid signent', comment: 'À suivre.', quoteIds: [quote.id] });
    expect(edited.quotes[quote.id]).toMatchObject({ id: quote.id, exact: 'accord commercial signé' });
    expect(edited.canUndo).toBe(true);
    expect(await failure('items.update', { id: item?.id ?? 0, quoteIds: [foreign.id] })).toBe('INVALID_INPUT');
    expect(await failure('items.update', { id: item?.id ?? 0, quoteIds: [424242] })).toBe('INVALID_INPUT');
    expect(await failure('items.update', { id: 9999, comment: 'x' })).toBe('NOT_FOUND');

    // A deleted highlight drops out of the quotes; a deleted article stays in the review, marked.
    await call('highlights.delete', { id: quote.id });
    await call('articles.delete', { ids: [a] });
    const after = await call('reviews.get', { date: '2025-11-04' });
    expect(after?.quotes).toEqual({});
    expect(after?.articles[a]).toMatchObject({ deleted: true, title: 'Réforme sommet' });
    expect(b).toBeGreaterThan(0);
  });

  it('follows the article’s chapeau until the item’s own is written, and takes the article’s back on request', async () => {
    const { call } = archive;
    const a = archive.addArticle('chapeau');
    const { review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a], lang: 'fr' });
    const id = review.items[0]?.id ?? 0;
    expect(review.items[0]).toMatchObject({ summary: '', summaryFromArticle: true });

    // Written in the reader after the article was added: the review has it.
    await call('articles.update', { id: a, summary: 'Chapeau écrit après coup.' });
    expect((await call('reviews.get', { date: '2025-11-04' }))?.items[0]).toMatchObject({ summary: 'Chapeau écrit après coup.', summaryFromArticle: true });

    // Edited in the item: the item keeps its own, whatever the article's becomes.
    await call('items.update', { id, summary: 'Chapeau de la revue.' });
    await call('articles.update', { id: a, summary: 'Chapeau encore modifié.' });
    expect((await call('reviews.get', { date: '2025-11-04' }))?.items[0]).toMatchObject({ summary: 'Chapeau de la revue.', summaryFromArticle: false });

    // "Reprendre celui de l’article".
    const back = await call('items.update', { id, summaryFromArticle: true });
    expect(back.items[0]).toMatchObject({ summary: 'Chapeau encore modifié.', summaryFromArticle: true });
    // A move undone keeps the rule the item had.
    await call('sections.add', { reviewId: back.id, name: 'Autre', position: 0 });
    await call('reviews.undo', { reviewId: back.id });
    expect((await call('reviews.get', { date: '2025-11-04' }))?.items[0]).toMatchObject({ summaryFromArticle: true });
  });

  it('fills the items without a chapeau with their article’s opening paragraph, leaving written ones alone', async () => {
    const { call } = archive;
    const opening = 'Les travaux du nouveau terminal commenceront au printemps, a annoncé mardi l’autorité portuaire de la ville.';
    const a = archive.addArticle('vide', { text: `Par notre envoyé spécial\n\n${opening}\n\nLe chantier doit durer trois ans.` });
    const b = archive.addArticle('ecrit');
    const { review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a, b], lang: 'fr' });
    await call('items.update', { id: review.items[1]?.id ?? 0, summary: 'Déjà écrit.' });
    const filled = await call('items.fillSummaries', { reviewId: review.id });
    expect(filled.items.map((item) => item.summary)).toEqual([opening, 'Déjà écrit.']);
    expect((await call('articles.get', { id: a })).summary).toBe('');
  });

  it('answers NOT_FOUND or INVALID_INPUT for moves that cannot be', async () => {
    const { call, failure } = archive;
    const a = archive.addArticle('a');
    const { review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [a], lang: 'fr' });
    const other = await call('reviews.create', { date: '2025-11-05', lang: 'fr' });
    const id = review.items[0]?.id ?? 0;
    expect(await failure('items.move', { id, sectionId: other.sections[0]?.id ?? 0, position: 0 })).toBe('INVALID_INPUT');
    expect(await failure('items.move', { id, sectionId: 9999, position: 0 })).toBe('NOT_FOUND');
    expect(await failure('items.move', { id: 9999, sectionId: review.sections[0]?.id ?? 0, position: 0 })).toBe('NOT_FOUND');
    expect(await failure('items.move', { id, sectionId: review.sections[0]?.id ?? 0, position: -1 })).toBe('INVALID_INPUT');
    expect(await failure('items.remove', { id: 9999 })).toBe('NOT_FOUND');
    expect(await failure('reviews.undo', { reviewId: 9999 })).toBe('NOT_FOUND');
    expect(await failure('reviews.candidates', { reviewId: 9999 })).toBe('NOT_FOUND');
  });
});
