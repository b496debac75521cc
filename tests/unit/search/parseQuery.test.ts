import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/search/parseQuery';

describe('the query syntax', () => {
  it('requires every word, normalised and quoted, each in any of its forms', () => {
    expect(parseQuery('Économie  Maroc')).toEqual({
      match: '(("economie" OR "econom" OR "economi") AND "maroc")',
      phrases: [
        { tokens: ['economie'], prefix: false, stems: ['econom', 'economi'], forms: true },
        { tokens: ['maroc'], prefix: false, stems: [], forms: true },
      ],
      // Which of the articles found show a passage of their text: any of the words in it.
      textMatch: '{text text_stems}: ("economie" OR "econom" OR "economi") OR {text text_stems}: "maroc"',
      longPrefix: false,
    });
    expect(parseQuery('"banque centrale" -budget taux*')?.textMatch).toBe('{text}: "banque centrale" OR {text}: "taux" *');
    // Beyond the index's three-letter prefixes, a prefix merges the words it begins.
    expect([parseQuery('taux*')?.longPrefix, parseQuery('tau*')?.longPrefix, parseQuery('budget -econo*')?.longPrefix]).toEqual([true, false, true]);
  });

  it('keeps "exact phrases" and a "quoted word" to their exact forms', () => {
    expect(parseQuery('"Banque  centrale" taux')?.match).toBe('({title byline text}: "banque centrale" AND "taux")');
    expect(parseQuery('"enseignants"')?.match).toBe('{title byline text}: "enseignants"');
    expect(parseQuery('enseignants')?.match).toBe('("enseignants" OR "enseign")');
  });

  it('excludes -words in all their forms and -"phrases" as written', () => {
    expect(parseQuery('budget -football -"coupe du monde"')?.match).toBe('("budget") NOT ("football" OR "footbal") NOT {title byline text}: "coupe du monde"');
  });

  it('turns a trailing * into a prefix, and the last word into one only while typing', () => {
    expect(parseQuery('écono*')?.match).toBe('{title byline text}: "econo" *');
    expect(parseQuery('budget écono')?.match).toBe('("budget" AND "econo")');
    expect(parseQuery('budget écono', { asYouType: true })?.match).toBe('("budget" AND "econo" *)');
    expect(parseQuery('budget écono ', { asYouType: true })?.match).toBe('("budget" AND "econo")');
    expect(parseQuery('"banque centrale"', { asYouType: true })?.match).toBe('{title byline text}: "banque centrale"');
    expect(parseQuery('enseignant', { asYouType: true })?.match).toBe('("enseignant" * OR "enseign")');
    expect(parseQuery('e*')?.match).toBe('{title byline text}: "e"');
    expect(parseQuery('ec*')?.match).toBe('{title byline text}: "ec"');
    expect(parseQuery('الم*')?.match).toBe('{title byline text}: "الم" *');
  });

  it('lets a word of one or two letters being typed narrow nothing yet, so the list does not jump', () => {
    expect(parseQuery('budget s', { asYouType: true })?.match).toBe(parseQuery('budget')?.match);
    expect(parseQuery('budget sy', { asYouType: true })?.match).toBe(parseQuery('budget')?.match);
    expect(parseQuery('budget syn', { asYouType: true })?.match).toBe('("budget" AND "syn" *)');
    expect(parseQuery('e', { asYouType: true })).toEqual({ match: null, phrases: [], textMatch: null, longPrefix: false });
    expect(parseQuery('ال', { asYouType: true })).toEqual({ match: null, phrases: [], textMatch: null, longPrefix: false });
    expect(parseQuery('budget s')?.match).toBe('("budget" AND "s")');
    expect(parseQuery('-budget s', { asYouType: true })).toBeNull();
  });

  it('normalises Arabic query words like the index, with the stems of both clitic readings', () => {
    expect(parseQuery('الْمَدْرَسَة')?.match).toBe('("المدرسه" OR "مدرس")');
    expect(parseQuery('وزير')?.match).toBe('("وزير" OR "زير")');
  });

  it('drops elided one-letter words in front of a word', () => {
    expect(parseQuery("d'enseignants")?.match).toBe('("enseignants" OR "enseign")');
    expect(parseQuery("l'état")?.match).toBe('"etat"');
  });

  it('returns null when there is nothing to look for', () => {
    for (const input of ['', '   ', '-budget', '-"a b"', '"', '*', '-', '()', '"*"']) expect(parseQuery(input)).toBeNull();
  });

  it('cannot be broken by FTS5 syntax in the input', () => {
    const hostile = ['"', 'a"b', '*', 'NEAR(a b)', 'a OR b', 'a AND NOT b', '-', '--x', 'col:val', '^début', '(a', 'a)', "l'état", '{title}: x', 'a + b', 'titles: OR économies'];
    for (const input of hostile) {
      const match = parseQuery(input)?.match;
      if (match == null) continue;
      // Only quoted strings, our column filter, AND, OR, NOT, parentheses and prefix stars remain.
      const skeleton = match.replaceAll('{title byline text}:', '').replace(/"[^"]*"/gu, 'T');
      expect(skeleton, input).toMatch(/^[T()* ANDORT]*$/u);
    }
    expect(parseQuery('NEAR(a b)')?.match).toBe('("near" AND "b")');
    expect(parseQuery('a OR b')?.match).toBe('("a" AND "or" AND "b")');
  });
});
