import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchArticleIds } from '../../../src/core/search/matchArticleIds';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

const arabic = { lang: 'ar', dir: 'rtl' as const, siteName: 'هسبريس' };

async function titles(query: string, sort: 'date' | 'relevance' = 'date'): Promise<string[]> {
  return (await archive.call('articles.search', { query, sort })).hits.map((hit) => hit.title);
}

describe('search finds a word in all its forms', () => {
  it('finds French plurals, feminines and inflections, accents or not', async () => {
    archive.addArticle('greve', {
      title: 'Grève dans les écoles',
      text: 'Les enseignants et les syndicats préparent des mobilisations pour obtenir des augmentations salariales. Une enseignante évoque des revendications syndicales.',
    });
    archive.addArticle('pluie', { title: 'La pluie revient', text: 'Les agriculteurs attendaient les averses.' });
    for (const query of ['enseignant', 'enseignante', 'syndicat', 'syndical', 'syndicaux', 'mobilisation', 'augmentation', 'salarial', 'Augmentations', 'ecole']) {
      expect(await titles(query), query).toEqual(['Grève dans les écoles']);
    }
  });

  it('finds English forms in an English article', async () => {
    archive.addArticle('economy', { title: 'Emerging economies slow down', text: 'Several economies are cutting their budgets as teachers strike.', lang: 'en' });
    for (const query of ['economy', 'budget', 'teacher', 'strikes']) expect(await titles(query), query).toEqual(['Emerging economies slow down']);
  });

  it('finds Arabic words behind their attached prefixes and endings, digits of both kinds alike', async () => {
    archive.addArticle('maroc', { ...arabic, title: 'أمطار بالمغرب', text: 'تساقطت أمطار غزيرة بالمغرب وفي المدينة القديمة، وقالت الحكومة إن السدود امتلأت بنسبة ٤٥ في المائة.' });
    archive.addArticle('villes', { ...arabic, title: 'النقل بالمدن', text: 'يعاني السكان بالمدن الكبرى من الاكتظاظ، والمغرب يستعد لخطة جديدة للمغرب كله.' });
    expect(await titles('المغرب')).toHaveLength(2);
    expect(await titles('مدينة')).toEqual(['أمطار بالمغرب']);
    expect(await titles('المدن')).toEqual(['النقل بالمدن']);
    expect(await titles('حكومة')).toEqual(['أمطار بالمغرب']);
    expect(await titles('45')).toEqual(['أمطار بالمغرب']);
  });

  it('keeps a quoted word or phrase to its exact forms', async () => {
    archive.addArticle('pluriel', { title: 'Pluriel', text: 'Les enseignants manifestent devant le rectorat.', publishedTime: '2025-03-01' });
    archive.addArticle('singulier', { title: 'Singulier', text: 'Un enseignant manifeste devant le rectorat.', publishedTime: '2025-03-02' });
    expect(await titles('enseignants')).toEqual(['Singulier', 'Pluriel']);
    expect(await titles('"enseignants"')).toEqual(['Pluriel']);
    expect(await titles('"un enseignant manifeste"')).toEqual(['Singulier']);
    expect(await titles('"un enseignants"')).toEqual([]);
    expect(await titles('rectorat -enseignant')).toEqual([]);
    expect(await titles('rectorat -"enseignants"')).toEqual(['Singulier']);
  });

  it('ranks the exact form before another form of the word, and the title above the text', async () => {
    archive.addArticle('autre-forme', { title: 'Rentrée', text: 'Les syndicats reçus au ministère.', publishedTime: '2025-03-03' });
    archive.addArticle('forme-exacte', { title: 'Rentrée bis', text: 'Le syndicat reçu au ministère.', publishedTime: '2025-03-01' });
    archive.addArticle('titre', { title: 'Un syndicat en colère', text: 'Il a été reçu au ministère, dit-il, sans rien obtenir.', publishedTime: '2025-02-01' });
    expect(await titles('syndicat', 'relevance')).toEqual(['Un syndicat en colère', 'Rentrée bis', 'Rentrée']);
  });

  it('searches as you type: the list only narrows, from the third letter of the last word', async () => {
    archive.addArticle('a', { title: 'A', text: 'Le budget de la santé est voté.' });
    archive.addArticle('b', { title: 'B', text: 'Le budget des syndicats est en baisse.' });
    archive.addArticle('c', { title: 'C', text: 'Festival de musique à Fès.' });
    const typed = async (query: string) => (await archive.call('articles.search', { query, asYouType: true })).total;
    const counts = [];
    for (const query of ['s', 'sy', 'syn', 'synd', 'budget', 'budget ', 'budget s', 'budget sy', 'budget syn']) counts.push(await typed(query));
    expect(counts).toEqual([3, 3, 1, 1, 2, 2, 2, 2, 1]);
  });

  it('labels with a topic what a search for it finds: "budget" matches "budgets"', () => {
    const id = archive.addArticle('budgets', { title: 'Les budgets communaux', text: 'Les communes votent leurs budgets.' });
    expect(matchArticleIds(archive.revue.db, 'budget', { ids: [id] })).toEqual([id]);
    expect(matchArticleIds(archive.revue.db, '"budget"', { ids: [id] })).toEqual([]);
  });

  it('indexes an article again under its new language when the language is edited', async () => {
    const id = archive.addArticle('running', { title: 'Night shift', text: 'The volunteers kept running all night.', lang: 'fr' });
    expect(await titles('run')).toEqual([]);
    await archive.call('articles.update', { id, lang: 'en' });
    expect(await titles('run')).toEqual(['Night shift']);
  });
});
