import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../../src/core/search/buildSnippet';
import { parseQuery } from '../../../src/core/search/parseQuery';

const phrases = (query: string) => parseQuery(query)?.phrases ?? [];

describe('search snippets', () => {
  it('marks the original accented words that matched an unaccented query', () => {
    const text = "Le débat sur l'Économie verte s'ouvre à l'Assemblée.";
    expect(buildSnippet(text, phrases('economie'))).toBe("Le débat sur l'<mark>Économie</mark> verte s'ouvre à l'Assemblée.");
  });

  it('marks Arabic words as written, tashkeel and all', () => {
    const text = 'افتتح الوزير المَدْرَسَةَ الجديدة في الرباط';
    expect(buildSnippet(text, phrases('المدرسة'))).toBe('افتتح الوزير <mark>المَدْرَسَةَ</mark> الجديدة في الرباط');
  });

  it('marks a phrase as one run, and prefixes on whole words', () => {
    const text = 'La Banque centrale a relevé ses taux; la banque  centrale du Maroc aussi. Économiste.';
    expect(buildSnippet(text, phrases('"banque centrale" écono*'))).toBe(
      'La <mark>Banque centrale</mark> a relevé ses taux; la <mark>banque centrale</mark> du Maroc aussi. <mark>Économiste</mark>.',
    );
  });

  it('escapes the text around and inside the marks', () => {
    const text = 'if a < b && c > d then <script>alert(1)</script> "Économie" & co';
    const snippet = buildSnippet(text, phrases('economie script'));
    expect(snippet).toBe(
      'if a &lt; b &amp;&amp; c &gt; d then &lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; &quot;<mark>Économie</mark>&quot; &amp; co',
    );
    expect(snippet.replace(/<\/?mark>/gu, '')).not.toMatch(/[<>]/u);
  });

  it('shows about thirty words around the first match, with ellipses where it cuts', () => {
    const words = Array.from({ length: 200 }, (_, i) => `mot${i}`);
    words[100] = 'Sécheresse';
    const snippet = buildSnippet(words.join(' '), phrases('secheresse'));
    expect(snippet.startsWith('… mot90 ')).toBe(true);
    expect(snippet.endsWith('mot120 …')).toBe(true);
    expect(snippet).toContain('<mark>Sécheresse</mark>');
    expect(snippet.split(' ').length).toBeLessThan(36);
  });

  it('finds matches deep in a long text, and marks every match of the window', () => {
    for (const at of [150, 205, 212, 240, 700]) {
      const words = Array.from({ length: 800 }, (_, i) => `mot${i}`);
      words[at] = 'Sécheresse';
      words[at + 5] = 'sécheresse';
      const snippet = buildSnippet(words.join(' '), phrases('secheresse'));
      expect(snippet, String(at)).toContain(`mot${at - 1} <mark>Sécheresse</mark> mot${at + 1}`);
      expect(snippet, String(at)).toContain(`mot${at + 4} <mark>sécheresse</mark> mot${at + 6}`);
    }
  });

  it('falls back to the start of the text when only the title matched', () => {
    expect(buildSnippet('Un texte\n\nsur deux lignes.', phrases('introuvable'))).toBe('Un texte sur deux lignes.');
  });

  it('marks the other forms of a word, but not a word that only contains it', () => {
    expect(buildSnippet('les économies et économie', phrases('economie'))).toBe('les <mark>économies</mark> et <mark>économie</mark>');
    expect(buildSnippet('les économies et économie', phrases('"economie"'))).toBe('les économies et <mark>économie</mark>');
    expect(buildSnippet('Le port et le portail du port.', phrases('ports'))).toBe('Le <mark>port</mark> et le portail du <mark>port</mark>.');
  });

  it('marks Arabic words with their attached prefixes and endings', () => {
    const text = 'قال الوزير بالمغرب إن المدن المغربية ومدينة الرباط والمغرب كله';
    expect(buildSnippet(text, phrases('المغرب'), 'ar')).toBe('قال الوزير <mark>بالمغرب</mark> إن المدن <mark>المغربية</mark> ومدينة الرباط <mark>والمغرب</mark> كله');
    expect(buildSnippet(text, phrases('مدينة'), 'ar')).toBe('قال الوزير بالمغرب إن المدن المغربية <mark>ومدينة</mark> الرباط والمغرب كله');
  });

  it('cuts each text of a page on its own, though the texts share the arrays they are normalised into', () => {
    const query = phrases('sécheresse');
    const short = 'Sécheresse : les barrages baissent.';
    // A long text whose match lies past the first stretch normalised, with ligatures that
    // normalise to two letters: its normalised form is longer than the short text's in every way.
    const long = `${'Œuvre et cœur. '.repeat(300)}Enfin la sécheresse dure.`;
    const alone = buildSnippet(short, query);
    expect(alone).toBe('<mark>Sécheresse</mark> : les barrages baissent.');
    expect(buildSnippet(long, query)).toBe('… et cœur. Œuvre et cœur. Œuvre et cœur. Enfin la <mark>sécheresse</mark> dure.');
    expect(buildSnippet(short, query)).toBe(alone);
    expect(buildSnippet('Rien à signaler.', query)).toBe('Rien à signaler.');
  });

  it('marks the other forms of a word that is its own stem ("syndicat" in "syndicats"), not those of a quoted one', () => {
    const text = 'Les syndicats reçus au ministère ; un syndicat absent.';
    expect(buildSnippet(text, phrases('syndicat'), 'fr')).toBe('Les <mark>syndicats</mark> reçus au ministère ; un <mark>syndicat</mark> absent.');
    expect(buildSnippet(text, phrases('"syndicat"'), 'fr')).toBe('Les syndicats reçus au ministère ; un <mark>syndicat</mark> absent.');
  });
});
