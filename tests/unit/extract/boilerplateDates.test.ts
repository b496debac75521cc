import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { parseDate } from '../../../src/core/extract/parseDate.js';
import { trimBoilerplate } from '../../../src/core/extract/trimBoilerplate.js';

const story = Array.from({ length: 4 }, (_, i) => `Paragraph ${i} tells at some length how the ferries came back to the harbour after two winters of repairs.`);

describe('boilerplate lines in the body', () => {
  it('drops a second copy of the article printed by the template', () => {
    expect(trimBoilerplate([...story, 'Back to top', ...story].join('\n\n'))).toBe([...story, 'Back to top'].join('\n\n'));
  });

  it('keeps lines that a plan or recipe repeats on purpose', () => {
    const day = 'Breakfast: two eggs, a slice of rye bread, half a cup of blueberries and a glass of water with lemon.';
    const text = [story[0], 'Monday', day, 'Lunch: soup', 'Tuesday', day, 'Lunch: salad'].join('\n\n');
    expect(trimBoilerplate(text)).toBe(text);
  });

  it('drops picture credits, datelines, reading times and one-line teasers', () => {
    const noise = ['© Jane Doe', '(Image credit: Harbour Press)', 'The ferry leaves the quay (Image: Harbour Press)', 'PUBLISHED: 10:48, Tue, Nov 19, 2019', 'Publié le 3 mars 2024 à 10h', '3 Min Lesezeit', 'Related: The bridge debate in five questions'];
    const text = [story[0], ...noise, story[1]].join('\n\n');
    expect(trimBoilerplate(text)).toBe([story[0], story[1]].join('\n\n'));
  });

  it('cuts a closing list of sources and a paywall notice', () => {
    expect(trimBoilerplate([...story, 'Quellen:', 'Harbour Office, press release'].join('\n\n'))).toBe(story.join('\n\n'));
    expect(trimBoilerplate([...story, 'Il vous reste 57% de cet article à lire.', 'Découvrir les offres'].join('\n\n'))).toBe(story.join('\n\n'));
  });
});

describe('visible dates', () => {
  it('reads a date written with bars between day, month and year', () => {
    expect(parseDate('26 | 01 | 2022', { lang: 'de' })).toBe('2022-01-26');
    expect(parseDate('Home | 12 | News')).toBeNull();
  });

  const body = story.map((p) => `<p>${p}</p>`).join('');

  it('reads a day-first date that is a whole segment of the canonical URL', () => {
    const html = `<html><head><link rel="canonical" href="https://example.org/news/29-10-2021"><title>Ferries</title></head><body><h1>Ferries</h1>${body}</body></html>`;
    expect(extractArticle(html).publishedTime).toBe('2021-10-29');
  });

  it('prefers the date labelled as the publication date to an update printed before it', () => {
    const html = `<html lang="de"><head><title>Fähren</title></head><body><h1>Die Fähren kommen zurück</h1>${body}<footer><p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p></footer></body></html>`;
    expect(extractArticle(html).publishedTime).toBe('2023-11-01');
  });

  it("takes the date that the page's title gives as one of its parts over a teaser's <time>", () => {
    const teaser = '<aside><a href="/b"><time>24.04.2023</time> Les ferries du sud reprennent</a></aside>';
    const html = `<html lang="fr"><head><meta property="og:title" content="Les ferries reviennent | Radio Côte | 28.04.2023"><title>Les ferries reviennent</title></head><body><h1>Les ferries reviennent</h1>${teaser}${body}</body></html>`;
    expect(extractArticle(html).publishedTime).toBe('2023-04-28');
    // A title part that is a phrase with a year in it is not a date.
    const phrase = html.replace(' | 28.04.2023', ' | Bilan de la saison 2023');
    expect(extractArticle(phrase).publishedTime).toBe('2023-04-24');
  });
});

