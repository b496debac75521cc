import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '../../../src/shared/domain';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

/** The review's shape in one readable line: "Une: a b | Monde: c". */
function shape(review: Review, labels: Map<number, string>): string {
  return review.sections
    .map((s) => `${s.name}:${review.items.filter((i) => i.sectionId === s.id).map((i) => ` ${labels.get(i.articleId) ?? '?'}`).join('')}`)
    .join(' | ');
}

describe('undo and redo', () => {
  it('undoes and redoes adds, moves, removes and section edits, step by step', async () => {
    const { call } = archive;
    await call('settings.update', { defaultSections: ['Une', 'Monde'] });
    const [a, b, c] = ['a', 'b', 'c'].map((slug) => archive.addArticle(slug)) as [number, number, number];
    const labels = new Map([[a, 'a'], [b, 'b'], [c, 'c']]);
    const created = await call('reviews.create', { date: '2025-11-04', lang: 'fr' });
    const [une, monde] = created.sections.map((s) => s.id) as [number, number];

    const states: string[] = [shape(created, labels)];
    let review = (await call('reviews.addItems', { date: '2025-11-04', articleIds: [a, b], lang: 'fr' })).review;
    states.push(shape(review, labels));
    review = (await call('reviews.addItems', { date: '2025-11-04', articleIds: [c], sectionId: monde, lang: 'fr' })).review;
    states.push(shape(review, labels));
    const itemOf = (articleId: number) => review.items.find((i) => i.articleId === articleId)?.id ?? 0;
    review = await call('items.move', { id: itemOf(b), sectionId: une, position: 0 });
    states.push(shape(review, labels));
    review = await call('items.move', { id: itemOf(a), sectionId: monde, position: 0 });
    states.push(shape(review, labels));
    review = await call('items.remove', { id: itemOf(c) });
    states.push(shape(review, labels));
    review = await call('sections.rename', { id: monde, name: 'International' });
    states.push(shape(review, labels));
    review = await call('sections.add', { reviewId: review.id, name: 'Sport', position: 0 });
    states.push(shape(review, labels));
    review = await call('sections.move', { id: une, position: 2 });
    states.push(shape(review, labels));
    review = await call('sections.remove', { id: monde, moveItemsTo: une });
    states.push(shape(review, labels));
    expect(states.at(-1)).toBe('Sport: | Une: b a');
    expect(new Set(states).size).toBe(states.length);

    // Text edits are not steps: they survive undo and redo.
    const itemB = review.items.find((i) => i.articleId === b)?.id ?? 0;
    await call('items.update', { id: itemB, comment: 'Gardé.' });
    await call('reviews.update', { id: review.id, intro: 'Introduction.' });

    for (let i = states.length - 2; i >= 0; i--) {
      review = await call('reviews.undo', { reviewId: review.id });
      expect(shape(review, labels)).toBe(states[i]);
      expect(review.canRedo).toBe(true);
    }
    expect(review.canUndo).toBe(false);
    expect(shape(await call('reviews.undo', { reviewId: review.id }), labels)).toBe(states[0]);

    for (let i = 1; i < states.length; i++) {
      review = await call('reviews.redo', { reviewId: review.id });
      expect(shape(review, labels)).toBe(states[i]);
    }
    expect(review.canRedo).toBe(false);
    expect(review.items.find((i) => i.articleId === b)?.comment).toBe('Gardé.');
    expect(review.intro).toBe('Introduction.');
    expect(review.items.map((i) => i.id)).toContain(itemB);
  });

  it('brings a removed item back with its texts and quotes, and forgets the redo after a new change', async () => {
    const { call } = archive;
    const [a, b] = ['a', 'b'].map((slug) => archive.addArticle(slug)) as [number, number];
    const quote = await call('highlights.create', { articleId: a, exact: 'citation' });
    let review = (await call('reviews.addItems', { date: '2025-11-04', articleIds: [a], lang: 'fr' })).review;
    const item = review.items[0]?.id ?? 0;
    await call('items.update', { id: item, headline: 'Titre revu', comment: 'Note', quoteIds: [quote.id] });
    review = await call('items.remove', { id: item });
    expect(review.items).toEqual([]);

    review = await call('reviews.undo', { reviewId: review.id });
    expect(review.items).toMatchObject([{ id: item, articleId: a, headline: 'Titre revu', comment: 'Note', quoteIds: [quote.id] }]);
    expect(review.quotes[quote.id]).toMatchObject({ exact: 'citation' });
    expect(review.canRedo).toBe(true);

    review = (await call('reviews.addItems', { date: '2025-11-04', articleIds: [b], lang: 'fr' })).review;
    expect(review.canRedo).toBe(false);
    review = await call('reviews.redo', { reviewId: review.id });
    expect(review.items.map((i) => i.articleId)).toEqual([a, b]);
  });

  it('keeps the other reviews untouched and gives up ids another review took meanwhile', async () => {
    const { call } = archive;
    const one = await call('reviews.create', { date: '2025-11-04', lang: 'fr' });
    const two = await call('reviews.create', { date: '2025-11-05', lang: 'fr' });
    const added = await call('sections.add', { reviewId: one.id, name: 'Extra' });
    await call('reviews.undo', { reviewId: one.id });
    // The freed id may be reused by another review's new section.
    await call('sections.add', { reviewId: two.id, name: 'Ailleurs' });
    const redone = await call('reviews.redo', { reviewId: one.id });
    expect(redone.sections.map((s) => s.name)).toContain('Extra');
    expect((await call('reviews.get', { date: '2025-11-05' }))?.sections.map((s) => s.name)).toContain('Ailleurs');
    expect(added.sections).toHaveLength(8);
  });

  it('keeps at most a hundred steps', async () => {
    const { call } = archive;
    const review = await call('reviews.create', { date: '2025-11-04', lang: 'fr' });
    const id = review.sections[0]?.id ?? 0;
    for (let i = 0; i < 105; i++) await call('sections.rename', { id, name: `Nom ${i}` });
    let undone = 0;
    let current = await call('reviews.get', { date: '2025-11-04' });
    while (current?.canUndo) {
      current = await call('reviews.undo', { reviewId: review.id });
      undone++;
    }
    expect(undone).toBe(100);
    expect(current?.sections[0]?.name).toBe('Nom 4');
  });
});
