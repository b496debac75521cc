import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../../src/shared/domain';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

/** The model: each section's name and its articles in order, as the user expects to see them. */
type Model = { name: string; articles: number[] }[];

type Op =
  | { kind: 'add'; article: number; section: number; position: number }
  | { kind: 'move'; item: number; section: number; position: number }
  | { kind: 'remove'; item: number }
  | { kind: 'removeSection'; section: number; target: number | null }
  | { kind: 'addSection'; position: number }
  | { kind: 'moveSection'; section: number; position: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const index = fc.nat({ max: 20 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), article: index, section: index, position: index }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), item: index, section: index, position: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), item: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSection' as const), section: index, target: fc.option(index) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addSection' as const), position: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveSection' as const), section: index, position: index }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

const ARTICLES = 8;
let archive: TestArchive;
let articles: number[];
let day = 0;

beforeAll(() => {
  archive = openTestArchive();
  articles = Array.from({ length: ARTICLES }, (_, i) => archive.addArticle(`article ${i}`));
});
afterAll(() => archive.close());

function place<T>(list: T[], value: T, position: number): T[] {
  const at = Math.min(position, list.length);
  return [...list.slice(0, at), value, ...list.slice(at)];
}

function modelOf(review: Review): Model {
  return review.sections.map((s) => ({
    name: s.name,
    articles: review.items.filter((i) => i.sectionId === s.id).map((i) => i.articleId),
  }));
}

function checkInvariants(review: Review): void {
  expect(review.sections.map((s) => s.position)).toEqual(review.sections.map((_, i) => i));
  for (const section of review.sections) {
    const items = review.items.filter((i) => i.sectionId === section.id);
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i));
  }
  const ids = review.items.map((i) => i.articleId);
  expect(new Set(ids).size).toBe(ids.length);
  expect(review.items.every((i) => review.sections.some((s) => s.id === i.sectionId))).toBe(true);
}

describe('positions under any sequence of changes', () => {
  it('stay 0..n-1 per section, lose and duplicate nothing, keep each article once, and undo/redo exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { call } = archive;
        const date = new Date(Date.UTC(2030, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
        let review = await call('reviews.create', { date, lang: 'fr' });
        let model: Model = modelOf(review);
        const undo: Model[] = [];
        let redo: Model[] = [];
        let sectionCount = 0;
        const change = (next: Model) => {
          if (JSON.stringify(next) === JSON.stringify(model)) return;
          undo.push(model);
          redo = [];
          model = next;
        };

        for (const step of ops) {
          const items = review.items;
          const sections = review.sections;
          switch (step.kind) {
            case 'add': {
              const article = articles[step.article % ARTICLES] ?? 0;
              const s = step.section % sections.length;
              review = (
                await call('reviews.addItems', { date, articleIds: [article], sectionId: sections[s]?.id, position: step.position, lang: 'fr' })
              ).review;
              if (!model.some((m) => m.articles.includes(article))) {
                change(model.map((m, i) => (i === s ? { ...m, articles: place(m.articles, article, step.position) } : m)));
              }
              break;
            }
            case 'move': {
              if (items.length === 0) continue;
              const item = items[step.item % items.length];
              const s = step.section % sections.length;
              review = await call('items.move', { id: item?.id ?? 0, sectionId: sections[s]?.id ?? 0, position: step.position });
              const without = model.map((m) => ({ ...m, articles: m.articles.filter((a) => a !== item?.articleId) }));
              change(without.map((m, i) => (i === s ? { ...m, articles: place(m.articles, item?.articleId ?? 0, step.position) } : m)));
              break;
            }
            case 'remove': {
              if (items.length === 0) continue;
              const item = items[step.item % items.length];
              review = await call('items.remove', { id: item?.id ?? 0 });
              change(model.map((m) => ({ ...m, articles: m.articles.filter((a) => a !== item?.articleId) })));
              break;
            }
            case 'removeSection': {
              if (sections.length < 2) continue;
              const s = step.section % sections.length;
              const t = step.target === null ? null : step.target % sections.length === s ? null : step.target % sections.length;
              review = await call('sections.remove', { id: sections[s]?.id ?? 0, moveItemsTo: t === null ? null : (sections[t]?.id ?? 0) });
              const moved = model[s]?.articles ?? [];
              change(
                model
                  .map((m, i) => (i === t ? { ...m, articles: [...m.articles, ...moved] } : m))
                  .filter((_, i) => i !== s),
              );
              break;
            }
            case 'addSection': {
              const name = `Rubrique ${sectionCount++}`;
              review = await call('sections.add', { reviewId: review.id, name, position: step.position });
              change(place(model, { name, articles: [] }, step.position));
              break;
            }
            case 'moveSection': {
              const s = step.section % sections.length;
              review = await call('sections.move', { id: sections[s]?.id ?? 0, position: step.position });
              const moving = model[s];
              if (moving) change(place(model.filter((_, i) => i !== s), moving, step.position));
              break;
            }
            case 'undo': {
              review = await call('reviews.undo', { reviewId: review.id });
              const previous = undo.pop();
              if (previous) {
                redo.push(model);
                model = previous;
              }
              break;
            }
            case 'redo': {
              review = await call('reviews.redo', { reviewId: review.id });
              const next = redo.pop();
              if (next) {
                undo.push(model);
                model = next;
              }
              break;
            }
          }
          checkInvariants(review);
          expect(modelOf(review)).toEqual(model);
          expect(review.canUndo).toBe(undo.length > 0);
          expect(review.canRedo).toBe(redo.length > 0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
