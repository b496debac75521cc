import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticles } from '../../../src/core/store/articleRepository';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

/** The titles of the articles a topic labels, through the search the inbox relies on. */
async function labelled(topicId: number): Promise<number[]> {
  const inbox = await archive.call('inbox.get', { since: '2000-01-01' });
  const group = inbox.topics.find((g) => g.topic.id === topicId);
  return (group?.stories ?? []).flatMap((s) => s.articles.map((a) => a.id)).sort((a, b) => a - b);
}

describe('watch topics', () => {
  it('labels new articles at import with the topics whose query they match: phrases, exclusions, prefixes, accents', async () => {
    const { call, addArticle } = archive;
    const budget = await call('topics.create', { name: 'Budget', query: '"loi de finances" -football', section: 'Économie', color: 'green' });
    const eco = await call('topics.create', { name: 'Économie', query: 'economi*' });
    const arabic = await call('topics.create', { name: 'Maroc', query: 'المغرب' });

    const law = addArticle('loi', { text: 'Le Parlement examine la loi de finances pour 2026, article par article.' });
    const football = addArticle('foot', { text: 'La loi de finances prévoit des aides au football amateur.' });
    const economy = addArticle('eco', { text: 'L’économie marocaine accélère au troisième trimestre.' });
    const ar = addArticle('ar', { text: 'أعلنت الحكومة في المغرب عن خطة جديدة للمياه.', lang: 'ar', dir: 'rtl' });
    const neither = addArticle('rien', { text: 'Le festival de musique ouvre ses portes samedi.' });

    expect(await labelled(budget.id)).toEqual([law]);
    expect(await labelled(eco.id)).toEqual([economy]);
    expect(await labelled(arabic.id)).toEqual([ar]);
    expect((await call('inbox.get', { since: '2000-01-01' })).untopical.flatMap((s) => s.articles.map((a) => a.id)).sort()).toEqual(
      [football, neither].sort(),
    );
    const listed = await call('topics.list', {});
    expect(listed.map((t) => t.name)).toEqual(['Budget', 'Économie', 'Maroc']);
    expect(listed[0]).toMatchObject({ name: 'Budget', query: '"loi de finances" -football', section: 'Économie', color: '#1e8449', total: 1 });
  });

  it('matches word forms as search does: a topic "budget" labels an article about "budgets"', async () => {
    const { call, addArticle } = archive;
    const topic = await call('topics.create', { name: 'Budget', query: 'budget' });
    const plural = addArticle('pluriel', { text: 'Les budgets des communes seront votés en mars.' });
    addArticle('autre', { text: 'Le festival de musique ouvre ses portes samedi.' });
    expect(await labelled(topic.id)).toEqual([plural]);
  });

  it('labels the archive when a topic is created, and relabels it when its query changes', async () => {
    const { call, addArticle } = archive;
    const port = addArticle('port', { text: 'Le port de Tanger agrandit son terminal à conteneurs.' });
    const rail = addArticle('rail', { text: 'La ligne à grande vitesse atteint Marrakech.' });
    const both = addArticle('both', { text: 'Le port et la ligne ferroviaire seront reliés.' });

    const topic = await call('topics.create', { name: 'Transports', query: 'port' });
    expect(await labelled(topic.id)).toEqual([port, both]);
    expect(topic.total).toBe(2);

    const changed = await call('topics.update', { id: topic.id, query: 'ligne -port' });
    expect(await labelled(topic.id)).toEqual([rail]);
    expect(changed).toMatchObject({ query: 'ligne -port', total: 1 });

    // Renaming or recolouring keeps the labels.
    await call('topics.update', { id: topic.id, name: 'Rail', color: 'purple', section: 'National' });
    expect(await labelled(topic.id)).toEqual([rail]);
  });

  it('relabels a large archive in chunks, answering other calls meanwhile', async () => {
    const now = new Date().toISOString();
    insertArticles(
      archive.revue.db,
      Array.from({ length: 1500 }, (_, i) => ({
        publicationId: null,
        storyId: null,
        url: null,
        canonicalUrl: null,
        title: `Dépêche ${i}`,
        byline: null,
        siteName: 'Agence',
        publishedTime: null,
        lang: 'fr',
        dir: 'ltr' as const,
        text: i % 2 === 0 ? `La récolte de blé ${i} est bonne.` : `Le marché du poisson ${i} ouvre.`,
        html: '',
        textHash: `h${i}`,
        shingles: null,
        now,
      })),
    );
    const topic = await archive.call('topics.create', { name: 'Agriculture', query: 'poisson' });
    expect(topic.total).toBe(750);

    let relabelled = false;
    const pending = archive.call('topics.update', { id: topic.id, query: 'blé' }).then((t) => {
      relabelled = true;
      return t;
    });
    const facets = await archive.call('articles.facets', {});
    expect(facets.sources).toEqual([{ value: 'Agence', count: 1500 }]);
    expect(relabelled).toBe(false);
    // Its progress, asked for meanwhile as the UI does: 750 labels off, 750 on, in chunks of 500.
    const seen: { done: number; total: number; percent: number }[] = [];
    while (!relabelled) {
      const [under] = await archive.call('topics.relabelProgress', {});
      if (under) seen.push(under);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(seen.every((p) => p.total === 1500)).toBe(true);
    expect(seen.some((p) => p.percent > 0 && p.percent < 100)).toBe(true);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect((await pending).total).toBe(750);
    expect(await archive.call('topics.relabelProgress', {})).toEqual([]);
    expect(await labelled(topic.id)).toHaveLength(750);
  });

  it('shows an article’s topics, in their colours, on its list row', async () => {
    const { call, addArticle } = archive;
    const port = await call('topics.create', { name: 'Port', query: 'port', color: '#1e8449' });
    const eau = await call('topics.create', { name: 'Eau', query: 'barrage' });
    const both = addArticle('both', { text: 'Le port et le barrage seront reliés par une route.' });
    addArticle('none', { text: 'Le festival de musique commence samedi.' });
    const { hits } = await call('articles.search', { query: 'reliés' });
    expect(hits.map((hit) => [hit.id, hit.topics])).toEqual([
      [both, [{ id: eau.id, name: 'Eau', color: eau.color }, { id: port.id, name: 'Port', color: '#1e8449' }]],
    ]);
    expect((await call('articles.search', { query: 'festival' })).hits[0]?.topics).toEqual([]);
  });

  it('follows an edited title, and a removed topic takes its labels with it', async () => {
    const { call, addArticle } = archive;
    const topic = await call('topics.create', { name: 'Eau', query: 'sécheresse' });
    const id = addArticle('pluie', { title: 'Les pluies reviennent', text: 'Les barrages se remplissent enfin.' });
    expect(await labelled(topic.id)).toEqual([]);
    await call('articles.update', { id, title: 'La sécheresse recule' });
    expect(await labelled(topic.id)).toEqual([id]);

    expect(await call('topics.remove', { id: topic.id })).toEqual({ removed: true });
    expect(await call('topics.list', {})).toEqual([]);
    expect(await call('topics.remove', { id: topic.id })).toEqual({ removed: false });
    expect((await call('articles.get', { id })).title).toBe('La sécheresse recule');
  });

  it('refuses a query that looks for nothing and a name already taken, in the user’s words', async () => {
    const { call, failure } = archive;
    expect(await failure('topics.create', { name: 'Rien', query: '-sport' })).toBe('TOPIC_QUERY_EMPTY');
    await call('topics.create', { name: 'Économie', query: 'economie' });
    expect(await failure('topics.create', { name: 'économie', query: 'budget' })).toBe('TOPIC_EXISTS');
    expect(await failure('topics.create', { name: 'Couleur', query: 'budget', color: 'chartreuse' })).toBe('INVALID_INPUT');
    expect(await failure('topics.update', { id: 999, name: 'X' })).toBe('NOT_FOUND');
    expect(await call('topics.list', {})).toHaveLength(1);
  });
});
