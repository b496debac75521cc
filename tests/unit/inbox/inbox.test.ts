import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIsoDay } from '../../../src/shared/localDay';
import { distinctText, openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
const ids = (stories: { articles: { id: number }[] }[]) => stories.map((s) => s.articles.map((a) => a.id));

describe('the inbox « Nouveautés »', () => {
  it('groups what arrived by topic, then by story (one story from several outlets once), newest first, with counts', async () => {
    const { call, addArticle } = archive;
    const eco = await call('topics.create', { name: 'Économie', query: 'déficit', section: 'Économie' });
    const water = await call('topics.create', { name: 'Eau', query: 'crue' });
    await call('topics.create', { name: 'Sport', query: 'football' });

    const story = `${distinctText('budget de l’État')} Le déficit et la crue.`;
    const first = addArticle('budget-matin', { text: story, siteName: 'Le Matin', publishedTime: '2025-11-03T07:00:00Z', importedAt: hoursAgo(5) });
    const copy = addArticle('budget-hespress', { text: `${story} Mise à jour.`, siteName: 'Hespress', publishedTime: '2025-11-03T09:00:00Z', importedAt: hoursAgo(4) });
    const credit = addArticle('credit', { text: `${distinctText('crédit')} Le déficit des ménages.`, siteName: 'Médias24', publishedTime: '2025-11-03T10:00:00Z', importedAt: hoursAgo(3) });
    const dam = addArticle('barrage', { text: `${distinctText('pluies')} La crue est passée.`, siteName: 'Le Matin', publishedTime: '2025-11-03T08:00:00Z', importedAt: hoursAgo(2) });
    const other = addArticle('festival', { siteName: 'Le Matin', publishedTime: '2025-11-02T08:00:00Z', importedAt: hoursAgo(1) });
    addArticle('trop-vieux', { text: `${distinctText('vieux')} déficit`, importedAt: hoursAgo(24 * 9) });

    const inbox = await call('inbox.get', {});
    expect(inbox.topics.map((g) => [g.topic.name, g.topic.count])).toEqual([
      ['Eau', 3],
      ['Économie', 3],
      ['Sport', 0],
    ]);
    const ecoGroup = inbox.topics.find((g) => g.topic.id === eco.id);
    // The story told by Hespress and Le Matin is one entry, its newest article first; newest story first.
    expect(ids(ecoGroup?.stories ?? [])).toEqual([[credit], [copy, first]]);
    expect(ids(inbox.topics.find((g) => g.topic.id === water.id)?.stories ?? [])).toEqual([[copy, first], [dam]]);
    expect(ids(inbox.untopical)).toEqual([[other]]);
    expect(inbox.sources).toEqual([
      { value: 'Le Matin', count: 3 },
      { value: 'Hespress', count: 1 },
      { value: 'Médias24', count: 1 },
    ]);
    expect(inbox).toMatchObject({ total: 5, triaged: 0 });
  });

  it('starts at the last review before today, or at the chosen day', async () => {
    const { call, addArticle } = archive;
    const old = addArticle('avant', { importedAt: hoursAgo(50) });
    const yesterday = await call('reviews.create', { date: '2020-01-01', lang: 'fr' });
    const fresh = addArticle('apres', { importedAt: new Date(Date.now() + 1000) });

    const inbox = await call('inbox.get', {});
    expect(inbox.since).toBe(yesterday.createdAt);
    expect(inbox.sinceReview).toEqual({ date: '2020-01-01', edition: '' });
    expect(ids(inbox.untopical)).toEqual([[fresh]]);

    const since = localIsoDay(hoursAgo(72));
    const wider = await call('inbox.get', { since });
    expect(ids(wider.untopical)).toEqual([[fresh], [old]]);
    expect(new Date(wider.since).getHours()).toBe(0);
    expect(wider.sinceReview).toBeNull();
    // A review of today itself does not move the start: the inbox is what came since the day before's.
    await call('reviews.create', { date: localIsoDay(), lang: 'fr' });
    expect((await call('inbox.get', {})).since).toBe(yesterday.createdAt);
  });

  it('retained articles leave the inbox for the Candidats tab, in their topic’s section; dismissed ones leave both and stay searchable', async () => {
    const { call, addArticle } = archive;
    const eco = await call('topics.create', { name: 'Économie', query: 'déficit', section: 'Économie' });
    const kept = addArticle('garde', { text: `${distinctText('garde')} déficit`, siteName: 'Le Matin', importedAt: hoursAgo(3) });
    const dropped = addArticle('ecarte', { title: 'Le marché aux puces', siteName: 'Hespress', importedAt: hoursAgo(2) });
    const untouched = addArticle('reste', { siteName: 'Médias24', importedAt: hoursAgo(1) });
    // Retained days ago for today's review: a candidate even though it came before the window.
    const early = addArticle('tot', { siteName: 'Le Desk', importedAt: hoursAgo(24 * 20) });

    const today = localIsoDay();
    await call('inbox.triage', { articleIds: [kept], decision: 'retained', topicId: eco.id });
    await call('inbox.triage', { articleIds: [early], decision: 'retained', reviewDate: today });
    await call('inbox.triage', { articleIds: [dropped], decision: 'dismissed' });

    const inbox = await call('inbox.get', {});
    expect(ids(inbox.topics[0]?.stories ?? [])).toEqual([]);
    expect(ids(inbox.untopical)).toEqual([[untouched]]);
    expect(inbox).toMatchObject({ total: 3, triaged: 2 });
    expect((await call('topics.list', {}))[0]).toMatchObject({ count: 0, total: 1 });

    const review = await call('reviews.create', { date: today, lang: 'fr' });
    const { stories: candidates } = await call('reviews.candidates', { reviewId: review.id });
    expect(candidates.map((c) => [c.lead.id, c.retained, c.section])).toEqual([
      [kept, true, 'Économie'],
      [early, true, null],
      [untouched, false, null],
    ]);
    expect((await call('articles.search', { query: 'puces' })).hits.map((h) => h.id)).toEqual([dropped]);

    // Composed into the review in the topic's section, by name.
    const added = await call('reviews.addItems', { date: today, articleIds: [kept], sectionName: 'economie', lang: 'fr' });
    const section = added.review.sections.find((s) => s.id === added.review.items[0]?.sectionId);
    expect(section?.name).toBe('Économie');
    expect((await call('reviews.candidates', { reviewId: review.id })).stories.map((c) => c.lead.id)).toEqual([early, untouched]);

    // Changing one's mind: the dismissed article is new again.
    expect(await call('inbox.untriage', { articleIds: [dropped] })).toEqual({ restored: 1 });
    expect(ids((await call('inbox.get', {})).untopical)).toEqual([[untouched], [dropped]]);
  });

  it('triages all or nothing: an unknown article writes no decision', async () => {
    const { call, failure, addArticle } = archive;
    const a = addArticle('un');
    expect(await failure('inbox.triage', { articleIds: [a, 9999], decision: 'dismissed' })).toBe('NOT_FOUND');
    expect(await failure('inbox.triage', { articleIds: [a], decision: 'retained', topicId: 77 })).toBe('NOT_FOUND');
    expect((await call('inbox.get', {})).triaged).toBe(0);
  });
});
