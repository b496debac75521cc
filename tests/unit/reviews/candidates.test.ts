import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distinctText, openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

describe('candidates for a review', () => {
  it('shows each story once with how many outlets carry it, newest first, leaving out what the review holds', async () => {
    const { call, addArticle } = archive;
    const story = distinctText('grève des dockers');
    const lead = addArticle('dockers-matin', { text: story, siteName: 'Le Matin', importedAt: hoursAgo(5) });
    const copy = addArticle('dockers-hespress', { text: `${story} Mise à jour.`, siteName: 'Hespress', importedAt: hoursAgo(4) });
    const alone = addArticle('budget', { siteName: 'Médias24', importedAt: hoursAgo(3) });
    const used = addArticle('deja', { importedAt: hoursAgo(2) });
    const gone = addArticle('supprime', { importedAt: hoursAgo(1) });
    addArticle('trop-vieux', { importedAt: hoursAgo(24 * 8) });
    await call('articles.delete', { ids: [gone] });

    const { review } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [used], lang: 'fr' });
    const { stories: candidates } = await call('reviews.candidates', { reviewId: review.id });
    expect(candidates.map((c) => c.lead.id)).toEqual([alone, lead]);
    expect(candidates[1]).toMatchObject({
      articleIds: [lead, copy],
      outlets: ['Le Matin', 'Hespress'],
      earlierReview: null,
      lead: { title: 'Réforme dockers-matin', alsoIn: ['Hespress'] },
    });
    expect(candidates[0]).toMatchObject({ articleIds: [alone], outlets: ['Médias24'] });
  });

  it('takes the articles imported since the previous review, and says when a story already was in an earlier one', async () => {
    const { call, addArticle } = archive;
    const story = distinctText('sommet de Rabat');
    const before = addArticle('sommet-lematin', { text: story, siteName: 'Le Matin', importedAt: hoursAgo(30) });
    const { review: earlier } = await call('reviews.addItems', { date: '2025-11-04', articleIds: [before], lang: 'fr' });

    const later = addArticle('sommet-hespress', { text: `${story} Réactions.`, siteName: 'Hespress', importedAt: new Date(Date.now() + 1000) });
    const fresh = addArticle('nouveau', { importedAt: new Date(Date.now() + 2000) });
    const today = await call('reviews.create', { date: '2025-11-05', lang: 'fr' });
    const { stories: candidates } = await call('reviews.candidates', { reviewId: today.id });
    expect(candidates.map((c) => c.lead.id)).toEqual([fresh, later]);
    expect(candidates[1]?.earlierReview).toEqual({ date: '2025-11-04', edition: '' });
    expect(candidates[0]?.earlierReview).toBeNull();

    // The earlier review already tells the sommet story (through Le Matin): Hespress's copy is no candidate there.
    expect((await call('reviews.candidates', { reviewId: earlier.id })).stories.map((c) => c.lead.id)).toEqual([fresh]);
  });
});

describe('a long absence', () => {
  it('bounds the candidates and says how many are not shown', async () => {
    const { call, addArticle } = archive;
    for (let i = 0; i < 12; i++) addArticle(`retour-${i}`, { importedAt: new Date(Date.now() - (12 - i) * 60_000) });
    const review = await call('reviews.create', { date: '2025-11-05', lang: 'fr' });
    const { stories, total } = await call('reviews.candidates', { reviewId: review.id, limit: 5 });
    expect(total).toBe(12);
    expect(stories).toHaveLength(5);
    // The newest first, as without a limit.
    const all = await call('reviews.candidates', { reviewId: review.id });
    expect(stories.map((s) => s.lead.id)).toEqual(all.stories.slice(0, 5).map((s) => s.lead.id));
  });
});
